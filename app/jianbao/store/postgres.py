"""Opening a store on PostgreSQL (psycopg 3): the connection, migrations, write transactions.

The store's queries are written once, with SQLite's `?` placeholders, in the subset of SQL both engines
speak (the PostgreSQL schema defines the few SQLite functions they use: store/pg_schema.py).
`PgConnection` gives psycopg the shape of an sqlite3 connection, turning `?` into `%s`.

Writers take one transaction-scoped advisory lock, as SQLite's BEGIN IMMEDIATE takes the write lock:
writes are serialised (ids assigned by the store stay unique, a revision check sees the last commit),
while readers never wait.
"""
from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from jianbao.errors import PermissionDeniedError, StoreError
from jianbao.store.live import application_name, shown_name, written_table
from jianbao.store.pg_schema import MIGRATIONS, SCHEMA_VERSION

SCHEMES = ("postgresql", "postgres")
WRITE_LOCK = 0x6A69616E  # "jian": the advisory lock every write transaction holds
_PLACEHOLDER = re.compile(r"'[^']*'|\?|%")


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES and "://" in location


def display_url(url: str) -> str:
    """The URL without its password (for messages and titles)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s`, every literal % doubled; a ? inside quotes is text."""
    return _PLACEHOLDER.sub(lambda m: "%s" if m[0] == "?" else m[0].replace("%", "%%"), sql)


def _bool_as_integer(psycopg):
    """A dumper writing Python booleans as 0/1: the schema's flags are INTEGER columns, as on SQLite."""
    from psycopg.adapt import Dumper

    class BoolAsInt(Dumper):
        oid = psycopg.adapters.types["int4"].oid

        def dump(self, obj: bool) -> bytes:
            return b"1" if obj else b"0"

    return BoolAsInt


def _without_nul(params) -> tuple:
    """PostgreSQL text cannot hold NUL (SQLite's can): it is kept as U+FFFD, the character a decoder shows
    for what it could not read. Only a control character pasted by accident is ever affected."""
    return tuple(p.replace("\x00", "\ufffd") if type(p) is str and "\x00" in p else p for p in params)


class _Cursor:
    """What the shared queries read from an executed statement (its rows are fetched at once)."""

    def __init__(self, rows: list | None, rowcount: int) -> None:
        self._rows, self.rowcount = rows or [], rowcount

    def fetchone(self):
        return self._rows.pop(0) if self._rows else None

    def fetchall(self):
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self):
        return iter(self.fetchall())


class PgConnection:
    """A psycopg connection with the sqlite3 methods the store uses (execute, executemany, in_transaction).

    A connection the server dropped (restart, network) fails the statement in hand with a message, and the
    next statement, outside any transaction, connects again: the failed operation is reported, never
    repeated behind the editor's back, so nothing is applied twice.
    """

    engine = "postgresql"

    def __init__(self, opener: Callable[[], object], where: str) -> None:
        self._open, self._where = opener, where
        self.raw = opener()
        self.total_changes = 0  # committed write transactions (the Desk backs up a store it changed)
        self.written: set[str] = set()  # tables written since the transaction began (store/live.py tells others)

    @contextlib.contextmanager
    def _cursor(self):
        import psycopg

        if self.raw.broken:
            self.raw = self._open()
        try:
            with self.raw.cursor() as cur:
                yield cur
        except psycopg.errors.InsufficientPrivilege as exc:
            from jianbao.store.pg_errors import refusal

            raise refusal(exc) from exc  # the role may not: the transaction rolls back, nothing changed
        except psycopg.OperationalError as exc:
            if not self.raw.broken:
                raise
            raise StoreError(f"与 PostgreSQL 资料库 {self._where} 的连接断开了（服务器重启或网络中断），这一步没有完成；"
                             "再操作一次时会重新连接", detail=_first_line(exc)) from exc

    def _writes(self, sql: str) -> None:
        table = written_table(sql)
        if table is not None:
            self.written.add(table)

    def execute(self, sql: str, params=()) -> _Cursor:
        self._writes(sql)
        with self._cursor() as cur:
            if params:
                cur.execute(translate(sql), _without_nul(params))
            else:
                cur.execute(sql)
            return _Cursor(cur.fetchall() if cur.description is not None else None, cur.rowcount)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            self._writes(sql)
            with self._cursor() as cur:
                cur.executemany(translate(sql), [_without_nul(row) for row in rows])

    def copy(self, statement: str, rows) -> None:
        """COPY … FROM STDIN of many rows (the fastest way PostgreSQL takes them)."""
        with self._cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(_without_nul(row))

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return not self.raw.broken and self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


