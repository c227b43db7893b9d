"""`typo` and `expression`: the everyday slips an editor would be blamed for, and silence on clean text."""
from __future__ import annotations

import opencc
import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.models import Person, Term
from jianbao.proofread import apply_fixes, check_text

SLIPS = "我们要再接再励，按步就班推进各项工作。项目己经开工。深入开展扫黑险恶专项斗争，学习社会主意思想。"
FIXED = "我们要再接再厉，按部就班推进各项工作。项目已经开工。深入开展扫黑除恶专项斗争，学习社会主义思想。"
NEW_KINDS = ["typo", "expression"]


def found(text: str, **kw) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.suggestion) for f in check_text(text, kinds=NEW_KINDS, **kw)]


def test_the_five_everyday_slips_are_found_with_their_fix():
    assert found(SLIPS) == [("typo", "再接再励", "再接再厉"), ("typo", "按步就班", "按部就班"), ("typo", "己经", "已经"),
                            ("expression", "扫黑险恶", "扫黑除恶"), ("expression", "社会主意", "社会主义")]
    findings = check_text(SLIPS, kinds=NEW_KINDS)
    assert apply_fixes(SLIPS, findings) == FIXED
    assert all(f.severity == "error" and 0 < f.confidence <= 1 for f in findings)
    assert "形近" in findings[2].message and "音近" in findings[0].message


def test_traditional_text_gets_traditional_fixes():
    traditional = opencc.OpenCC("s2t").convert(SLIPS)
    findings = check_text(traditional, kinds=NEW_KINDS)
    assert [f.suggestion for f in findings] == ["再接再厲", "按部就班", "已經", "掃黑除惡", "社會主義"]
    assert apply_fixes(traditional, findings) == opencc.OpenCC("s2t").convert(FIXED)


def test_correct_formulations_and_near_neighbours_are_left_alone():
    text = "坚持扫黑除恶常态化，增强四个意识、坚定四个自信，做到两个维护。从两个维度分析一带一路建设。"
    assert found(text) == []


@pytest.mark.parametrize("slip, fix, how", [
    ("发展全过程人民民主", "全过程人民民主", None),
    ("发展全过程人民主", "全过程人民民主", "漏字"),
    ("贯彻新发展念理", "新发展理念", "字序颠倒"),
    ("推动高质质量发展", "高质量发展", "多字"),
    ("推动高质量的发展", None, None),  # an added 的 is style, not a slip
    ("推动高质量发屏", None, None),  # a change at a term's end counts only when it looks or sounds alike
])
def test_expression_edits(slip, fix, how):
    findings = check_text(slip, kinds=["expression"])
    if fix is None or how is None:
        assert findings == []
    else:
        assert [f.suggestion for f in findings] == [fix] and how in findings[0].message


def test_the_stores_names_and_terms_are_never_flagged():
    text = "项目己经开工。"
    assert found(text) == [("typo", "己经", "已经")]
    assert found(text, terms=[Term("己经", "protect")]) == []
    assert found("李己经理来访。", roster=[Person("李己经", ("经理",), 1)]) == []


def test_clean_real_text_stays_quiet(sample_text):
    """Precision first: the sample after its own fixes has none; real digests at most one per 2,000 characters."""
    fixed = apply_fixes(sample_text, check_text(sample_text))
    assert found(fixed) == []
    for path in (FIXTURES / "proofread" / "clean-simplified-digest.txt", FIXTURES / "digests" / "xinwenlianbo-20221001.md",
                 FIXTURES / "digests" / "evening-news-digest.txt"):
        text = path.read_text("utf-8")
        assert len(found(text)) <= len(text) / 2000, path.name


