"""Every revision records who made it: the editor's name on a store file, the login role on a server."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES
from jianbao.cli import main
from jianbao.store import SCHEMA_VERSION, PgStore, Store, open_store
from jianbao.store.copy import copy_store


def test_each_revision_names_its_author(store):
    art = store.add_article({"title": "周童调研", "body": "开发区"})
    store.update_article(art, {"title": "周童调研项目"})
    store.restore_revision(art, 1)
    expected = store.author
    assert expected  # the server's login role, or the computer's user name
    assert [(r.revision, r.author) for r in store.revisions(art)] == [(1, expected), (2, expected), (3, expected)]


def test_the_editor_s_name_signs_a_store_file(store_path, monkeypatch):
    monkeypatch.setenv("JIANBAO_EDITOR", "张编辑")
    with Store(store_path) as store:
        art = store.add_article({"title": "周童调研", "body": "开发区"})
    with Store(store_path, author="李审核") as store:  # another editor on the same file (the preference's name)
        store.update_article(art, {"body": "开发区。"})
        assert [r.author for r in store.revisions(art)] == ["张编辑", "李审核"]


def test_a_store_of_schema_7_records_authors_from_now_on(tmp_path):
    shutil.copy(FIXTURES / "stores" / "jianbao-v7.db", tmp_path / "old.db")
    with Store(tmp_path / "old.db", author="张编辑") as store:
        assert store.version == SCHEMA_VERSION and store.search("周童") == [1]
        assert [r.author for r in store.revisions(1)] == [""]  # made before authors were kept
        store.update_article(1, {"title": "周童調研重點項目"})
        assert [(r.revision, r.author) for r in store.revisions(1)] == [(1, ""), (2, "张编辑")]
        assert any("before-migrate-v7" in p.name for p in store.backups())


def test_store_copy_carries_every_author_both_ways(store_path, pg_url, tmp_path, capsys):
    with Store(store_path, author="张编辑") as lite:
        art = lite.add_article({"title": "周童调研", "body": "开发区"})
        lite.update_article(art, {"body": "开发区。"})
    assert main(["store", "copy", str(store_path), pg_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["copied"]["revisions"] == 2
    back = tmp_path / "back.db"
    with open_store(pg_url) as pg:
        assert [r.author for r in pg.revisions(art)] == ["张编辑", "张编辑"]
        assert pg.conn.execute("SELECT author FROM articles").fetchall() == [("张编辑",)]
        with Store(back) as again:
            copy_store(pg, again)
            assert [r.author for r in again.revisions(art)] == ["张编辑", "张编辑"]
    with PgStore(pg_url) as pg:  # the server signs what it is given next with the login role
        pg.update_article(art, {"body": "开发区！"})
        assert pg.revisions(art)[-1].author == "jianbao"


def test_a_conflict_names_who_saved_the_version_that_won(store):
    from jianbao.errors import ConflictError

    art = store.add_article({"title": "周童调研", "body": "开发区"})
    with pytest.raises(ConflictError) as first:  # never changed: the row is the first revision
        store.update_article(art, {"body": "晚了"}, expected_revision=0)
    assert first.value.author == store.author and first.value.current.revision == 1
    store.update_article(art, {"title": "周童调研项目"}, expected_revision=1)
    with pytest.raises(ConflictError) as later:
        store.update_article(art, {"body": "开发区。"}, expected_revision=1)
    assert later.value.author == store.author and later.value.mine == {"body": "开发区。"}
    assert store.article(art).body == "开发区"  # the refused change wrote nothing
