"""Opening a store: connection settings, migrations with a backup first, transactions, backups."""
from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from jianbao.errors import StoreError
from jianbao.store.schema import MIGRATIONS, SCHEMA_VERSION

BACKUPS_KEPT = 10


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class StoreBase:
    """A connection to one store file, migrated to the current schema."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = self._connect()
        self._refs: dict[tuple[str, str], int] = {}  # unit/person ids by name; dropped on rollback
        self.db = sqlite_utils.Database(self.conn, execute_plugins=False)
        try:
            self._check_integrity_quick()
            self._refuse_newer()
            if not read_only and str(path) != ":memory:":
                # After the version check: switching to WAL rewrites the file header.
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.conn.close()
            raise StoreError(f"无法打开资料库 {self.path}", detail=str(exc)) from exc
        except Exception:
            self.conn.close()
            raise

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                uri = f"file:{self.path}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"无法打开资料库 {self.path}：文件已损坏或不是 Jianbao 资料库", detail=str(exc)) from exc
        return conn

    def _check_integrity_quick(self) -> None:
        try:
            row = self.conn.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"资料库 {self.path} 已损坏，请从备份恢复", detail=str(exc)) from exc
        if row is None or row[0] != "ok":
            raise StoreError(f"资料库 {self.path} 已损坏，请从备份恢复", detail=str(row[0] if row else ""))

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"资料库 {self.path} 来自更新版本的 Jianbao（结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
                "请升级 Jianbao 后再打开；本程序不会改动它"
            )

    def _migrate(self) -> None:
        version = self.version
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"资料库 {self.path} 为只读，且需要升级结构，无法打开")
        if version > 0:
            self.backup(reason=f"before-migrate-v{version}")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                MIGRATIONS[number](self.conn)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    # -- writing -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested calls join the outer one); rolls back on any error."""
        if self.read_only:
            raise StoreError("资料库以只读方式打开，不能保存修改")
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError("资料库正被其他程序占用，请稍后再试", detail=str(exc)) from exc
        try:
            yield self.conn
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StoreError("保存失败（磁盘已满或资料库被占用），没有做任何修改", detail=str(exc)) from exc

    def _rollback(self) -> None:
        self._refs.clear()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # -- backups -------------------------------------------------------------------
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, reason: str = "manual") -> Path:
        """Copy the store (consistently, through SQLite's backup API) into backups/, keeping the newest."""
        folder = self.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}-{reason}.db"
        tmp = target.with_suffix(".part")
        dest = sqlite3.connect(str(tmp))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        tmp.replace(target)
        self._rotate_backups()
        return target

    def backups(self) -> list[Path]:
        folder = self.backup_dir()
        if not folder.exists():
            return []
        return sorted(folder.glob(f"{self.path.stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)

    def _rotate_backups(self) -> None:
        for old in self.backups()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def restore_backup(backup: Path, store_path: Path) -> None:
    """Replace the store file by a backup (the current file is kept beside it as .broken)."""
    store_path = Path(store_path)
    if store_path.exists():
        shutil.copy2(store_path, store_path.with_suffix(".broken"))
    for suffix in ("-wal", "-shm"):
        Path(str(store_path) + suffix).unlink(missing_ok=True)
    tmp = store_path.with_suffix(".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(store_path)
