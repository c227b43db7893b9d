"""Keeping the store safe: backups (now, daily, on close, rotated), restore, read-only opening, recovery.

For the GUI:
- `desk.read_only` / `desk.read_only_reason`: show a banner when the store could only be opened read-only;
- `desk.backup_warning`: an automatic backup that failed (disk full…), to show once;
- opening a damaged store raises `CorruptStoreError` whose `backup` is the newest sound backup:
  offer it, then `restore_store(path, err.backup)` and open again;
- `desk.backups()`, `desk.backup_now()`, `desk.restore(path)` for the backups dialog.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import CorruptStoreError, JianbaoError, StoreError
from jianbao.models import Changed
from jianbao.store import Store
from jianbao.store.backups import (backup_kind, backup_time, check_backup, list_backups as _list_backups,
                                   remove_stale_parts, restore_backup, rotate_backups)
from jianbao.store.base import is_read_only_error
from jianbao.store.postgres import is_postgres_url

BACKUP_EVERY = dt.timedelta(days=1)
# Closing often (a script running `jianbao import` in a loop) must not copy the store each time.
CLOSE_BACKUP_INTERVAL = dt.timedelta(minutes=5)

KIND_LABELS = {
    "manual": "手动备份", "close": "关闭时自动备份", "daily": "每日自动备份", "before-restore": "恢复前自动备份",
    "before-migrate": "升级前自动备份",
}
READ_ONLY_ASKED = "资料库以只读方式打开：可以查看、检索和导出，不能修改"
READ_ONLY_FILE = "资料库文件或所在文件夹没有写入权限，已以只读方式打开：可以查看、检索和导出，不能修改"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, for the backups list."""

    path: Path
    kind: str
    label: str
    created: dt.datetime | None
    size: int


def describe_backup(path: Path) -> BackupInfo:
    kind = backup_kind(path)
    label = KIND_LABELS.get("before-migrate" if kind.startswith("before-migrate") else kind, kind)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, kind, label, backup_time(path), size)


def list_backups(store_path: str | Path) -> list[BackupInfo]:
    """The backups of a store, newest first (works when the store itself cannot be opened)."""
    return [describe_backup(p) for p in _list_backups(store_path)]


def backup_is_usable(path: str | Path) -> bool:
    """Whether a backup file opens and passes SQLite's check (a damaged one cannot be restored)."""
    return check_backup(Path(path)) is None


def copy_store(source: str | Path, target: str | Path) -> dict[str, int]:
    """Copy a whole store into a new, empty one, on either engine (a file path or a postgresql:// URL);
    returns the rows copied per table. The source is only read."""
    from jianbao.paths import store_location
    from jianbao.store import open_store
    from jianbao.store.copy import copy_store as copy_rows

    source, target = store_location(source), store_location(target)
    if not isinstance(source, str) and not source.exists():
        raise StoreError(f"资料库 {source} 不存在，无法复制")
    if str(source) == str(target):
        raise StoreError("源资料库与目标资料库相同，无法复制")
    with open_store(source, read_only=True) as src, open_store(target) as dst:
        return copy_rows(src, dst)


def restore_store(store_path: str | Path, backup: str | Path) -> Path | None:
    """Put a backup in place of a store that cannot be opened (nothing may have it open).

    The damaged file is kept beside it as `<name>.broken`; its path is returned.
    """
    return restore_backup(backup, store_path)


# Restoring a shared store replaces every editor's work at once: the server's administrator does it.
SERVER_RESTORE = "PostgreSQL 资料库的备份（pg_dump）由数据库管理员用 pg_restore 恢复，Jianbao 不在编辑的电脑上替换共用的资料库"


def _writable(path: Path) -> bool:
    """Whether SQLite can write the store: the file, and the folder (for its -wal and -shm files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class MaintenanceOps:
    store: Store
    auto_backups: bool = True

    def __init__(self, path: str | Path, *, read_only: bool = False, **kw) -> None:
        if is_postgres_url(path):  # a server's store: no file to check, its backups are the server's
            super().__init__(path, read_only=read_only, **kw)  # type: ignore[call-arg]
            self.read_only_reason, self.backup_warning = READ_ONLY_ASKED if read_only else None, None
            self._closed, self.auto_backups = False, False
            return
        path = Path(path)
        reason = READ_ONLY_ASKED if read_only else None
        if not read_only and path.exists() and not _writable(path):
            read_only, reason = True, READ_ONLY_FILE
        try:
            super().__init__(path, read_only=read_only, **kw)  # type: ignore[call-arg]
        except StoreError as exc:
            if read_only or not is_read_only_error(exc):
                raise
            super().__init__(path, read_only=True, **kw)  # type: ignore[call-arg]
            reason = READ_ONLY_FILE
        self.read_only_reason: str | None = reason
        self.backup_warning: str | None = None
        self._closed = False
        self._changes_at_open = self.store.conn.total_changes
        if not self.read_only and self.auto_backups:
            remove_stale_parts(path)
            if self.store.count_articles() and self._due(BACKUP_EVERY):
                self._auto_backup("daily")

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    # -- backups ------------------------------------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        return [describe_backup(p) for p in self.store.backups()]

    def backup_now(self) -> BackupInfo:
        """A manual backup of the store as it is now."""
        return describe_backup(self.store.backup("manual"))

    def _due(self, interval: dt.timedelta, kind: str | None = None) -> bool:
        """Whether the newest backup (of `kind`, or of any kind) is older than `interval`."""
        for path in _list_backups(self.store.path):
            if kind is None or backup_kind(path) == kind:
                made = backup_time(path)
                return made is None or dt.datetime.now() - made >= interval
        return True

    def _auto_backup(self, kind: str) -> None:
        try:
            self.store.backup(kind, thorough=kind == "daily")
        except CorruptStoreError as exc:
            self.backup_warning = f"资料库检查发现损坏，未做自动备份（已有的备份保持不变）：{exc}"
        except JianbaoError as exc:
            self.backup_warning = f"自动备份失败：{exc}"

    def close(self) -> None:
        """Close the store, first backing it up when this session changed it (daily, or on close)."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only and self.auto_backups and self.store.conn.total_changes > self._changes_at_open:
                if self._due(BACKUP_EVERY):
                    self._auto_backup("daily")
                elif self._due(CLOSE_BACKUP_INTERVAL, "close"):
                    self._auto_backup("close")
        finally:
            super().close()  # type: ignore[misc]

    # -- restore ------------------------------------------------------------------------------------------------
    def restore(self, backup: str | Path) -> Changed:
        """Replace the store by a backup. The current state is backed up first ("before-restore"), so a
        restore can itself be undone. Other windows on the same store must be closed first."""
        backup = Path(backup)
        if self.store.path is None:
            raise StoreError(SERVER_RESTORE)
        if self.read_only:
            raise StoreError("资料库以只读方式打开，不能恢复备份")
        problem = check_backup(backup)
        if problem is not None:
            raise StoreError(f"备份 {backup.name} 无法使用，未恢复", detail=problem)
        path = self.store.path
        self.store.backup("before-restore", rotate=False)  # rotation could delete the chosen backup
        self.store.close()
        try:
            restore_backup(backup, path)
        finally:
            self.store = Store(path)
            self._changes_at_open = self.store.conn.total_changes
        rotate_backups(path)
        return Changed(taxonomy=True, terms=True, people=True, extra={"restored": str(backup), "reload": True})
