"""Store faults: read-only file or folder, full disk, damaged file (the latest sound backup offered),
a store from a newer Jianbao. Each gives a clear message and leaves the file as it was."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE
from jianbao.desk.maintenance import READ_ONLY_FILE, restore_store
from jianbao.errors import CorruptStoreError, StoreError
from jianbao.store import SCHEMA_VERSION
from reliability.helpers import dump, integrity, open_desk, read_only

PAGE = 4096


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    """A closed store holding the sample (no backups beside it)."""
    path = tmp_path_factory.mktemp("sample") / "jianbao.db"
    desk = open_desk(path)
    desk.auto_backups = False
    desk.import_file(SAMPLE)
    desk.close()
    return path


@pytest.fixture
def store_copy(sample_store, tmp_path) -> Path:
    path = tmp_path / "data" / "jianbao.db"
    path.parent.mkdir()
    shutil.copy(sample_store, path)
    return path


# -- read-only ---------------------------------------------------------------------------------------------------
def check_read_only_desk(path: Path) -> None:
    before = path.read_bytes()
    desk = open_desk(path)
    try:
        assert desk.read_only and desk.read_only_reason == READ_ONLY_FILE
        assert desk.count_articles() == 20 and desk.search("周童")
        article = desk.article(desk.search("周童")[0])
        with pytest.raises(StoreError, match="只读"):
            desk.edit_article(article.id, {"title": "改"}, expected_revision=article.revision)
        with pytest.raises(StoreError, match="只读"):
            desk.import_file(SAMPLE, allow_duplicate=True)
        with pytest.raises(StoreError, match="只读"):
            desk.save_draft(article.id, article.revision, {"title": "草稿"})
    finally:
        desk.close()
    assert path.read_bytes() == before


def test_read_only_file_opens_read_only_with_a_banner(store_copy):
    with read_only(store_copy):
        check_read_only_desk(store_copy)
    assert not (store_copy.parent / "backups").exists(), "no automatic backup of a read-only store"


def test_read_only_folder_opens_read_only(store_copy):
    """A WAL store in a folder that cannot be written (SQLite cannot make its -shm file there)."""
    with read_only(store_copy, store_copy.parent):
        check_read_only_desk(store_copy)


def test_read_only_store_from_the_cli(store_copy, capsys):
    from jianbao.cli import main

    with read_only(store_copy):
        assert main(["articles", "--store", str(store_copy), "--json"]) == 0
        assert '"total": 20' in capsys.readouterr().out
        assert main(["import", "--store", str(store_copy), "--allow-duplicate", str(SAMPLE)]) == 2
        assert "只读" in capsys.readouterr().err


# -- full disk ---------------------------------------------------------------------------------------------------
def fill_disk(desk) -> None:
    """SQLITE_FULL at the next new page: the store may not grow (as on a full disk)."""
    pages = desk.store.conn.execute("PRAGMA page_count").fetchone()[0]
    desk.store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_gives_a_clear_error_and_changes_nothing(store_copy):
    desk = open_desk(store_copy)
    desk.auto_backups = False
    try:
        desk.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = dump(store_copy)
        fill_disk(desk)
        with pytest.raises(StoreError, match="磁盘已满") as err:
            desk.import_file(SAMPLE, allow_duplicate=True)
        assert "没有改动" in str(err.value)
        article = desk.article(1)
        long_body = article.body * 40  # needs new pages
        with pytest.raises(StoreError, match="磁盘已满"):
            desk.edit_article(article.id, {"body": long_body}, expected_revision=article.revision)
        with pytest.raises(StoreError, match="磁盘已满"):
            desk.save_draft(article.id, article.revision, {"body": long_body})
        assert dump(store_copy) == before and integrity(store_copy) == "ok"
        assert desk.store.integrity_ok()
        # Space freed: the same operations work on the same connection.
        desk.store.conn.execute("PRAGMA max_page_count = 1073741823")
        assert len(desk.import_file(SAMPLE, allow_duplicate=True).article_ids) == 20
        assert desk.edit_article(article.id, {"body": long_body}, expected_revision=article.revision)[0].revision == 2
    finally:
        desk.close()
    assert integrity(store_copy) == "ok"


def test_backup_on_a_full_disk_leaves_no_half_file(store_copy):
    folder = store_copy.parent / "backups"
    folder.write_text("not a folder")  # no backup can be written there
    desk = open_desk(store_copy)
    assert desk.backup_warning and "自动备份失败" in desk.backup_warning  # the daily one, at open
    desk.backup_warning = None
    try:
        with pytest.raises(StoreError, match="无法备份"):
            desk.backup_now()
        desk.edit_article(1, {"title": "改过"})
    finally:
        desk.close()  # the automatic backup fails too, but closing never does
    assert desk.backup_warning and "自动备份失败" in desk.backup_warning
    assert folder.read_text() == "not a folder" and integrity(store_copy) == "ok"


# -- damaged files -----------------------------------------------------------------------------------------------
def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "header":
        data[:100] = b"not a database at all " * 4 + b"...."[:12]
    elif how == "truncated":
        del data[len(data) // 2:]
    elif how == "zeroed-page":
        data[2 * PAGE:3 * PAGE] = bytes(PAGE)  # a table's root page
    elif how == "text-file":
        data = bytearray("这不是资料库，是一份简报。\n".encode() * 100)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["header", "truncated", "zeroed-page", "text-file"])
def test_damaged_store_detected_at_open_with_the_latest_good_backup_offered(store_copy, how):
    desk = open_desk(store_copy)
    older = desk.backup_now().path
    desk.edit_article(1, {"title": "备份之后的修改"})
    newer = desk.backup_now().path
    desk.auto_backups = False
    desk.close()
    damage(newer, "zeroed-page")  # the newest backup is itself damaged: the one before it is offered
    damage(store_copy, how)
    damaged = store_copy.read_bytes()
    with pytest.raises(CorruptStoreError) as err:
        open_desk(store_copy)
    assert err.value.backup == older and older.name in str(err.value) and "损坏" in str(err.value)
    assert store_copy.read_bytes() == damaged, "opening must not touch a damaged file"

    kept = restore_store(store_copy, err.value.backup)
    assert kept is not None and kept.read_bytes() == damaged
    desk = open_desk(store_copy)
    try:
        assert desk.count_articles() == 20 and desk.article(1).title != "备份之后的修改"
        assert desk.store.integrity_ok()
    finally:
        desk.close()


def test_damaged_store_without_backups_says_so(store_copy):
    damage(store_copy, "header")
    with pytest.raises(CorruptStoreError, match="没有找到可用的备份") as err:
        open_desk(store_copy)
    assert err.value.backup is None


def test_damage_quick_check_misses_never_rotates_good_backups_away(store_copy, sample_store):
    """A page damaged so that only the full check sees it: the store opens, but the daily backup
    refuses to copy it, and the good backups stay as they are."""
    original = store_copy.read_bytes()
    for page in range(3, len(original) // PAGE):
        data = bytearray(original)
        data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
        store_copy.write_bytes(bytes(data))
        conn = sqlite3.connect(store_copy)
        try:
            quick, full = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("quick_check", "integrity_check"))
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()
        if quick == "ok" and full != "ok":
            break
    else:
        pytest.skip("no page whose damage only the full check sees")
    folder = store_copy.parent / "backups"
    folder.mkdir()
    good = folder / "jianbao-20000101-000000-000000-daily.db"  # a good backup, old enough for the daily one
    shutil.copy(sample_store, good)
    desk = open_desk(store_copy)
    desk.close()
    assert desk.backup_warning and "损坏" in desk.backup_warning
    assert [p.name for p in folder.iterdir()] == [good.name]


# -- newer version -----------------------------------------------------------------------------------------------
def test_store_from_a_newer_version_is_refused_and_left_alone(store_copy, capsys):
    from jianbao.cli import main

    conn = sqlite3.connect(store_copy)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = store_copy.read_bytes()
    with pytest.raises(StoreError, match="更新版本") as err:
        open_desk(store_copy)
    assert not isinstance(err.value, CorruptStoreError)
    assert main(["articles", "--store", str(store_copy)]) == 2
    assert "更新版本" in capsys.readouterr().err
    assert store_copy.read_bytes() == before
    assert sorted(p.name for p in store_copy.parent.iterdir()) == ["jianbao.db"], "no backup, no -wal, no migration"


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB file system (tmpfs), when this process may mount one (root in a container)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_really_full_disk(sample_store, tiny_disk):
    """ENOSPC from the file system itself (the -wal cannot grow), not just SQLite's page limit."""
    path = tiny_disk / "jianbao.db"
    shutil.copy(sample_store, path)
    filler = tiny_disk / "filler"
    with filler.open("wb") as fh:  # leave ~40 KB free
        free = os.statvfs(tiny_disk).f_bavail * os.statvfs(tiny_disk).f_frsize
        fh.write(b"\0" * max(0, free - 40 * 1024))
    desk = open_desk(path)
    try:
        assert desk.backup_warning and "自动备份失败" in desk.backup_warning  # no room for the daily backup
        before = dump(path)
        with pytest.raises(StoreError, match="磁盘已满|读写磁盘出错"):
            desk.import_file(SAMPLE, allow_duplicate=True)
        assert dump(path) == before and desk.store.integrity_ok()
        filler.unlink()
        assert len(desk.import_file(SAMPLE, allow_duplicate=True).article_ids) == 20
    finally:
        desk.close()
    assert integrity(path) == "ok"
