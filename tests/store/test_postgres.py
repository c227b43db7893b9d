"""The store on PostgreSQL: the same schema, the same answers as SQLite, a whole store copied both ways.

Runs against the throw-away cluster of tests/pgcluster.py (a real server, no mocks).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.cli import main
from jianbao.desk import Desk
from jianbao.errors import ConflictError, StoreError
from jianbao.models import ArticleFilter, IssueSection, Person, Term
from jianbao.store import PgStore, Store, open_store
from jianbao.store.copy import TABLES, columns, count_rows
from jianbao.store.pg_schema import PG_ONLY, SCHEMA_VERSION, SQLITE_ONLY

DIGESTS = sorted(p for p in (FIXTURES / "digests").rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")
# Two characters, one, Simplified for Traditional and back, ASCII, punctuation, misses, and things that look
# like syntax: each must give the same ids on both engines.
QUERIES = ["周童", "开发区", "開發區", "养老院", "調研", "召开", "安全生产", "周", "区", "1月", "ab", "不存在的词",
           "区召", "人民", "經濟", "经济", "发展。", "a.b", "%", "_", "'", "\"", "NEAR(", "*", "干部", "后", "乾隆"]


def fill(desk: Desk) -> None:
    """A store an office would have: bulletins, edited articles with revisions, an issue, terms, a roster."""
    desk.import_file(SAMPLE)
    for path in DIGESTS[:6]:
        desk.import_file(path)
    first = desk.list_articles(limit=3)
    for k, row in enumerate(first):
        art = desk.article(row.id)
        desk.edit_article(row.id, {"title": art.title + "（修订）", "units": ["开发区经济发展部", "集团公司"][: k + 1]},
                          expected_revision=art.revision)
    desk.edit_article(first[0].id, {"body": "開發區黨工委書記周童到德孝苑養老院調研。"}, expected_revision=2)
    desk.create_issue("开发区资讯", article_ids=[r.id for r in first], date="2024-01-08")
    desk.store.save_terms([Term("后川", "protect", None, None, "村名"), Term("三里橋", "protect", None, None, "")])
    desk.store.save_person(Person("周童", ("黨工委書記",), 1))
    desk.store.save_draft(first[1].id, 2, {"title": "未保存的标题"})
    desk.store.ignore_finding(first[2].id, "typo", "再接再励")
    desk.store.index_pending()


def rows(store, table: str) -> list[tuple]:
    names = sorted(set(columns(store, table)))
    return sorted(tuple(r) for r in store.conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall())


def answers(store) -> dict:
    out = {}
    for q in QUERIES:
        f = ArticleFilter(query=q)
        out[q] = (store.search(q, limit=1000), store.count_articles(f),
                  [r.id for r in store.list_articles(f, limit=1000, descending=True)])
    for order in ("title", "category", "date", "status", "updated"):
        for descending in (False, True):
            out[order, descending] = [r.id for r in store.list_articles(order=order, descending=descending, limit=1000)]
    out["rows"] = store.list_articles(limit=1000)
    out["units"] = (store.units(), store.month_counts("unit"), store.month_counts("category"), store.unit_adoption())
    return out


@pytest.fixture(scope="module")
def office_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("office") / "jianbao.db"
    with Desk(path) as desk:
        fill(desk)
    return path


def test_a_new_database_gets_the_current_schema(pg_url):
    with PgStore(pg_url) as store:
        assert store.version == SCHEMA_VERSION and store.integrity_ok()
        a = store.add_article({"title": "周童调研", "body": "开发区"})
        with pytest.raises(StoreError):  # foreign keys hold: a link to an article that is not there
            with store.transaction():
                store.conn.execute("INSERT INTO drafts(article_id, base_revision, payload, saved_at) VALUES (?,?,?,?)",
                                   (a + 100, 1, "{}", "now"))
    with PgStore(pg_url) as again:  # opening again migrates nothing and keeps the article
        assert again.version == SCHEMA_VERSION and again.search("周童") == [a]


def test_postgres_has_every_table_and_column_of_sqlite(pg_url, store_path):
    with Store(store_path) as lite, PgStore(pg_url) as pg:
        lite_tables = {r[0] for r in lite.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                       if not r[0].startswith(("sqlite_", "articles_fts_"))}
        pg_tables = {r[0] for r in pg.conn.execute("SELECT table_name FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema()")}
        assert pg_tables - PG_ONLY == {SQLITE_ONLY.get(t, t) for t in lite_tables} - set(SQLITE_ONLY.values())
        for table in lite_tables - set(SQLITE_ONLY):
            assert columns(lite, table) == columns(pg, table), table
        # Every table that holds an office's work is copied by `jianbao store copy`.
        assert set(TABLES) == lite_tables - set(SQLITE_ONLY) - {"search_state"}


def test_newer_schema_is_refused_and_left_alone(pg_url):
    with PgStore(pg_url) as store:
        with store.transaction():
            store.conn.execute("INSERT INTO jianbao_schema(version) VALUES (?)", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="更新版本"):
        PgStore(pg_url)


def test_search_and_lists_answer_as_on_sqlite(office_store, pg_url, tmp_path):
    """The same office's store on both engines: every query finds the same articles, lists sort alike,
    before the index catches up and after."""
    from jianbao.desk.maintenance import copy_store

    copy_store(office_store, pg_url)
    with open_store(office_store, read_only=True) as lite, PgStore(pg_url) as pg:
        assert lite.pending_index() == 0 and pg.pending_index() == 0
        expected = answers(lite)
        assert expected["周童"][0] and expected["開發區"][0] == expected["开发区"][0]  # the data can tell
        assert answers(pg) == expected
        # New articles wait for the index on both engines and are found by scanning meanwhile.
        copy = tmp_path / "copy.db"
        with Store(copy) as lite2:
            from jianbao.store.copy import copy_store as copy_rows

            copy_rows(lite, lite2)
            for store in (lite2, pg):
                store.add_article({"title": "周童再到開發區", "body": "乾隆年间的后川村干部调研养老院。"})
            assert lite2.pending_index() == pg.pending_index() == 1
            assert answers(pg) == answers(lite2)
            lite2.index_pending(), pg.index_pending()
            assert answers(pg) == answers(lite2)


def test_copy_both_ways_keeps_every_row_and_revision(office_store, pg_url, tmp_path, capsys):
    back = tmp_path / "back" / "jianbao.db"
    assert main(["store", "copy", str(office_store), pg_url, "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)["copied"]
    assert main(["store", "copy", pg_url, str(back)]) == 0
    assert "篇文章" in capsys.readouterr().out
    with open_store(office_store, read_only=True) as lite, PgStore(pg_url) as pg, Store(back) as again:
        counted = count_rows(lite)
        assert copied == counted and count_rows(pg) == counted and count_rows(again) == counted
        assert counted["revisions"] >= 4 and counted["articles"] > 50 and counted["issue_articles"] == 3
        for table in TABLES:
            assert rows(pg, table) == rows(lite, table), table
            assert rows(again, table) == rows(lite, table), table
        some = lite.list_articles(limit=3)[0].id
        assert pg.revisions(some) == lite.revisions(some) == again.revisions(some)
        assert pg.issues() == lite.issues() and again.drafts() == lite.drafts()
        # On the server a draft is offered only to its writer: the store file's were written under another name.
        drafted_by = {r[0] for r in lite.conn.execute("SELECT author FROM drafts")}
        assert lite.drafts() and pg.author not in drafted_by and not pg.drafts()
        # Ids the database assigns go on past the copied ones.
        assert pg.create_issue({"series": "开发区资讯", "year": 2024}) == max(i.id for i in lite.issues()) + 1


def test_copy_into_a_store_with_data_is_refused_and_changes_nothing(office_store, pg_url, capsys):
    with PgStore(pg_url) as pg:
        pg.add_article({"title": "已有的文章", "body": "正文"})
    assert main(["store", "copy", str(office_store), pg_url]) != 0
    assert "不是空的" in capsys.readouterr().err
    with PgStore(pg_url) as pg:
        assert pg.count_articles() == 1


def test_the_second_of_two_editors_gets_a_conflict_and_nothing_is_lost(pg_url):
    with PgStore(pg_url) as one, PgStore(pg_url) as two:
        a = one.add_article({"title": "原标题", "body": "原正文"})
        base = two.article(a).revision
        one.update_article(a, {"body": "第一位编辑的正文"}, expected_revision=base)
        with pytest.raises(ConflictError) as caught:
            two.update_article(a, {"body": "第二位编辑的正文"}, expected_revision=base)
        assert caught.value.current.body == "第一位编辑的正文" and caught.value.mine == {"body": "第二位编辑的正文"}
        assert [r.snapshot["body"] for r in one.revisions(a)] == ["原正文", "第一位编辑的正文"]


def test_cli_opens_the_same_desk_on_a_postgres_url(pg_url, capsys):
    assert main(["import", str(SAMPLE), "--store", pg_url, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["article_ids"]) == 20
    assert main(["search", "周童", "--store", pg_url.replace("postgresql://", "postgres://", 1), "--json"]) == 0
    assert "周童調研重點項目建設" in [a["title"] for a in json.loads(capsys.readouterr().out)["articles"]]
    assert main(["import", str(SAMPLE), "--store", pg_url]) != 0  # the same source twice: refused
    assert "已经导入过" in capsys.readouterr().err


def test_an_unreachable_server_is_a_clear_message(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["articles", "--store", "postgresql://editor:secret@127.0.0.1:1/jianbao"]) != 0
    err = capsys.readouterr().err
    assert "无法连接 PostgreSQL 资料库 postgresql://editor@127.0.0.1:1/jianbao" in err and "secret" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_a_sqlite_backup_of_the_copy_back_opens(office_store, pg_url, tmp_path):
    """The file copied back from the server is a sound SQLite store."""
    back = tmp_path / "back.db"
    assert main(["store", "copy", str(office_store), pg_url]) == 0
    assert main(["store", "copy", pg_url, str(back)]) == 0
    conn = sqlite3.connect(back)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_backup_of_a_server_store_is_a_pg_dump_that_restores(office_store, pg_url, pg_cluster, capsys):
    import subprocess
    from urllib.parse import parse_qs, urlsplit

    import psycopg

    from jianbao.store.pg_backup import pg_dump_binary

    assert main(["store", "copy", str(office_store), pg_url]) == 0
    capsys.readouterr()
    assert main(["backup", "--store", pg_url, "--json"]) == 0
    dumped = Path(json.loads(capsys.readouterr().out)["backup"])
    assert dumped.suffix == ".dump" and dumped.stat().st_size > 0
    assert main(["backup", "--list", "--store", pg_url, "--json"]) == 0
    assert [b["path"] for b in json.loads(capsys.readouterr().out)["backups"]] == [str(dumped)]
    # What an administrator does with it: pg_restore into another database, where the store opens whole.
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE restored")
    try:
        restore = Path(pg_dump_binary()).with_name("pg_restore")
        subprocess.run([str(restore), f"--dbname={pg_cluster.url('restored')}", str(dumped)], check=True,
                       capture_output=True, timeout=120)
        schema = parse_qs(urlsplit(pg_url).query)["options"][0].split("=")[1]
        with PgStore(f"{pg_cluster.url('restored')}?options=-csearch_path%3D{schema}") as back, \
                open_store(office_store, read_only=True) as lite:
            assert count_rows(back) == count_rows(lite)
            assert answers(back) == answers(lite)
    finally:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE restored")
    assert main(["restore", "1", "--store", pg_url]) != 0  # restoring is the server administrator's
    assert "pg_restore" in capsys.readouterr().err
    with Desk(pg_url) as desk, pytest.raises(StoreError, match="pg_restore"):
        desk.restore(dumped)


def test_a_server_restart_is_a_message_then_a_reconnect_and_nothing_twice(pg_url, pg_cluster, capsys):
    with PgStore(pg_url) as store:
        a = store.add_article({"title": "原标题", "body": "原正文"})
        pg_cluster.restart()
        with pytest.raises(StoreError, match="连接断开") as caught:
            store.update_article(a, {"body": "重启时的修改"}, expected_revision=1)
        assert "重新连接" in caught.value.message
        # The next operation connects again; the failed save was not applied, nor is it replayed.
        assert store.article(a).revision == 1 and store.article(a).body == "原正文"
        saved = store.update_article(a, {"body": "重连后的修改"}, expected_revision=1)
        assert saved.revision == 2 and [r.revision for r in store.revisions(a)] == [1, 2]
        pg_cluster.restart()
        with pytest.raises(StoreError, match="连接断开"):
            store.search("原标题")
        assert store.search("修改") == [a]
