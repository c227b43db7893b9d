"""One test per kind: text that should raise it and text that should not."""
from __future__ import annotations

from pathlib import Path

import pytest

from jianbao.models import Person, Term
from jianbao.proofread import Finding, OtherText, apply_fixes, check_text, propose_roster

FIXTURES = Path(__file__).parent / "fixtures"
ROSTER = (Person("周童", ("黨工委書記",), 10), Person("宋黎靜", ("黨工委副書記", "管委會主任"), 20),
          Person("王飛", ("管委會副主任",), 40))


def kinds_of(text: str, kind: str, **kw) -> list[Finding]:
    return check_text(text, kinds=[kind], **kw)


# -- markup --------------------------------------------------------------------------------------------------
def test_markup_found(sample_text):
    found = kinds_of(sample_text, "markup")
    assert [(f.line, f.text) for f in found] == [(75, "/span>")]     # the "<" went with the encoding damage
    assert "</span>" in found[0].message and found[0].suggestion == ""
    text = "<p>開發區召開<span style=\"color:red\">會議</span>&nbsp;部署工作&ldquo;開門紅&rdquo;。簡報(jiǎn bào)</p>"
    found = kinds_of(text, "markup")
    assert [f.text for f in found] == ["<p>", "<span style=\"color:red\">", "</span>", "&nbsp;", "&ldquo;",
                                       "&rdquo;", "(jiǎn bào)", "</p>"]
    assert apply_fixes(text, found) == "開發區召開會議 部署工作“開門紅”。簡報"


@pytest.mark.parametrize("text", ["使用 a<b 比较大小", "成本(CEO)说", "第3&4项", "简报(2024)第1期"])
def test_markup_not_raised(text):
    assert kinds_of(text, "markup") == []


# -- punctuation ---------------------------------------------------------------------------------------------
def test_half_width_marks_in_sample(sample_text):
    found = kinds_of(sample_text, "punctuation")
    fixes = {(f.text, f.suggestion) for f in found}
    assert {(",", "，"), (":", "："), ("(", "（"), (")", "）"), ("?", "？"), (";", "；")} <= fixes
    by_line = {f.line: f for f in found if f.text == "--"}
    assert by_line[47].suggestion == "——"
    assert any(f.line == 61 and f.text == "-" and f.suggestion == "—" for f in found)    # 1月2日-4日
    spaces = {f.line for f in found if f.text == " "}
    assert spaces == {72, 85}                 # “6+N” 主題, 母親河 ——, 母親河 ”; headline spaces stay
    # Nothing inside the damaged spans (the repair explains them).
    damaged = check_text(sample_text, kinds=["encoding-damage"])
    assert not any(d.start <= f.start < d.end for d in damaged for f in found)


def test_punctuation_cases():
    text = "他说:\"我们要抓好落实\",确保3-5个项目开工,,并在5月1日-3日完成(一期)。"
    found = kinds_of(text, "punctuation")
    fixed = apply_fixes(text, found)
    assert fixed == "他说：“我们要抓好落实”，确保3～5个项目开工，并在5月1日—3日完成（一期）。"
    unpaired = kinds_of("《中国共产党廉洁自律准则学习。“强党性（守规矩。", "punctuation")
    assert {f.text for f in unpaired} == {"《", "“", "（"}
    assert all(f.suggestion is None for f in unpaired)


@pytest.mark.parametrize("text", [
    "会议于10:30召开，共1,000人参加，增长1.5%。",
    "访问 http://www.gov.cn/index.html 获取。",
    "【项目建设】加快项目建设 助力高质量发展。1月3日，调研组到开发区。",
    "“结对共建显实效 凝聚合力助创建”专题。",
    "他问：“为什么？！”",
])
def test_punctuation_not_raised(text):
    assert kinds_of(text, "punctuation") == []


# -- number --------------------------------------------------------------------------------------------------
def test_number_cases():
    text = "24年3月，全区新增企业三、四家。一是抓项目，2是抓招商，三是抓服务。共计２０家。"
    found = kinds_of(text, "number")
    assert [(f.text, f.suggestion) for f in found] == [("24年", "2024年"), ("三、四", "三四"), ("2", "二"),
                                                       ("２０", "20")]


@pytest.mark.parametrize("text", [
    "2024年1月5日，过去三年、五年间，10年来，20世纪80年代。",
    "一、总体要求。二、主要任务。",
    "一是抓项目，二是抓招商，三是抓服务。",
    "共有3个、5个两种规格。",
])
def test_number_not_raised(text):
    assert kinds_of(text, "number") == []


