"""Proofreading on the desk and the command line: stored articles, issues, ignoring, accepting a fix, the roster."""
from __future__ import annotations

import json

import pytest

from conftest import SAMPLE
from jianbao.cli import main
from jianbao.errors import JianbaoError
from jianbao.models import Person, Term

BODY = ("1月3日，开发区党工委书记周童到德孝苑养老院、数字服务产业基地调研。管委会副主任王飞陪同。周童强调，要坚持以人民为中心的"
        "发展思想，立足群众需求，加快推进一体化智慧养老服务体系建设，努力在老有所养上取得实实在在的新成效。")


def _import_sample(desk) -> list[int]:
    from jianbao.ingest import split_file

    # Straight from the splitter (no classification needed for proofreading).
    return list(desk.import_split(split_file(SAMPLE, classify=False)).article_ids)


@pytest.fixture
def imported(desk):
    return desk, _import_sample(desk)


def _article_with(desk, ids, needle: str):
    return next(desk.article(a) for a in ids if needle in desk.article(a).body)


def test_check_article_and_accept_a_repair(imported):
    desk, ids = imported
    art = _article_with(desk, ids, "相親會在一曲歡快的音樂中")
    items = desk.check_article(art.id)
    damage = [i for i in items if i.finding.kind == "encoding-damage"]
    assert [i.finding.suggestion for i in damage] == ["。活動分為四個", "。現"]
    assert all(i.field == "body" and art.body[i.finding.start:i.finding.end] == i.finding.text for i in damage)
    saved, changed = desk.accept_fix(damage[0])
    assert "拉開序幕。活動分為四個環節" in saved.body and saved.revision == art.revision + 1
    assert changed.articles == (art.id,)
    assert len(desk.revisions(art.id)) == 2                       # the damaged text is kept as a revision
    # The second finding's offsets are stale now: refused, nothing changed.
    with pytest.raises(JianbaoError, match="重新检查"):
        desk.accept_fix(damage[1])
    assert desk.article(art.id).revision == saved.revision
    left = [i for i in desk.check_article(art.id, kinds="encoding-damage")]
    assert [i.finding.suggestion for i in left] == ["。現"]


def test_accept_several_fixes_in_one_revision(imported):
    desk, ids = imported
    art = _article_with(desk, ids, "德孝苑養老院")
    items = [i for i in desk.check_article(art.id, kinds="punctuation,conversion") if i.field == "body"]
    assert len(items) > 5
    saved, _ = desk.accept_fixes(items)
    assert "," not in saved.body and "并與" not in saved.body and "並與" in saved.body
    assert saved.revision == art.revision + 1
    assert [i for i in desk.check_article(art.id, kinds="punctuation,conversion") if i.field == "body"] == []


def test_a_finding_without_a_fix_is_refused(imported):
    desk, ids = imported
    from jianbao.desk.proofread import ArticleFinding
    from jianbao.proofread import Finding

    art = desk.article(ids[0])
    item = ArticleFinding(art.id, "body", Finding("duplicate", 0, 2, 1, art.body[:2], "重复", None))
    with pytest.raises(JianbaoError, match="手工修改"):
        desk.accept_fix(item)
    assert desk.article(art.id).revision == art.revision
    # …unless the editor types the replacement.
    saved, _ = desk.accept_fix(item, suggestion=art.body[:2])
    assert saved.body == art.body


def test_ignored_findings_stay_hidden(desk):
    art = desk.store.add_article({"title": "會議", "body": "開發區召開會議。</span>部署工作。"})
    markup = [i for i in desk.check_article(art, kinds="markup")]
    assert markup
    desk.ignore_finding(markup[0])
    assert desk.check_article(art, kinds="markup") == []
    desk.unignore_finding(markup[0])
    assert len(desk.check_article(art, kinds="markup")) == 1
    with pytest.raises(JianbaoError):
        desk.store.ignore_finding(999, "markup", "x")


def test_roster_proposed_saved_and_checked(imported):
    desk, ids = imported
    proposed = desk.propose_roster(article_ids=ids)
    assert [p.name for p in proposed][:2] == ["周童", "宋黎靜"]
    changed = desk.save_roster(proposed)
    assert changed.people and [p.name for p in desk.store.roster()][:2] == ["周童", "宋黎靜"]
    assert desk.propose_roster(article_ids=ids) == []              # nothing new to confirm
    art = desk.store.add_article({"title": "測試", "body": "管委會副主任宋黎靜出席會議。"})
    items = desk.check_article(art, kinds="person")
    assert [(i.finding.text, i.finding.suggestion) for i in items] == [("管委會副主任", "黨工委副書記、管委會主任")]
    with pytest.raises(JianbaoError):
        desk.save_roster([Person(" ", (), 1)])


