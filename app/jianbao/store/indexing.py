"""The search index is written in large batches: articles above a watermark wait, and searches scan them.

Writing FTS5 entries for a bulletin's 100 articles in the bulletin's own transaction flushed a small
segment at every commit and merged it again and again: most of an import's time. So an import only
writes the articles; the index catches up in one transaction once INDEX_BATCH articles wait (or
when asked). Articles with an id above `search_state.indexed_upto` are not in the index, and every
search checks them by a scan of their text, so results are complete and exact at every moment,
before and after the catch-up. Ids only grow past the watermark.
"""
from __future__ import annotations

import contextlib
import sqlite3

from jianbao.errors import StoreError
from jianbao.store.search import index_texts

INDEX_BATCH = 1000  # waiting articles that make an import catch the index up (searches scan at most this many)
CHUNK = 5000  # articles read and indexed at a time during a catch-up (bounds memory)

WATERMARK = "(SELECT indexed_upto FROM search_state)"


def indexed_upto(conn: sqlite3.Connection) -> int:
    """Articles with an id up to this are in the FTS index; those above it are not."""
    return int(conn.execute("SELECT indexed_upto FROM search_state").fetchone()[0])


def next_article_id(conn: sqlite3.Connection) -> int:
    """The first free id above every article and the watermark (an id below it would count as indexed)."""
    return 1 + int(conn.execute(f"SELECT max(coalesce((SELECT max(id) FROM articles), 0), {WATERMARK})").fetchone()[0])


def index_pending(conn: sqlite3.Connection) -> int:
    """Index every article above the watermark and move it to the newest; returns how many were indexed.
    Runs inside the caller's transaction."""
    start = last = indexed_upto(conn)
    count = 0
    while True:
        rows = conn.execute("SELECT id, title || char(10) || body FROM articles WHERE id > ? "
                            "ORDER BY id LIMIT ?", (last, CHUNK)).fetchall()
        if not rows:
            break
        words = index_texts([text for _, text in rows])
        conn.executemany("INSERT INTO articles_fts(rowid, words) VALUES (?, ?)",
                         [(article_id, w) for (article_id, _), w in zip(rows, words) if w])
        last, count = rows[-1][0], count + len(rows)
    if last != start:
        conn.execute("UPDATE search_state SET indexed_upto = ?", (last,))
    return count


class SearchIndexMixin:
    conn: sqlite3.Connection
    _index_due = False  # articles were inserted: see whether the index should catch up after the commit

    def pending_index(self) -> int:
        """How many articles wait for the search index (searches find them by scanning)."""
        return int(self.conn.execute(f"SELECT count(*) FROM articles WHERE id > {WATERMARK}").fetchone()[0])

    def index_pending(self) -> int:
        """Bring the search index up to date in one transaction; returns how many articles it indexed."""
        with self.transaction():
            return index_pending(self.conn)

    def _after_commit(self) -> None:
        if self._index_due:
            self._index_due = False
            self._index_if_due()

    def _index_if_due(self) -> None:
        """After a commit that added articles (however deep the insert was nested): catch the index up when
        INDEX_BATCH articles wait. Outside any transaction only, so a failure here (busy, disk full) never
        undoes the write; the articles stay findable by scan."""
        if self.conn.in_transaction or self.read_only:
            return
        waiting = self.conn.execute(f"SELECT coalesce(max(id), 0) - {WATERMARK} FROM articles").fetchone()[0]
        if waiting >= INDEX_BATCH:
            with contextlib.suppress(StoreError):
                self.index_pending()