class PgStoreBase:
    """A connection to one PostgreSQL database, migrated to the current schema."""

    engine = "postgresql"
    _NULLS = {"ASC": " NULLS FIRST", "DESC": " NULLS LAST"}  # SQLite's order: NULL below every value

    def __init__(self, url: str, *, read_only: bool = False, password: str | None = None,
                 author: str | None = None) -> None:
        self.url = url
        self.editor = shown_name(author)  # shown to the other editors (store/live.py); '' = the login role
        self.path = None  # no file: backups, checkpoints and file checks do not apply
        self.read_only = read_only
        self.immutable = False
        self._password = password  # kept for reconnecting; None: the URL's, PGPASSWORD or ~/.pgpass
        self.conn = self._connect()
        self._refs: dict[tuple[str, str], int] = {}
        try:
            # Who makes revisions here: the server's login role (its triggers hold every row to it).
            self.author, schema = self.conn.execute("SELECT session_user, current_schema()").fetchone()
            if schema is None:  # no schema of the search path exists or may be used by this account
                from jianbao.store.pg_errors import NO_ACCESS

                raise PermissionDeniedError(NO_ACCESS, detail=str(self))
            self._migrate()
        except Exception:
            self.conn.close()
            raise

    def __str__(self) -> str:
        return display_url(self.url)

    def _connect(self) -> PgConnection:
        return PgConnection(self._open_raw, display_url(self.url))

    def _open_raw(self):
        import psycopg

        from jianbao.store.pg_errors import connect_failure

        extra = {"password": self._password} if self._password is not None else {}
        try:
            # The URL's own parameters hold: sslmode=require refuses a server without SSL, and so on.
            raw = psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                  application_name=application_name(self.editor), **extra)
        except psycopg.Error as exc:
            raise connect_failure(exc, display_url(self.url)) from exc
        raw.adapters.register_dumper(bool, _bool_as_integer(psycopg))
        # No server-side prepared statements: after five runs PostgreSQL may keep one generic plan, blind to
        # how common the searched bigram is (a search then took seconds instead of milliseconds).
        raw.prepare_threshold = None
        if self.read_only:
            raw.execute("SET default_transaction_read_only = on")
        if hasattr(self, "conn"):  # a reconnect
            self._take_presence_again(raw)
        return raw

    @property
    def version(self) -> int:
        row = self.conn.execute("SELECT to_regclass('jianbao_schema') IS NOT NULL").fetchone()
        if not row[0]:
            return 0
        return int(self.conn.execute("SELECT coalesce(max(version), 0) FROM jianbao_schema").fetchone()[0])

    def _migrate(self) -> None:
        from jianbao.store import pg_errors, pg_roles

        try:
            migrated = self._migrate_steps()
        except PermissionDeniedError as exc:
            raise StoreError(pg_errors.UPGRADE, detail=f"{self}: {exc.detail}") from exc
        if migrated:
            with self.transaction():  # the tables a step added get their grants
                pg_roles.grant(self.conn)

    def _migrate_steps(self) -> bool:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(f"资料库 {self} 来自更新版本的 Jianbao（结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
                             "请升级 Jianbao 后再打开；本程序不会改动它")
        if version == SCHEMA_VERSION:
            return False
        if self.read_only:
            raise StoreError(f"资料库 {self} 为只读，且需要建立或升级结构，无法打开")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                self.conn.execute("CREATE TABLE IF NOT EXISTS jianbao_schema (version INTEGER PRIMARY KEY)")
                if self.version > number:  # another client migrated it while we waited for the lock
                    continue
                MIGRATIONS[number](self.conn)
                self.conn.execute("INSERT INTO jianbao_schema(version) VALUES (?)", (number + 1,))
        return True

    # -- writing -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """One write transaction (nested calls join the outer one); rolls back on any error."""
        import psycopg

        if self.read_only:
            raise StoreError("资料库以只读方式打开，不能保存修改")
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN")
            self.conn.written.clear()
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        except psycopg.Error as exc:
            self._rollback()
            raise StoreError("无法写入 PostgreSQL 资料库", detail=_first_line(exc)) from exc
        try:
            yield self.conn
        except psycopg.Error as exc:
            self._rollback()
            raise StoreError("保存失败，没有做任何修改", detail=_first_line(exc)) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self._before_commit()
            self.conn.execute("COMMIT")
        except psycopg.Error as exc:
            self._rollback()
            raise StoreError("保存失败（与资料库的连接出错），没有做任何修改", detail=_first_line(exc)) from exc
        except StoreError:
            self._rollback()
            raise
        self.conn.total_changes += 1
        self._after_commit()

    def _after_commit(self) -> None:
        """Work that follows an outermost commit, outside any transaction (see the search index mixins)."""

    # Hooks of the news told to other desks (store/live.py SharedDesk).
    def _before_commit(self) -> None:
        """Last statements of a write transaction that is about to commit."""

    def _forget_changes(self) -> None:
        """A transaction rolled back: nothing it did is news."""

    def _take_presence_again(self, raw) -> None:
        """A new connection replaces a dropped one."""

    def _rollback(self) -> None:
        import psycopg

        self._refs.clear()
        self._forget_changes()
        if self.conn.in_transaction:
            with contextlib.suppress(psycopg.Error, StoreError):  # a dropped connection has rolled back
                self.conn.execute("ROLLBACK")

    # -- backups: pg_dump's, kept in the user's data folder ------------------------------
    def backup(self, reason: str = "manual", *, rotate: bool = True, **_kw) -> Path:
        """A pg_dump (custom format) of this store's schema, rotated by kind like a file's backups."""
        from jianbao.store.pg_backup import dump

        return dump(self, reason, rotate=rotate)

    def backups(self) -> list[Path]:
        from jianbao.store.backups import list_backups
        from jianbao.store.pg_backup import anchor

        return list_backups(anchor(self))

    def integrity_ok(self) -> bool:
        return self.conn.execute("SELECT 1").fetchone()[0] == 1

    def close(self) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):
            self.conn.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
