"""Opening a store: connection settings, migrations with a backup first, transactions, backups."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
import weakref
from collections.abc import Iterator
from pathlib import Path

from jianbao.errors import CorruptStoreError, StoreError
from jianbao.store.backups import (BACKUPS_KEPT, backup_folder, backup_name, latest_good_backup, list_backups,
                                   read_only_uri, restore_backup, rotate_backups)
from jianbao.store.checkpoint import AUTO_PAGES, Checkpointer
from jianbao.store.schema import MIGRATIONS, SCHEMA_VERSION
from jianbao.store.search import matches

__all__ = ["BACKUPS_KEPT", "StoreBase", "is_read_only_error", "now", "restore_backup"]


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def default_author() -> str:
    """Who edits a store file: $JIANBAO_EDITOR (the preferences' name), else the computer's user name."""
    import getpass
    import os

    named = os.environ.get("JIANBAO_EDITOR", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password database
        return ""


FULL_CHECK_BYTES = 64 * 1024 * 1024


class StoreBase:
    """A connection to one store file, migrated to the current schema."""

    engine = "sqlite"
    _NULLS = {"ASC": "", "DESC": ""}  # SQLite sorts NULL below every value (PostgreSQL is told so)

    def __init__(self, path: str | Path, *, read_only: bool = False, author: str | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.author = author if author is not None else default_author()  # who makes this session's revisions
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = self._connect()
        self._refs: dict[tuple[str, str], int] = {}  # unit/person ids by name; dropped on rollback
        self._checkpointer: Checkpointer | None = None
        try:
            self._check_integrity_quick()
            self._refuse_newer()
            if not read_only and str(path) != ":memory:":
                # After the version check: switching to WAL rewrites the file header.
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {AUTO_PAGES}")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.conn.close()
            raise StoreError(f"无法打开资料库 {self.path}", detail=str(exc)) from exc
        except Exception:
            self.conn.close()
            raise
        if not read_only and str(path) != ":memory:":
            self._checkpointer = Checkpointer(self.path)  # after the migrations: they checkpoint as they go
            # A store dropped without close() must not leave the thread's connection holding the file.
            weakref.finalize(self, self._checkpointer.close)

    def __str__(self) -> str:
        return str(self.path)

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        self.immutable = False
        try:
            if self.read_only:
                conn = sqlite3.connect(read_only_uri(self.path), uri=True, timeout=10, check_same_thread=False)
                try:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                except sqlite3.OperationalError as exc:
                    if not is_read_only_error(exc):
                        raise
                    # A WAL store in a folder we cannot write: SQLite cannot make its -shm file,
                    # so the file is read as it is on disk (a snapshot).
                    conn.close()
                    conn = sqlite3.connect(read_only_uri(self.path, immutable=True), uri=True, timeout=10,
                                           check_same_thread=False)
                    self.immutable = True
            else:
                conn = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            # Searches confirm their hits on the articles' own text (store/search.py).
            conn.create_function("jb_matches", 2, matches, deterministic=True)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"无法打开资料库 {self.path}", detail=str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise self._corrupt(exc) from exc
        return conn

    def _corrupt(self, problem: object) -> CorruptStoreError:
        backup = latest_good_backup(self.path) if str(self.path) != ":memory:" else None
        offer = f"；可以从最近的备份 {backup.name} 恢复" if backup else "；没有找到可用的备份"
        return CorruptStoreError(f"资料库 {self.path} 已损坏或不是 Jianbao 资料库{offer}", backup=backup,
                                 detail=str(problem))

    @functools.cached_property
    def db(self):
        """The same connection through sqlite-utils (imported on first use: it pulls in numpy)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def _check_integrity_quick(self) -> None:
        # A full quick_check reads every page: fine for an office's store, seconds for a huge one.
        # Past FULL_CHECK_BYTES the open reads the schema only; backups run the full check.
        full = str(self.path) == ":memory:" or not self.path.exists() or self.path.stat().st_size < FULL_CHECK_BYTES
        try:
            row = self.conn.execute("PRAGMA quick_check" if full else "SELECT 'ok' FROM sqlite_master LIMIT 1").fetchone()
            row = row or ("ok",)
        except sqlite3.OperationalError as exc:
            # Locked, unreadable folder, out of memory...: not a damaged file.
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                raise self._corrupt(exc) from exc
            raise
        except sqlite3.DatabaseError as exc:
            raise self._corrupt(exc) from exc
        if row is None or row[0] != "ok":
            raise self._corrupt(row[0] if row else "")

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
                # Read again under the write lock: another process opening the same store at the
                # same moment (GUI and CLI started together) may have run this step already.
                if self.version > number:
                    continue
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
            raise self._write_failure(exc, "资料库正被其他程序占用，请稍后再试") from exc
        try:
            yield self.conn
        except sqlite3.DatabaseError as exc:
            # Disk full, read-only file, I/O error in the middle of a write: a message, not a crash.
            self._rollback()
            if _failure_kind(exc) is None:
                raise
            raise self._write_failure(exc, "") from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise self._write_failure(exc, "保存失败（磁盘已满或资料库被占用），没有做任何修改") from exc
        if self._checkpointer is not None:
            self._checkpointer.committed()
        self._after_commit()

    def _after_commit(self) -> None:
        """Work that follows an outermost commit, outside any transaction (see SearchIndexMixin)."""

    def _write_failure(self, exc: sqlite3.DatabaseError, fallback: str) -> StoreError:
        kind = _failure_kind(exc)
        if kind == "corrupt":
            return self._corrupt(exc)
        return StoreError(_FAILURES.get(kind, fallback) or "保存失败，没有做任何修改", detail=str(exc))

    def _rollback(self) -> None:
        self._refs.clear()
        if self.conn.in_transaction:
            # After an I/O error the rollback itself may fail; SQLite then rolls back on the next open.
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    # -- backups -------------------------------------------------------------------
    def backup_dir(self) -> Path:
        return backup_folder(self.path)

    def backup(self, reason: str = "manual", *, rotate: bool = True, thorough: bool = False) -> Path:
        """Copy the store (consistently, through SQLite's backup API) into backups/, keeping the newest
        of each kind (see store/backups.py). A failed backup leaves no file behind.

        The copy is checked before it counts (fully when `thorough`): a damaged store must never
        rotate good backups away with damaged copies of itself.
        """
        target = backup_name(self.path, reason)
        tmp = target.with_suffix(".part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(str(tmp))
            try:
                self.conn.backup(dest)
                result = dest.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchone()[0]
            finally:
                dest.close()
            if result != "ok":
                _remove(tmp)
                raise self._corrupt(result)
            tmp.replace(target)
        except (OSError, sqlite3.Error) as exc:
            _remove(tmp)
            raise StoreError(f"无法备份资料库到 {target.parent}（磁盘已满或没有写入权限）", detail=str(exc)) from exc
        if rotate:
            rotate_backups(self.path)
        return target

    def backups(self) -> list[Path]:
        """This store's backups, newest first."""
        return list_backups(self.path)

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


_FAILURES = {
    "full": "磁盘已满，保存失败；资料库没有改动，请腾出磁盘空间后再试",
    "read-only": "资料库是只读的（没有写入权限），不能保存修改",
    "busy": "资料库正被其他程序占用，请稍后再试；资料库没有改动",
    "io": "读写磁盘出错，保存失败；资料库没有改动",
}


def _failure_kind(exc: BaseException) -> str | None:
    """What kind of fault an SQLite error reports (None: a programming error, not a fault)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, kind in (("SQLITE_FULL", "full"), ("SQLITE_READONLY", "read-only"), ("SQLITE_PERM", "read-only"),
                         ("SQLITE_CANTOPEN", "read-only"), ("SQLITE_BUSY", "busy"), ("SQLITE_LOCKED", "busy"),
                         ("SQLITE_IOERR", "io"), ("SQLITE_CORRUPT", "corrupt"), ("SQLITE_NOTADB", "corrupt")):
        if name.startswith(prefix):
            return kind
    return None


def is_read_only_error(exc: BaseException) -> bool:
    """Whether an error (or the SQLite error behind a StoreError) means the file cannot be written."""
    cause = exc if isinstance(exc, sqlite3.Error) else exc.__cause__
    return cause is not None and _failure_kind(cause) == "read-only"
