"""Backup files of a store: where they live, which are sound, rotation by kind, and restoring one.

A backup is `backups/<store stem>-<YYYYmmdd-HHMMSS-ffffff>-<kind>.db` beside the store, written
through SQLite's backup API to a `.part` file and renamed, so a listed backup is always complete.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

from jianbao.errors import StoreError
from jianbao.store.schema import SCHEMA_VERSION

BACKUPS_KEPT = 10                                                  # of each kind not listed below
BACKUPS_KEPT_BY_KIND = {"close": 3, "daily": 7, "before-restore": 3}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<kind>[\w-]+)$")


def backup_folder(store_path: str | Path) -> Path:
    return Path(store_path).parent / "backups"


def list_backups(store_path: str | Path) -> list[Path]:
    """The store's backups, newest first (by the time in their names, which copying does not change)."""
    store_path = Path(store_path)
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    found = []
    for path in [*folder.glob("*.db"), *folder.glob("*.dump")]:  # .dump: pg_dump's of a server's store
        m = _NAME.match(path.stem)
        if m and m["stem"] == store_path.stem:  # not the backups of "jianbao-old.db" beside "jianbao.db"
            found.append((m["stamp"], path))
    return [path for _, path in sorted(found, reverse=True)]


def backup_kind(path: str | Path) -> str:
    """manual, close, daily, before-restore, before-migrate-v1…"""
    m = _NAME.match(Path(path).stem)
    return m["kind"] if m else ""


def backup_time(path: str | Path) -> dt.datetime | None:
    m = _NAME.match(Path(path).stem)
    return dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f") if m else None


def backup_name(store_path: str | Path, kind: str, when: dt.datetime | None = None) -> Path:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return backup_folder(store_path) / f"{Path(store_path).stem}-{stamp}-{kind}.db"


def read_only_uri(path: str | Path, *, immutable: bool = False) -> str:
    """A URI opening `path` read-only (any characters in the path quoted)."""
    return Path(path).resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def check_backup(path: str | Path) -> str | None:
    """None when the file is a sound store this version of Jianbao can open; else what is wrong."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    if result != "ok":
        return result
    if version > SCHEMA_VERSION:
        return f"来自更新版本的 Jianbao（结构版本 {version}）"
    return None


def latest_good_backup(store_path: str | Path) -> Path | None:
    """The newest backup that passes its check (the one to offer when the store is damaged)."""
    return next((p for p in list_backups(store_path) if check_backup(p) is None), None)


def rotate_backups(store_path: str | Path) -> list[Path]:
    """Delete the oldest backups beyond what is kept of each kind; returns what was deleted."""
    seen: dict[str, int] = {}
    removed = []
    for path in list_backups(store_path):
        kind = backup_kind(path)
        kind_group = "before-migrate" if kind.startswith("before-migrate") else kind
        seen[kind_group] = seen.get(kind_group, 0) + 1
        if seen[kind_group] > BACKUPS_KEPT_BY_KIND.get(kind_group, BACKUPS_KEPT):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def remove_stale_parts(store_path: str | Path, older_than: dt.timedelta = dt.timedelta(hours=1)) -> None:
    """Delete `.part` files left by backups that were killed half-way (old enough not to be in progress)."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return
    limit = dt.datetime.now().timestamp() - older_than.total_seconds()
    for part in folder.glob(f"{Path(store_path).stem}-*.part"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            pass


def store_in_use(store_path: str | Path) -> bool:
    """Whether another connection (another window, the CLI) has the store open, even idle: each holds
    a shared lock in WAL mode, so an exclusive lock cannot be had at once."""
    store_path = Path(store_path)
    if not store_path.exists():
        return False
    try:
        conn = sqlite3.connect(str(store_path), timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    except sqlite3.DatabaseError:
        return False  # a damaged file: nothing can be using it usefully
    finally:
        conn.close()


def restore_backup(backup: str | Path, store_path: str | Path) -> Path | None:
    """Replace the store file by a backup, after checking the backup is sound.

    The current file (with its -wal, which holds the latest commits) is kept beside the store as
    `<name>.broken` / `<name>.broken-wal`, and its path returned. Nothing may have the store open.
    """
    backup, store_path = Path(backup), Path(store_path)
    problem = check_backup(backup)
    if problem is not None:
        raise StoreError(f"备份 {backup.name} 无法使用，未恢复", detail=problem)
    if store_in_use(store_path):
        # Its connections would go on writing into the replaced file, and those edits would be lost.
        raise StoreError("资料库正被其他程序（如另一个 Jianbao 窗口）打开，请先关闭它们再恢复；资料库没有改动")
    kept = None
    if store_path.exists():
        kept = store_path.with_name(store_path.name + ".broken")
        shutil.copy2(store_path, kept)
        wal = Path(f"{store_path}-wal")
        if wal.exists():
            shutil.copy2(wal, f"{kept}-wal")
        else:
            Path(f"{kept}-wal").unlink(missing_ok=True)
    tmp = store_path.with_name(store_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    # The old -wal would be replayed over the restored file: it goes first (it is kept in .broken-wal).
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    tmp.replace(store_path)
    return kept
