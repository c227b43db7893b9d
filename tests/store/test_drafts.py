"""Autosaved drafts belong to the editor who wrote them: on a shared store each editor is offered only their
own and two editors' drafts of one article are both kept; a store file offers every draft, as it always has."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import FIXTURES
from jianbao.errors import PermissionDeniedError
from jianbao.store import SCHEMA_VERSION, PgStore, Store
from tests.store.test_pg_roles import desk_as, office  # noqa: F401 (a fixture)


def test_two_editors_on_one_server_each_see_only_their_drafts(office):  # noqa: F811
    article = office["articles"][0]
    with desk_as(office, "editor") as zhang, desk_as(office, "reviewer") as li:
        zhang.save_draft(article, 1, {"title": "张的草稿"})
        li.save_draft(article, 1, {"title": "李的草稿"})
        li.save_draft(office["articles"][1], 1, {"body": "李的另一篇"})
        assert [(d[0], d[2]) for d in zhang.drafts()] == [(article, {"title": "张的草稿"})]
        assert [d[2] for d in li.drafts()] == [{"title": "李的草稿"}, {"body": "李的另一篇"}]
        # Saving the article drops the saver's draft only: the other editor's unsaved text stays theirs.
        zhang.edit_article(article, {"title": "张保存的标题"}, expected_revision=1)
        assert zhang.drafts() == [] and [d[2] for d in li.drafts()][0] == {"title": "李的草稿"}
        li.discard_draft(article)
        assert [d[2] for d in li.drafts()] == [{"body": "李的另一篇"}]
    with PgStore(office["url"]) as owner:
        rows = owner.conn.execute("SELECT article_id, author FROM drafts").fetchall()
    assert rows == [(office["articles"][1], office["users"]["reviewer"])]


def test_an_editor_cannot_write_a_draft_in_another_s_name(office):  # noqa: F811
    article = office["articles"][0]
    with desk_as(office, "editor") as zhang:
        with zhang.store.transaction():
            zhang.store.conn.execute("INSERT INTO drafts(article_id, base_revision, payload, saved_at, author) "
                                     "VALUES (?, 1, '{}', 'now', ?)", (article, office["users"]["reviewer"]))
        assert zhang.store.conn.execute("SELECT author FROM drafts").fetchone()[0] == office["users"]["editor"]
        with pytest.raises(PermissionDeniedError), zhang.store.transaction():
            zhang.store.conn.execute("UPDATE drafts SET author = ?", (office["users"]["reviewer"],))
    with desk_as(office, "reviewer") as li:
        assert li.drafts() == []


def test_a_store_file_offers_every_draft_as_before(store_path):
    with Store(store_path, author="张编辑") as zhang:
        article = zhang.add_article({"title": "周童调研", "body": "开发区"})
        zhang.save_draft(article, 1, {"title": "张的草稿"})
    with Store(store_path, author="李编辑") as li:
        li.save_draft(article, 1, {"title": "李的草稿"})
        assert sorted(d[2]["title"] for d in li.drafts()) == ["张的草稿", "李的草稿"]


def test_a_store_of_schema_8_keeps_its_drafts_and_its_issues_start_at_revision_1(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "stores" / "jianbao-v8.db", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO drafts(article_id, base_revision, payload, saved_at) "
                 "VALUES (1, 1, '{\"title\": \"崩溃前的草稿\"}', '2024-01-07T09:00:00+08:00')")
    conn.execute("INSERT INTO issues(id, series, year, number, created, updated) "
                 "VALUES (1, '开发区资讯', 2024, 1, '2024-01-07', '2024-01-07')")
    conn.commit()
    conn.close()
    with Store(path, author="张编辑") as store:
        assert store.version == SCHEMA_VERSION and store.issue(1).revision == 1  # issues count from 1
        assert store.drafts() == [(1, 1, {"title": "崩溃前的草稿"}, "2024-01-07T09:00:00+08:00")]
        store.save_draft(1, 1, {"title": "新草稿"})  # the old one was nobody's: both are kept
        assert len(store.drafts()) == 2
        assert any("before-migrate-v8" in p.name for p in store.backups())


def test_a_server_store_of_schema_3_keeps_its_drafts_for_any_editor(office):  # noqa: F811
    """Drafts from before v4 hold '' (nobody's): every editor is offered them, none is lost."""
    from jianbao.store.pg_schema import SCHEMA_VERSION as PG_VERSION

    with PgStore(office["url"]) as owner, owner.transaction():  # back to schema 3, as an older Jianbao left it
        owner.conn.execute("DROP TRIGGER jb_stamp_new_draft ON drafts")
        owner.conn.execute("ALTER TABLE drafts DROP CONSTRAINT drafts_pkey")
        owner.conn.execute("ALTER TABLE drafts DROP COLUMN author")
        owner.conn.execute("ALTER TABLE drafts ADD PRIMARY KEY (article_id)")
        owner.conn.execute("ALTER TABLE issues DROP COLUMN revision")
        owner.conn.execute("DELETE FROM jianbao_schema WHERE version > 3")
        owner.conn.execute("INSERT INTO drafts(article_id, base_revision, payload, saved_at) "
                           "VALUES (?, 1, '{\"title\": \"旧草稿\"}', 'then')", (office["articles"][0],))
    with PgStore(office["url"]) as upgraded:
        assert upgraded.version == PG_VERSION and upgraded.issue(office["issue"]).revision == 1
    with desk_as(office, "editor") as zhang:
        assert [d[2] for d in zhang.drafts()] == [{"title": "旧草稿"}]
        zhang.save_draft(office["articles"][0], 1, {"title": "张的新草稿"})  # beside the old one, not over it
        assert len(zhang.drafts()) == 2