def test_flagged_terms_from_the_store(desk):
    desk.store.save_terms([Term("经开区", kind="flag", simplified="经济开发区", note="用全称")])
    found = desk.check_text("经开区召开会议。", kinds="term")
    assert [(f.text, f.suggestion) for f in found] == [("经开区", "经济开发区")]


def test_duplicates_across_issues(desk):
    a = desk.store.add_article({"title": "周童调研", "body": BODY})
    b = desk.store.add_article({"title": "其他", "body": "1月5日，经济发展部组织召开全区项目谋划包装专家培训会，各单位项目负责同志参加会议。"})
    c = desk.store.add_article({"title": "周童调研（重发）", "body": BODY.replace("新成效", "新成绩")})
    desk.create_issue("开发区资讯", number=1, date="2024-01-08", article_ids=[a, b])
    second, _ = desk.create_issue("开发区资讯", number=2, date="2024-01-15", article_ids=[c, b])
    seen = []
    items = desk.check_issue(second.id, kinds="duplicate", progress=lambda k, n: seen.append((k, n)))
    assert seen == [(1, 2), (2, 2)]
    dup = {(i.article_id, i.finding.kind) for i in items}
    assert (c, "duplicate") in dup and (b, "duplicate") in dup    # both were in the first issue
    msg = next(i.finding.message for i in items if i.article_id == c)
    assert "第1期" in msg and "周童调研" in msg
    first_items = desk.check_issue(desk.store.issues()[-1].id, kinds="duplicate")
    assert first_items == []                                       # later issues are not "earlier"
    assert desk.check_issue(second.id, kinds="duplicate", cancelled=lambda: True) == []


# -- the command line ----------------------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_check_file_json(capsys, tmp_path, sample_text):
    code, out, _ = run(capsys, "check", str(SAMPLE), "--json", "--store", str(tmp_path / "s.db"))
    assert code == 0
    data = json.loads(out)
    keys = {"kind", "start", "end", "line", "text", "message", "suggestion", "severity", "confidence"}
    assert data["findings"] and all(keys <= set(f) for f in data["findings"])
    for f in data["findings"]:      # offsets into the decoded text, before any cleaning
        assert sample_text[f["start"]:f["end"]] == f["text"]
        assert sample_text.count("\n", 0, f["start"]) + 1 == f["line"]
    damage = [f for f in data["findings"] if f["kind"] == "encoding-damage"]
    assert sorted({f["line"] for f in damage}) == [29, 30, 54, 63, 75, 77, 78]


def test_cli_check_gbk_file_offsets(capsys, tmp_path):
    text = "開發區召開會議(第一次),部署工作。\n<span>簡報</span>"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    code, out, _ = run(capsys, "check", str(path), "--json", "--kinds", "markup,punctuation",
                       "--store", str(tmp_path / "s.db"))
    data = json.loads(out)
    assert {f["kind"] for f in data["findings"]} == {"markup", "punctuation"}
    assert all(text[f["start"]:f["end"]] == f["text"] for f in data["findings"])


def test_cli_check_article_and_text_output(capsys, tmp_path):
    from jianbao.desk import Desk

    store = str(tmp_path / "s.db")
    with Desk(store) as desk:
        ids = _import_sample(desk)
        assert "相親會" in desk.article(ids[6]).body
    code, out, _ = run(capsys, "check", "--article", "7", "--kinds", "encoding-damage", "--store", store)
    assert code == 0 and "。活動分為四個" in out and "共 2 处" in out
    code, out, _ = run(capsys, "check", "--article", "7", "--json", "--store", store, "--kinds", "markup")
    assert json.loads(out)["findings"] == []


def test_cli_check_errors(capsys, tmp_path):
    store = str(tmp_path / "s.db")
    code, _, err = run(capsys, "check", "--store", store)
    assert code == 2 and "二者选一" in err
    code, _, err = run(capsys, "check", str(SAMPLE), "--kinds", "spelling", "--store", store)
    assert code == 2 and "未知的检查类别" in err
    code, _, err = run(capsys, "check", str(tmp_path / "missing.txt"), "--store", store)
    assert code == 2 and err.startswith("jianbao: ")
    code, _, err = run(capsys, "check", "--article", "999", "--store", store)
    assert code == 2 and "999" in err
