"""News between the desks of a shared store: a NOTIFY for every committed write, a listener, who edits what.

On PostgreSQL a write transaction that changes anything another window shows sends one NOTIFY on the store's
channel from inside the transaction: it is delivered only if the transaction commits, in commit order. What
changed is gathered twice over: the tables the statements write (so no write is ever left out) and the ids the
store's operations name (so windows re-read only those rows); a kind written without ids reads as "all of it".

Who edits what needs no table: an editor's connection holds a shared session-level advisory lock per open
article, and the others read pg_locks beside pg_stat_activity, whose application_name carries the editor's
name. A client that dies loses its connection and with it its locks. SQLite has one desk (SingleDesk).
"""
from __future__ import annotations

import contextlib
import functools
import json
import re
import secrets
import zlib
from collections.abc import Iterable
from urllib.parse import quote, unquote

from jianbao.errors import StoreError
from jianbao.models import ArticleId, BulletinId, Changed, IssueId, RemoteChange

APP = "jianbao"  # application_name: "jianbao <name percent-encoded>" (PostgreSQL keeps printable ASCII only)
MAX_IDS = 200  # ids listed per kind; more read as "all" (a NOTIFY payload must stay under 8,000 bytes)

# What a table's rows are to the windows. Tables not here change nothing another window shows: drafts are
# their writer's own, the search index follows the articles, split corrections feed the segmenter.
KINDS = {
    "articles": ("articles",), "article_units": ("articles",), "article_people": ("articles",),
    "revisions": ("articles",), "bulletins": ("bulletins",), "issues": ("issues",), "issue_articles": ("issues",),
    "categories": ("taxonomy",), "units": ("taxonomy",), "people": ("people", "taxonomy"), "terms": ("terms",),
    "submissions": ("submissions",),
}
_ID_KINDS = ("articles", "bulletins", "issues")
_WRITE = re.compile(r"\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def written_table(sql: str) -> str | None:
    """The table a statement writes (INSERT, UPDATE, DELETE), lower case; None for any other statement."""
    found = _WRITE.match(sql)
    return found[1].lower() if found else None


def shown_name(author: str | None) -> str:
    """The name the other editors see: the one given (the preferences'), else $JIANBAO_EDITOR, else '' (then
    the readers show the login role, the name the server signs this editor's revisions with)."""
    import os

    return (author or os.environ.get("JIANBAO_EDITOR", "")).strip()


def application_name(editor: str) -> str:
    return f"{APP} {quote(editor)}"[:63] if editor else APP


def editor_of(application: str | None, role: str | None) -> str:
    """The name an editor gave (in application_name), else the database role they logged in as."""
    if application and application.startswith(APP + " "):
        return unquote(application[len(APP) + 1:])
    return role or ""


def payload(session: str, editor: str, tables: Iterable[str], notes: dict[str, set | None]) -> str | None:
    """The NOTIFY text for a transaction that wrote `tables` and named `notes` (kind: ids, None for all);
    None when nothing another window shows changed."""
    kinds: dict[str, set | None] = {}
    for table in tables:
        for kind in KINDS.get(table, ()):
            kinds[kind] = None  # written: all of it, unless the operation named its rows
    kinds.update(notes)
    if not kinds:
        return None
    news: dict[str, object] = {"by": session, "editor": editor}
    for kind, ids in kinds.items():
        news[kind] = (sorted(ids) if ids is not None and len(ids) <= MAX_IDS else "all") if kind in _ID_KINDS else 1
    return json.dumps(news, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> tuple[str, RemoteChange] | None:
    """(sender's session, what changed) from a NOTIFY payload; None when it is not ours to read."""
    try:
        news = json.loads(text)
    except ValueError:
        return None
    if not isinstance(news, dict):
        return None
    everything = any(news.get(kind) == "all" for kind in _ID_KINDS)

    def ids(kind: str, cast) -> tuple:
        value = news.get(kind)
        return tuple(cast(int(i)) for i in value) if isinstance(value, list) else ()

    changed = Changed(articles=ids("articles", ArticleId), bulletins=ids("bulletins", BulletinId),
                      issues=ids("issues", IssueId), taxonomy=bool(news.get("taxonomy")), terms=bool(news.get("terms")),
                      people=bool(news.get("people")), submissions=bool(news.get("submissions")))
    return str(news.get("by", "")), RemoteChange(changed, editor=str(news.get("editor", "")), everything=everything,
                                                 presence=ids("presence", ArticleId))


class ChangeListener:
    """A connection of its own LISTENing to the store's channel. `fileno()` becomes readable when news may
    have come (a GUI watches it: no polling); `changes()` then returns what others committed, never blocking.
    Raises StoreError when the connection was lost (news may have been missed: listen again, reload)."""

    def __init__(self, url: str, channel: str, session: str) -> None:
        import psycopg
        from psycopg import sql

        self._session = session
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name=f"{APP} listener")
            self._conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except psycopg.Error as exc:
            raise StoreError("无法接收其他编辑的修改通知", detail=str(exc).strip()) from exc

    def fileno(self) -> int:
        return self._conn.fileno()

    def changes(self) -> list[RemoteChange]:
        import psycopg

        try:
            notes = list(self._conn.notifies(timeout=0))
        except psycopg.Error as exc:
            raise StoreError("与资料库的通知连接断开了", detail=str(exc).strip()) from exc
        out = []
        for note in notes:
            news = decode(note.payload)
            if news is not None and news[0] != self._session:
                out.append(news[1])
        return out

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()


class SingleDesk:
    """SQLite: one desk at a time, so nobody to tell and nobody to see."""

    def _note_change(self, kind: str, ids: Iterable[int] | None = None) -> None:
        """Changes are told only on a shared store."""

    def listen(self) -> ChangeListener | None:
        return None

    def hold_article(self, article_id: ArticleId | None) -> None:
        """Only a shared store shows who edits what."""

    def presence(self) -> dict[ArticleId, tuple[str, ...]]:
        return {}


class SharedDesk:
    """PostgreSQL: tells every committed change, shows who has which article open (see the module's text)."""

    url: str
    conn: object
    author: str
    editor = ""

    @functools.cached_property
    def session(self) -> str:
        """This store's id in its notifications (its windows ignore their own)."""
        return secrets.token_hex(6)

    @functools.cached_property
    def channel(self) -> str:
        """The NOTIFY channel: one per schema (an office may keep several stores in one database)."""
        return f"{APP}_{self.conn.execute('SELECT current_schema()').fetchone()[0]}"[:63]

    @functools.cached_property
    def _presence_key(self) -> int:
        """The first key of the presence locks: the schema's, as channels are (advisory locks are per database)."""
        return zlib.crc32(self.channel.encode("utf-8")) & 0x7FFFFFFF

    # -- telling -----------------------------------------------------------------------
    def _note_change(self, kind: str, ids: Iterable[int] | None = None) -> None:
        """The current transaction changes these rows of a kind (None: rows it cannot name). Named ids must be
        every row of the kind the transaction writes: they replace the "all of it" its statements imply."""
        notes = self.__dict__.setdefault("_notes", {})
        if ids is None or notes.get(kind, set()) is None:
            notes[kind] = None
        else:
            notes.setdefault(kind, set()).update(int(i) for i in ids)

    def _before_commit(self) -> None:
        """Send what the transaction changed (inside it: the news goes out only if it commits)."""
        text = payload(self.session, self._told_name, self.conn.written, self.__dict__.pop("_notes", {}))
        if text is not None:
            self.conn.execute("SELECT pg_notify(?, ?)", (self.channel, text))

    def _forget_changes(self) -> None:
        self.__dict__.pop("_notes", None)

    @property
    def _told_name(self) -> str:
        return self.editor or self.author  # the author: the login role (store/postgres.py)

    def listen(self) -> ChangeListener:
        # A server restart dropped this store's connection too: its first statement would fail (so that no
        # operation is ever replayed). An idempotent one takes that failure here, and the store connects
        # again, before the refresh that follows a new listener reads anything.
        try:
            self.conn.execute("SELECT 1")
        except StoreError:
            self.conn.execute("SELECT 1")
        return ChangeListener(self.url, self.channel, self.session)

    # -- presence ----------------------------------------------------------------------
    _holding: ArticleId | None = None

    def hold_article(self, article_id: ArticleId | None) -> None:
        """Show the others that this editor has the article open (None: none); they are told."""
        before = self._holding
        if article_id == before:
            return
        if before is not None:
            self.conn.execute("SELECT pg_advisory_unlock_shared(?, ?)", (self._presence_key, int(before)))
        if article_id is not None:
            self.conn.execute("SELECT pg_advisory_lock_shared(?, ?)", (self._presence_key, int(article_id)))
        self._holding = article_id
        moved = [int(i) for i in (before, article_id) if i is not None]
        self.conn.execute("SELECT pg_notify(?, ?)", (self.channel, json.dumps(
            {"by": self.session, "editor": self._told_name, "presence": moved}, ensure_ascii=False)))

    def show_as(self, name: str) -> None:
        """The name the other editors see from now on (this connection's application_name, and a reconnect's)."""
        self.editor = shown_name(name)
        self.conn.execute("SELECT set_config('application_name', ?, false)", (application_name(self.editor),))

    def _take_presence_again(self, raw) -> None:
        """After a reconnect: the new connection holds the open article again (the old one's locks went with it)."""
        if self._holding is not None:
            raw.execute("SELECT pg_advisory_lock_shared(%s, %s)", (self._presence_key, int(self._holding)))

    def close(self) -> None:
        """Leave the open article first, so the others are told (a dropped connection tells nobody, and is not
        opened again only to say so: the server let go of its locks with it)."""
        if self._holding is not None and not self.conn.raw.broken:
            with contextlib.suppress(Exception):
                self.hold_article(None)
        super().close()  # type: ignore[misc]

    def presence(self) -> dict[ArticleId, tuple[str, ...]]:
        """The articles other editors have open, with their names (this desk's own are left out)."""
        rows = self.conn.execute(
            "SELECT l.objid::bigint, a.application_name, a.usename FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = ?::bigint::oid AND l.objsubid = 2 AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.pid <> pg_backend_pid() ORDER BY a.backend_start", (self._presence_key,)).fetchall()
        out: dict[ArticleId, list[str]] = {}
        for article_id, application, role in rows:
            names = out.setdefault(ArticleId(int(article_id)), [])
            name = editor_of(application, role)
            if name not in names:
                names.append(name)
        return {k: tuple(v) for k, v in out.items()}
