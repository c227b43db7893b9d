"""The store: migrations, transactions, revisions, search, refusal of newer or broken files."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import FIXTURES
from jianbao.errors import ConflictError, StoreError
from jianbao.store import SCHEMA_VERSION, ArticleFilter, Store

ARTICLE = {"title": "周童調研重點項目建設", "body": "1月3日,開發區黨工委書記周童到開發區德孝苑養老院調研。",
           "category": "調研督導", "category_source": "tag", "units": ["開發區向陽街道辦事處", "集團公司"]}


@pytest.mark.sqlite_only("WAL and foreign keys are PRAGMAs of the file (test_postgres.py checks the server's)")
def test_new_store_is_current_wal_with_foreign_keys(store):
    assert store.version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.integrity_ok()


def test_migrates_every_earlier_version_with_a_backup(tmp_path):
    fixtures = sorted((FIXTURES / "stores").glob("jianbao-v*.db"))
    assert fixtures, "one store file per released schema version"
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with Store(path) as s:
            assert s.version == SCHEMA_VERSION
            assert s.search("周童") == [1]
            assert s.search("开发区") == [2, 1]  # Traditional text found by a Simplified query
            backups = s.backups()
            assert len(backups) == 1 and "before-migrate" in backups[0].name
            assert s.integrity_ok()
        old = sqlite3.connect(backups[0])
        assert old.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION
        old.close()


def test_refuses_newer_version_and_leaves_it_alone(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="更新版本"):
        Store(path)
    assert path.read_bytes() == before


def test_refuses_corrupted_file(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(StoreError, match="损坏|不是"):
        Store(path)


def test_interrupted_write_leaves_no_partial_rows(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(ARTICLE)
            store.add_article(ARTICLE)
            raise RuntimeError("power cut")
    assert store.count_articles() == 0
    assert store.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
    assert store.search("周童") == []


def test_revisions_kept_on_every_change(store):
    article_id = store.add_article(ARTICLE)
    store.update_article(article_id, {"title": "新标题"}, expected_revision=1)
    store.update_article(article_id, {"units": ["开发区经济发展部"]}, expected_revision=2)
    revs = store.revisions(article_id)
    assert [r.revision for r in revs] == [1, 2, 3]
    assert revs[0].snapshot["title"] == ARTICLE["title"]
    assert revs[1].snapshot["title"] == "新标题"
    assert revs[2].snapshot["units"] == ["开发区经济发展部"]
    restored = store.restore_revision(article_id, 1)
    assert restored.title == ARTICLE["title"] and restored.revision == 4
    assert store.search("新标题") == []
    assert store.search("周童") == [article_id]


def test_conflicting_update_is_refused_with_both_versions(store):
    article_id = store.add_article(ARTICLE)
    store.update_article(article_id, {"title": "别处改过"}, expected_revision=1)
    with pytest.raises(ConflictError) as err:
        store.update_article(article_id, {"title": "我的修改"}, expected_revision=1)
    assert err.value.current.title == "别处改过"
    assert err.value.mine == {"title": "我的修改"}
    assert store.article(article_id).title == "别处改过"


@pytest.mark.parametrize("query,hit", [
    ("周童", True), ("开发区", True), ("開發區", True), ("養老院", True), ("养老", True), ("调研。", True),
    ("周", True), ("普查", False), ('"', False), ("AND", False), ("*", False), ("周童 OR 1=1", False),
    ("'; DROP TABLE articles; --", False), ("NEAR(周童)", False),
])
def test_search_is_script_insensitive_and_never_syntax(store, query, hit):
    article_id = store.add_article(ARTICLE)
    assert (store.search(query) == [article_id]) is hit
    assert store.count_articles() == 1


def test_list_filters(store):
    a = store.add_article(ARTICLE)
    b = store.add_article({"title": "安全检查", "body": "检查", "category": "安全检查", "status": "checked"})
    assert [r.id for r in store.list_articles(ArticleFilter(category="調研督導"))] == [a]
    assert [r.id for r in store.list_articles(ArticleFilter(unit="集團公司"))] == [a]
    assert [r.id for r in store.list_articles(ArticleFilter(status="checked"))] == [b]
    assert [r.id for r in store.list_articles(ArticleFilter(query="开发区"))] == [a]
    rows = store.list_articles(order="title", descending=True)
    assert [r.id for r in rows] == sorted([a, b], key=lambda i: store.article(i).title, reverse=True)
    assert store.list_articles(ArticleFilter(ids=(b,)))[0].units == ""


def test_drafts_survive_reopen(store_path):
    with Store(store_path) as s:
        article_id = s.add_article(ARTICLE)
        s.save_draft(article_id, 1, {"title": "未保存的标题"})
    with Store(store_path) as s:
        drafts = s.drafts()
        assert [(d[0], d[1], d[2]["title"]) for d in drafts] == [(article_id, 1, "未保存的标题")]
        s.update_article(article_id, {"title": "已保存"})
        assert s.drafts() == []


def test_read_only_store_refuses_writes(store_path):
    with Store(store_path) as s:
        s.add_article(ARTICLE)
    with Store(store_path, read_only=True) as s:
        assert s.count_articles() == 1
        with pytest.raises(StoreError, match="只读"):
            s.add_article(ARTICLE)


@pytest.mark.sqlite_only("backups are copies of the file beside it")
def test_backups_rotate(store):
    for _ in range(13):
        store.backup("manual")
    assert len(store.backups()) == 10