# -- person --------------------------------------------------------------------------------------------------
def test_roster_proposed_from_sample(sample_text):
    roster = propose_roster(sample_text)
    names = [p.name for p in roster]
    assert names[:2] == ["周童", "宋黎靜"]
    song = roster[1]
    assert song.titles == ("黨工委副書記", "管委會主任")
    assert {"王飛", "張恒愷"} <= set(names)
    assert not {"何毅敏", "潘廣濤", "許以農"} & set(names)     # company people are not the office's leaders


def test_person_findings():
    text = ("1月4日，管委會副主任宋黎靜深入企業調研。黨工委書記周瞳主持會議。"
            "管委會副主任王飛、黨工委書記周童出席。")
    found = kinds_of(text, "person", roster=ROSTER)
    messages = {f.text: f for f in found}
    assert messages["管委會副主任"].suggestion == "黨工委副書記、管委會主任"          # wrong title
    assert messages["周瞳"].suggestion == "周童"                                      # near-miss
    order = next(f for f in found if "排序" in f.message)
    assert order.text == "管委會副主任王飛、黨工委書記周童"
    assert order.suggestion == "黨工委書記周童、管委會副主任王飛"


def test_person_not_raised(sample_text):
    # The sample names its leaders with the roster's titles, in rank order; Simplified text matches too.
    assert kinds_of(sample_text, "person", roster=ROSTER) == []
    simplified = "党工委副书记、管委会主任宋黎静，管委会副主任王飞出席。主任宋黎静强调。"
    assert kinds_of(simplified, "person", roster=ROSTER) == []
    assert kinds_of("周童强调", "person") == []                                       # no roster, no findings


# -- duplicate -----------------------------------------------------------------------------------------------
ARTICLE = ("1月3日，开发区党工委书记周童到德孝苑养老院、数字服务产业基地调研。周童强调，要坚持以人民为中心的发展思想，"
           "立足群众需求，加快推进一体化智慧养老服务体系建设，努力在老有所养上取得实实在在的新成效。")


def test_duplicate_against_other_issues():
    traditional = ("1月3日，開發區黨工委書記周童到德孝苑養老院、數字服務產業基地調研。周童強調，要堅持以人民為中心的發展思想，"
                   "立足群眾需求，加快推進一體化智慧養老服務體系建設，努力在老有所養上取得實實在在的新成效！")
    found = kinds_of(traditional, "duplicate", others=[OtherText("第1期《周童调研》", ARTICLE)])
    assert len(found) == 1 and "第1期" in found[0].message and found[0].suggestion is None
    longer = "导语。" + ARTICLE + "另外，周童还察看了项目现场，要求各部门做好服务保障工作，营造良好营商环境。" * 2
    assert "重复" in kinds_of(longer, "duplicate", others=[ARTICLE])[0].message


def test_repeated_paragraph_within_a_text():
    found = kinds_of(ARTICLE + "\n其他内容。\n" + ARTICLE.replace("新成效", "新成绩"), "duplicate")
    assert [f.line for f in found] == [3]


def test_duplicate_not_raised(sample_text):
    other = "1月5日，经济发展部组织召开全区项目谋划包装专家培训会，各单位项目负责同志参加会议，就最新政策导向进行讲解。"
    assert kinds_of(ARTICLE, "duplicate", others=[other]) == []
    assert kinds_of(sample_text, "duplicate") == []             # twenty different articles


# -- term ----------------------------------------------------------------------------------------------------
def test_flagged_terms():
    terms = [Term("經開區", kind="flag", simplified="经济开发区", traditional="經濟開發區", note="正式名称"),
             Term("后川", kind="protect")]
    found = kinds_of("經開區第五次全國經濟普查。后川村。", "term", terms=terms)
    assert [(f.text, f.suggestion) for f in found] == [("經開區", "經濟開發區")]
    assert "正式名称" in found[0].message
    simplified = kinds_of("经开区召开会议。", "term", terms=terms)
    assert [(f.text, f.suggestion) for f in simplified] == [("经开区", "经济开发区")]


def test_terms_not_raised():
    terms = [Term("經開區", kind="flag", simplified="经济开发区")]
    assert kinds_of("經濟開發區召開會議。", "term", terms=terms) == []
    assert kinds_of("經開區召開會議。", "term") == []


# -- the whole -----------------------------------------------------------------------------------------------
def test_clean_digest_has_no_findings_but_script():
    digest = (FIXTURES / "proofread" / "clean-simplified-digest.txt").read_text("utf-8")
    kinds = ["encoding-damage", "markup", "punctuation", "number", "person", "duplicate", "term"]
    assert check_text(digest, kinds=kinds, roster=propose_roster(digest)) == []


def test_unknown_kind_is_a_plain_error():
    from jianbao.errors import JianbaoError

    with pytest.raises(JianbaoError, match="未知的检查类别"):
        check_text("文本", kinds=["spelling"])