def test_bench_reports_precision_recall_and_the_ratio(capsys, monkeypatch):
    from jianbao.bench import proofread as bench

    # The damage sets cut to one digest each: the whole chain-built set takes minutes.
    monkeypatch.setattr(bench, "DEV", ("digests/tw-tainan-city-gov/" + TAINAN_DAY,))
    monkeypatch.setattr(bench, "HELD_OUT", ("digests/xinwenlianbo-20221001.md",))
    assert bench.main([]) == 0
    out = capsys.readouterr().out
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    for name in ("SIGHAN15 simplified", "SIGHAN15 traditional", "ECSpell law", "ECSpell med"):
        p, r, f1 = (float(x) for x in lines[f"{name} detection"].split()[1::2])
        assert 0 < p <= 1 and 0 < r <= 1 and 0 < f1 <= 1, name
    assert "SpellGCN (Cheng et al., 2020)" in out and "train splits" not in out   # tuning figures only on --train
    assert float(lines["false findings per 2000 chars of clean text"].split()[0]) <= 1.0
    assert float(lines["detection precision"]) >= 0.8
    assert float(lines["correction F1"]) > 0
    assert int(lines["damaged"].split()[0]) > 0 and 0 < float(lines["damage detection recall"]) <= 1
    assert "encoding damage, dev (tuned on): digests/tw-tainan-city-gov/" + TAINAN_DAY in out
    assert "encoding damage, held out (never tuned on, never counted by the LM)" in out
    assert lines["ratio"].endswith("x")


TAINAN_DAY = sorted(p.name for p in (FIXTURES / "digests" / "tw-tainan-city-gov").glob("*.txt"))[0]


SLIP_BULLETIN = ("【工作动态】开发区推进项目建设。1月3日，开发区重点项目己经全部开工，全区上下再接再励。(开发区经济发展部)\n"
                 "【党建工作】开发区开展学习活动。1月4日，开发区组织干部学习，项目己经进入安装阶段。(开发区党群工作部)\n")


def test_remembering_a_word_silences_it_in_every_article_of_the_store(desk):
    from jianbao.errors import JianbaoError

    ids = desk.import_split(desk.preview_text(SLIP_BULLETIN)).article_ids
    first = [i for i in desk.check_article(ids[0]) if i.finding.kind == "typo"]
    assert [i.finding.text for i in first] == ["己经", "再接再励"]
    changed = desk.remember_word(first[0])
    assert changed.terms and [t.word for t in desk.terms("protect")] == ["己经"]
    for article_id in ids:  # the other article too: the word is in the store's dictionary now
        assert "己经" not in [i.finding.text for i in desk.check_article(article_id)]
    assert [i.finding.text for i in desk.check_article(ids[0]) if i.finding.kind == "typo"] == ["再接再励"]
    assert desk.article(ids[0]).revision == 1  # remembering changes no text
    from dataclasses import replace

    other = replace(first[1], finding=replace(first[1].finding, kind="punctuation"))
    with pytest.raises(JianbaoError, match="标点"):
        desk.remember_word(other)  # a punctuation slip is no word to learn
    assert [t.word for t in desk.terms("protect")] == ["己经"]


@pytest.mark.parametrize("slip, fix", [("發展全過程人民主", "全過程人民民主"), ("推動高質質量發展", "高質量發展")])
def test_a_missing_or_added_character_in_traditional_text_is_fixed_in_traditional(slip, fix):
    assert [f.suggestion for f in check_text(slip, kinds=["expression"])] == [fix]


def test_an_office_adds_its_own_formulation_from_the_command_line(capsys, tmp_path):
    from jianbao.cli import main
    from jianbao.script.terms import dump_terms, parse_terms

    store = str(tmp_path / "s" / "j.db")
    slip = tmp_path / "投稿.txt"
    slip.write_text("全区推进三个一批项目建设。要坚持三个一批工作机制。\n要抓好三各一批，推动项目落地。\n", "utf-8")
    assert main(["check", str(slip), "--store", store, "--json", "--kinds", "expression"]) == 0
    assert '"findings": []' in capsys.readouterr().out.replace("\n", "").replace("  ", "")
    assert main(["terms", "add", "三个一批", "--expression", "--store", store]) == 0
    assert main(["terms", "list", "--kind", "expression", "--store", store]) == 0
    assert "规范提法\t三个一批" in capsys.readouterr().out
    assert main(["check", str(slip), "--store", store, "--kinds", "expression"]) == 0
    out = capsys.readouterr().out
    assert "“三各一批” → “三个一批”" in out and out.count("→") == 1
    assert [(t.word, t.kind) for t in parse_terms(dump_terms(parse_terms("~三个一批\n后川")))] == [
        ("三个一批", "expression"), ("后川", "protect")]
