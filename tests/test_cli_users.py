"""`jianbao users add|list|role` and `jianbao history`, run in-process as an admin would type them."""
from __future__ import annotations

import io
import json
from urllib.parse import urlsplit

from conftest import SAMPLE
from jianbao.cli import main
from pgcluster import as_user


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_exist_only_on_a_shared_store(capsys, tmp_path, monkeypatch):
    store = str(tmp_path / "s.db")
    monkeypatch.setenv("JIANBAO_USER_PASSWORD", "never used here")
    for argv in (["users", "list"], ["users", "add", "zhangsan", "--role", "editor"], ["users", "role", "zhangsan", "admin"]):
        code, out, err = run(capsys, *argv, "--store", store)
        assert code == 2 and "只存在于共用的 PostgreSQL 资料库" in err and not out


def test_an_admin_adds_lists_and_changes_users(capsys, pg_url, monkeypatch):
    suffix = urlsplit(pg_url).query.rsplit("_", 1)[1]
    zhang, li = f"zhang{suffix}", f"li{suffix}"
    monkeypatch.setenv("JIANBAO_USER_PASSWORD", "zhang's password")
    code, out, err = run(capsys, "users", "add", zhang, "--role", "editor", "--store", pg_url)
    assert code == 0 and f"已添加用户 {zhang}（编辑）" in out and "zhang's password" not in out + err
    monkeypatch.delenv("JIANBAO_USER_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO("li's password\n"))
    assert run(capsys, "users", "add", li, "--role", "reviewer", "--password-stdin", "--store", pg_url)[0] == 0
    code, out, _ = run(capsys, "users", "list", "--json", "--store", pg_url)
    assert json.loads(out)["users"] == [{"name": li, "role": "reviewer", "me": False},
                                        {"name": zhang, "role": "editor", "me": False}]
    # The new editor signs in with the password and works; the admin's list marks whoever is signed in.
    as_zhang = as_user(pg_url, zhang, "zhang's password")
    code, out, _ = run(capsys, "import", str(SAMPLE), "--store", as_zhang, "--json")
    article = json.loads(out)["article_ids"][0]
    assert run(capsys, "users", "list", "--store", as_zhang)[1].splitlines()[1].startswith(f"* {zhang}")
    code, _, err = run(capsys, "users", "role", li, "admin", "--store", as_zhang)
    assert code == 2 and "只有管理员可以" in err
    code, out, _ = run(capsys, "users", "role", zhang, "reviewer", "--store", pg_url)
    assert code == 0 and f"{zhang} 的角色已改为 审核" in out
    code, out, _ = run(capsys, "users", "list", "--store", pg_url)
    assert f"  {zhang}\treviewer\t审核" in out.splitlines()


def test_names_roles_and_passwords_are_checked_before_anything_changes(capsys, pg_url, monkeypatch):
    monkeypatch.setenv("JIANBAO_USER_PASSWORD", "long enough")
    code, _, err = run(capsys, "users", "add", "Robert'); DROP TABLE articles;--", "--role", "editor", "--store", pg_url)
    assert code == 2 and "用户名" in err and "不可用" in err
    monkeypatch.setenv("JIANBAO_USER_PASSWORD", "short")
    code, _, err = run(capsys, "users", "add", "wang", "--role", "editor", "--store", pg_url)
    assert code == 2 and "至少要 8 个字符" in err
    code, _, err = run(capsys, "users", "role", "nobody_here", "editor", "--store", pg_url)
    assert code == 2 and "没有名为 nobody_here 的账号" in err
    assert json.loads(run(capsys, "users", "list", "--json", "--store", pg_url)[1])["users"] == []


def test_history_shows_who_made_each_revision(capsys, tmp_path, monkeypatch):
    store = str(tmp_path / "s.db")
    monkeypatch.setenv("JIANBAO_EDITOR", "张编辑")
    article = json.loads(run(capsys, "import", str(SAMPLE), "--store", store, "--json")[1])["article_ids"][0]
    from jianbao.desk import Desk

    with Desk(store, author="李审核") as desk:
        art = desk.article(article)
        desk.edit_article(article, {"title": "新标题"}, expected_revision=art.revision)
    code, out, _ = run(capsys, "history", str(article), "--store", store)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("第 1 版") and "\t张编辑\t导入\t" in lines[0]
    assert lines[1].startswith("第 2 版") and lines[1].endswith("\t李审核\t编辑\t新标题")
    data = json.loads(run(capsys, "history", str(article), "--json", "--store", store)[1])
    assert [(r["revision"], r["author"]) for r in data["revisions"]] == [(1, "张编辑"), (2, "李审核")]
