"""Backups: daily and on close, rotated by kind; restore from the desk (for the GUI) and from the CLI."""
from __future__ import annotations

import json
import os
import sqlite3
import time

import pytest

from conftest import SAMPLE
from jianbao.errors import CorruptStoreError, StoreError
from jianbao.store.backups import BACKUPS_KEPT, BACKUPS_KEPT_BY_KIND, backup_kind, list_backups
from reliability.helpers import integrity, open_desk


def kinds(path) -> list[str]:
    return [backup_kind(p) for p in list_backups(path)]


def age_backups(path, days: int = 2) -> None:
    """Make every backup look `days` old (by the time in its name, which is what counts)."""
    import datetime as dt

    for p in list_backups(path):
        stamp = p.stem.split("-", 1)[1][:22]
        old = (dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f") - dt.timedelta(days=days)).strftime("%Y%m%d-%H%M%S-%f")
        p.rename(p.with_name(p.name.replace(stamp, old)))


def test_daily_and_close_backups(store_path):
    desk = open_desk(store_path)
    desk.import_file(SAMPLE)
    desk.close()
    assert kinds(store_path) == ["daily"], "the first session's work is backed up at close"

    desk = open_desk(store_path)
    desk.edit_article(1, {"title": "第二次修改"})
    desk.close()
    assert kinds(store_path) == ["close", "daily"]

    desk = open_desk(store_path)
    desk.edit_article(1, {"title": "第三次修改"})
    desk.close()
    assert kinds(store_path) == ["close", "daily"], "not more than one close backup every few minutes"

    desk = open_desk(store_path)  # nothing changed: nothing to back up
    desk.close()
    assert len(list_backups(store_path)) == 2

    age_backups(store_path)
    desk = open_desk(store_path)  # a day has passed: a daily backup at open, before any change
    assert kinds(store_path)[0] == "daily"
    desk.close()
    for p in list_backups(store_path):
        assert integrity(p) == "ok"
    newest = sqlite3.connect(list_backups(store_path)[0])
    assert newest.execute("SELECT title FROM articles WHERE id = 1").fetchone()[0] == "第三次修改"
    newest.close()


def test_backups_rotate_by_kind(store):
    for kind, count in (("manual", BACKUPS_KEPT + 3), ("close", 6), ("daily", 9), ("before-migrate-v1", 2)):
        for _ in range(count):
            store.backup(kind)
    found = kinds(store.path)
    assert found.count("manual") == BACKUPS_KEPT
    assert found.count("close") == BACKUPS_KEPT_BY_KIND["close"]
    assert found.count("daily") == BACKUPS_KEPT_BY_KIND["daily"]
    assert found.count("before-migrate-v1") == 2


def test_listing_ignores_other_stores_and_half_written_backups(store_path):
    desk = open_desk(store_path)
    desk.import_file(SAMPLE)
    made = desk.backup_now().path
    folder = made.parent
    (folder / "jianbao-old-20240101-000000-000000-manual.db").write_bytes(made.read_bytes())  # another store's
    stale = folder / "jianbao-20240101-000000-000000-close.part"  # a backup killed half-way
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    assert [b.path for b in desk.backups()] == [made]
    desk.close()
    open_desk(store_path).close()
    assert not stale.exists(), "stale .part files are cleared at open"


def test_restore_from_the_desk_can_itself_be_undone(store_path):
    desk = open_desk(store_path)
    try:
        ids = desk.import_file(SAMPLE).article_ids
        backup = desk.backup_now()
        assert backup.label == "手动备份" and backup.size > 0
        desk.edit_article(ids[0], {"title": "恢复前的修改"})
        changed = desk.restore(backup.path)
        assert changed.extra["reload"]
        assert desk.article(ids[0]).title != "恢复前的修改"
        assert desk.store.integrity_ok()
        before_restore = next(b for b in desk.backups() if b.kind == "before-restore")
        desk.restore(before_restore.path)
        assert desk.article(ids[0]).title == "恢复前的修改"
    finally:
        desk.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store_path, tmp_path):
    desk = open_desk(store_path)
    try:
        desk.import_file(SAMPLE)
        bad = tmp_path / "bad.db"
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
        with pytest.raises(StoreError, match="无法使用"):
            desk.restore(bad)
        assert desk.count_articles() == 20
    finally:
        desk.close()


def test_cli_backup_list_and_restore(store_path, capsys):
    from jianbao.cli import main

    store = ["--store", str(store_path)]
    assert main(["import", *store, str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["backup", *store, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)["backup"]
    desk = open_desk(store_path)
    desk.edit_article(1, {"title": "备份之后"})
    desk.close()

    assert main(["restore", *store]) == 0  # no argument: the numbered list
    listing = capsys.readouterr().out
    assert "1 为最新" in listing and "手动备份" in listing
    assert main(["restore", *store, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["backups"]
    number = next(r["number"] for r in rows if r["path"] == made)
    assert all(r["ok"] for r in rows)

    assert main(["restore", *store, str(number)]) == 0
    assert "已用备份" in capsys.readouterr().out
    desk = open_desk(store_path)
    assert desk.article(1).title != "备份之后"
    desk.close()
    assert main(["restore", *store, "99"]) == 2
    assert "没有第 99 号备份" in capsys.readouterr().err


def test_cli_restores_a_damaged_store(store_path, capsys):
    from jianbao.cli import main

    store = ["--store", str(store_path)]
    assert main(["import", *store, str(SAMPLE)]) == 0
    assert main(["backup", *store]) == 0
    capsys.readouterr()
    store_path.write_bytes(b"\x00" * 8192)  # damaged beyond repair
    assert main(["articles", *store]) == 2
    err = capsys.readouterr().err
    assert "损坏" in err and "可以从最近的备份" in err
    with pytest.raises(CorruptStoreError):
        open_desk(store_path)
    assert main(["restore", *store, "1"]) == 0
    out = capsys.readouterr().out
    assert "损坏的原文件保存在" in out
    assert store_path.with_name(store_path.name + ".broken").read_bytes() == b"\x00" * 8192
    assert main(["articles", *store, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 20


def test_restore_refused_while_another_process_has_the_store_open(store_path, capsys):
    from jianbao.cli import main
    from reliability.test_concurrency import finish, spawn

    store = ["--store", str(store_path)]
    assert main(["import", *store, str(SAMPLE)]) == 0
    assert main(["backup", *store]) == 0
    capsys.readouterr()
    other = spawn("idle", store_path, 3)  # another window left open
    try:
        assert json.loads(other.stdout.readline())["ready"]
        before = store_path.read_bytes()
        assert main(["restore", *store, "1"]) == 2
        assert "正被其他程序" in capsys.readouterr().err
        assert store_path.read_bytes() == before
    finally:
        finish(other)
    assert main(["restore", *store, "1"]) == 0
