"""Protected terms and fixed pairs: the file format, conversion, the desk and the command line."""
from __future__ import annotations

import json

import pytest

from jianbao.cli import main
from jianbao.errors import InputError, NotFoundError
from jianbao.models import Person, Term
from jianbao.script import convert, dump_terms, load_terms_file, parse_terms


def test_terms_file_round_trip(tmp_path):
    text = "# 人名地名\n后川\n张恒恺  # 领导\n对表=對表\n！错字\n\n"
    terms = parse_terms(text)
    assert terms == [Term("后川"), Term("张恒恺", note="领导"), Term("对表", "override", "对表", "對表"),
                     Term("错字", "flag")]
    path = tmp_path / "terms.txt"
    path.write_text("\ufeff" + dump_terms(terms), "utf-8")
    assert load_terms_file(path) == terms


@pytest.mark.parametrize("line", ["两 个词", "=對表", "对表=", "a=b=c", "!x=y", "长" * 41])
def test_bad_lines_are_refused_with_their_number(line):
    with pytest.raises(InputError, match="第 2 行"):
        parse_terms("好词\n" + line)


def test_unreadable_terms_files(tmp_path):
    with pytest.raises(InputError, match="无法读取"):
        load_terms_file(tmp_path / "missing.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="不是文本"):
        load_terms_file(tmp_path / "bin.txt")
    (tmp_path / "gbk.txt").write_bytes("后川\n".encode("gb18030"))
    assert load_terms_file(tmp_path / "gbk.txt") == [Term("后川")]


def test_protected_words_stay_as_written_both_ways():
    terms = [Term("后川"), Term("張恒愷"), Term("三里桥")]
    text = "后川村张书记与張恒愷在三里桥开发区"
    out = convert(text, "tw", terms=terms).text
    assert "后川" in out and "張恒愷" in out and "三里桥" in out and "開發區" in out
    back = convert("後川村與張恒愷在三里橋", "s", terms=[Term("張恒愷"), Term("三里橋")]).text
    assert back == "后川村与張恒愷在三里橋"


def test_protected_term_breaks_phrases_at_its_edges():
    # Without protection OpenCC reads 后川 as part of nothing special; with it, the next word
    # is converted on its own and the term itself is untouched.
    assert convert("皇后川菜馆", "t", terms=[Term("后川")]).text == "皇后川菜館"


def test_override_pairs_take_the_form_of_the_target_script():
    pair = Term("对表", "override", "对表", "對表")
    assert convert("大家对表", "t", terms=[pair]).text == "大家對表"
    assert "對錶" in convert("大家对表", "t").text  # OpenCC's own reading
    assert convert("大家對錶", "s", terms=[Term("對錶", "override", "对表", "對表")]).text == "大家对表"
    result = convert("大家对表", "t", terms=[pair])
    assert any(c.reason.startswith("词表") for c in result.changes) or result.text.endswith("對表")


def test_longest_term_wins():
    terms = [Term("张恒"), Term("张恒恺")]
    result = convert("张恒恺来了", "t", terms=terms)
    assert result.text.startswith("张恒恺") and [p.term for p in result.pieces if p.term] == [Term("张恒恺")]


# -- the desk ---------------------------------------------------------------------------

def test_desk_terms_include_the_roster(desk):
    desk.store.save_person(Person("宋黎静", ("党工委副书记", "管委会主任"), 2))
    desk.add_term("后川")
    desk.add_term("对表", "對表", note="会议用语")
    words = {t.word: t for t in desk.conversion_terms()}
    assert {"后川", "对表", "宋黎静"} <= set(words)
    assert words["对表"].traditional == "對表" and words["宋黎静"].note == "领导名单"
    assert words["宋黎静"].kind == "name"
    assert desk.convert_text("宋黎静到后川对表", "t").text == "宋黎靜到后川對表"


def test_roster_names_keep_their_own_characters():
    import opencc

    names = [Term(n, "name") for n in ("于洋", "范伟", "余华", "宋黎静", "張恒愷")]
    text = "于洋同志、范伟主任、余华和宋黎静、張恒愷到会"
    assert opencc.OpenCC("s2tw").convert(text).startswith("於洋同志、範偉主任、餘華")  # OpenCC's reading
    assert convert(text, "tw", terms=names).text == "于洋同志、范偉主任、余華和宋黎靜、張恒愷到會"
    assert convert("於洋、範偉、余華、宋黎靜、張恒愷", "s", terms=names).text == "于洋、范伟、余华、宋黎静、张恒恺"
    # An explicit term of the editor's wins over the roster's reading of the same name.
    assert convert("张恒恺", "t", terms=[Term("张恒恺", "override", "张恒恺", "張恒愷"), *names]).text == "張恒愷"


def test_desk_import_is_all_or_nothing(desk, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("后川\n对表=對表\n", "utf-8")
    bad.write_text("新词\n两 个\n", "utf-8")
    count, changed = desk.import_terms(good)
    assert count == 2 and changed.terms
    with pytest.raises(InputError):
        desk.import_terms(bad, replace=True)
    assert {t.word for t in desk.terms()} == {"后川", "对表"}
    assert desk.export_terms(tmp_path / "out.txt") == (tmp_path / "out.txt").read_text("utf-8")
    assert load_terms_file(tmp_path / "out.txt") == desk.terms()
    desk.remove_term("后川")
    with pytest.raises(NotFoundError):
        desk.remove_term("后川")


def test_desk_converts_an_article_as_a_new_revision(desk):
    article_id = desk.store.add_article({"title": "不断发挥作用", "body": "负责人参加会议，沟通汇报工作。",
                                         "subheadings": ["后川村"], "script": "s"})
    desk.add_term("后川")
    preview = desk.preview_article(article_id, "tw")
    assert preview.title.text == "不斷發揮作用" and preview.body.text == "負責人參加會議，溝通彙報工作。"
    art, changed = desk.convert_article(article_id, "tw")
    assert changed.articles == (article_id,)
    assert (art.title, art.script, art.subheadings) == ("不斷發揮作用", "t", ("后川村",))
    assert art.revision == preview.revision + 1
    assert [r.revision for r in desk.revisions(article_id)][-2:] == [preview.revision, art.revision]


# -- the command line ---------------------------------------------------------------------

def test_cli_convert_file_and_changes(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("负责人参加会议，后川村。", "utf-8")
    terms = tmp_path / "terms.txt"
    terms.write_text("后川\n", "utf-8")
    assert main(["convert", str(src), "--to", "tw", "--terms", str(terms)]) == 0
    assert capsys.readouterr().out == "負責人參加會議，后川村。"
    assert main(["convert", str(src), "--to", "t", "--changes"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["config"] == "s2t" and data["target"] == "t"
    assert {"start", "end", "before", "after", "uncertain", "reason"} <= set(data["changes"][0])


def test_cli_terms_commands_and_store_terms(tmp_path, capsys):
    store = str(tmp_path / "s.db")
    terms = tmp_path / "terms.txt"
    terms.write_text("后川\n对表=對表\n", "utf-8")
    assert main(["terms", "import", str(terms), "--store", store]) == 0
    assert "2" in capsys.readouterr().out
    assert main(["terms", "list", "--json", "--store", store]) == 0
    assert {t["word"] for t in json.loads(capsys.readouterr().out)["terms"]} == {"后川", "对表"}
    out = tmp_path / "export.txt"
    assert main(["terms", "export", str(out), "--store", store]) == 0
    assert set(load_terms_file(out)) == set(load_terms_file(terms))
    src = tmp_path / "b.txt"
    src.write_text("后川对表", "utf-8")
    assert main(["convert", str(src), "--to", "t", "--store", store]) == 0
    assert capsys.readouterr().out == "后川對表"
    assert main(["terms", "remove", "后川", "--store", store]) == 0


def test_cli_errors_are_plain_and_change_nothing(tmp_path, capsys):
    store = tmp_path / "s.db"
    assert main(["convert", str(tmp_path / "nope.txt"), "--to", "t", "--store", str(store)]) == 2
    assert main(["convert", "-", "--to", "martian", "--store", str(store)]) == 2  # refused before reading
    bad = tmp_path / "bad.txt"
    bad.write_text("两 个\n", "utf-8")
    assert main(["terms", "import", str(bad), "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert "jianbao:" in err and "第 1 行" in err and "martian" in err
    assert not store.exists() or main(["terms", "list", "--json", "--store", str(store)]) == 0


def test_cli_help_exists(capsys):
    for argv in (["convert", "--help"], ["terms", "--help"], ["terms", "import", "--help"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 0
    assert "繁简" in capsys.readouterr().out
