"""`jianbao issue …` and `jianbao export …`, run in-process."""
from __future__ import annotations

import json

import pytest
from docx import Document

from jianbao.cli import build_parser, main
from test_export_sample import add_sample_articles


@pytest.fixture
def store_with_articles(store_path):
    from jianbao.store import Store

    with Store(store_path) as s:
        ids = add_sample_articles(s)
    return store_path, ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_show_set_lock_export(store_with_articles, capsys, tmp_path):
    path, ids = store_with_articles
    s = ("--store", path)
    code, out, _ = run(capsys, "issue", "create", "--title", "开发区资讯", "--number", 7, "--date", "2024-01-08",
                       "--articles", ",".join(map(str, ids)), "--unit", "党政办", "--bao", "市委办公室",
                       "--copies", 30, "--contents", "--json", *s)
    assert code == 0
    created = json.loads(out)
    assert created["issue_id"] == 1 and created["number"] == 7 and created["article_ids"] == ids
    assert created["show_contents"] is True and created["copies"] == 30

    code, out, _ = run(capsys, "issue", "list", *s)
    assert code == 0 and "开发区资讯\t2024年第7期\t2024-01-08\t20篇" in out
    code, out, _ = run(capsys, "issue", "show", 1, "--json", *s)
    shown = json.loads(out)
    assert shown["titles"][0] == "周童調研重點項目建設" and shown["recipients_bao"] == "市委办公室"
    code, out, _ = run(capsys, "issue", "show", 1, *s)
    assert "报：市委办公室" in out and "共印30份" in out

    code, out, _ = run(capsys, "issue", "set", 1, "--fa", "区直各部门", "--no-contents", "--json", *s)
    assert code == 0 and json.loads(out)["recipients_fa"] == "区直各部门"
    code, _, err = run(capsys, "issue", "sign", 1, *s)
    assert code == 2 and "请先审定，再签发" in err            # 审定 before 签发
    assert run(capsys, "issue", "lock", 1, *s)[0] == 0
    code, _, err = run(capsys, "issue", "set", 1, "--copies", 5, *s)
    assert code == 2 and "锁定" in err
    code, out, _ = run(capsys, "issue", "sign", 1, *s)
    assert code == 0 and out.strip() == "第7期已签发"
    assert run(capsys, "issue", "list", *s)[1].rstrip().endswith("20篇（已签发）")
    code, _, err = run(capsys, "issue", "set", 1, "--copies", 5, *s)
    assert code == 2 and "已签发锁定" in err

    target = tmp_path / "第7期.docx"
    code, out, _ = run(capsys, "export", 1, "--out", target, "--json", *s)
    assert code == 0 and json.loads(out)["articles"] == 20
    doc = Document(target)
    assert doc.paragraphs[0].text == "开发区资讯"
    assert not [p for p in doc.paragraphs if p.style.name == "简报要目"]  # --no-contents was saved
    code, out, _ = run(capsys, "export", 1, "--out", target, "--contents", *s)
    assert code == 0 and "已导出" in out
    assert [p for p in Document(target).paragraphs if p.style.name == "简报要目"]


def test_numbering_is_proposed_when_not_given(store_with_articles, capsys):
    path, ids = store_with_articles
    for expected in (1, 2):
        code, out, _ = run(capsys, "issue", "create", "--title", "开发区资讯", "--date", "2024-03-01",
                           "--articles", ids[expected - 1], "--json", "--store", path)
        assert code == 0 and json.loads(out)["number"] == expected


@pytest.mark.parametrize("argv, message", [
    (["issue", "create", "--title", "开发区资讯", "--articles", "1,x"], "逗号分隔的整数"),
    (["issue", "create", "--title", "开发区资讯", "--articles", "1", "--date", "2024-13-01"], "无法识别"),
    (["issue", "create", "--title", "开发区资讯", "--articles", "1,999"], "找不到编号为 999"),
    (["issue", "show", "5"], "找不到编号为 5 的期"),
    (["issue", "set", "5"], "没有要修改的内容"),
    (["export", "5", "--out", "x.docx"], "找不到编号为 5 的期"),
])
def test_errors_are_plain_chinese_on_stderr(store_with_articles, capsys, argv, message):
    path, _ = store_with_articles
    code, out, err = run(capsys, *argv, "--store", path)
    assert code == 2 and message in err and out == ""


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("issue", "export"):
        assert sub.choices[name].description
        assert all(a.help for a in sub.choices[name]._actions if a.dest != "help" and a.option_strings)
    issue = sub.choices["issue"]
    actions = next(a for a in issue._actions if a.dest == "issue_command")
    for name, p in actions.choices.items():
        assert p.description, name
        assert all(a.help for a in p._actions if a.dest != "help"), name
