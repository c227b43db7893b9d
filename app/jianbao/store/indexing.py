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

from jianbao.errors import StoreError
from jianbao.store.search import index_text, index_texts, word_codes

INDEX_BATCH = 1000  # waiting articles that make an import catch the index up (searches scan at most this many)
CHUNK = 5000  # articles read and indexed at a time during a catch-up (bounds memory)

WATERMARK = "(SELECT indexed_upto FROM search_state)"


def indexed_upto(conn) -> int:
    """Articles with an id up to this are in the FTS index; those above it are not."""
    return int(conn.execute("SELECT indexed_upto FROM search_state").fetchone()[0])


def next_article_id(conn) -> int:
    """The first free id above every article and the watermark (an id below it would count as indexed)."""
    top, mark = conn.execute(f"SELECT coalesce((SELECT max(id) FROM articles), 0), {WATERMARK}").fetchone()
    return 1 + max(int(top), int(mark))


def _on_postgres(conn) -> bool:
    return getattr(conn, "engine", "sqlite") == "postgresql"


def index_pending(conn) -> int:
    """Index every article above the watermark and move it to the newest; returns how many were indexed.
    Runs inside the caller's transaction."""
    start = last = indexed_upto(conn)
    count = 0
    while True:
        rows = conn.execute("SELECT id, title || ? || body FROM articles WHERE id > ? "
                            "ORDER BY id LIMIT ?", ("\n", last, CHUNK)).fetchall()
        if not rows:
            break
        words = index_texts([text for _, text in rows])
        _write_words(conn, [(article_id, w) for (article_id, _), w in zip(rows, words) if w], new=True)
        last, count = rows[-1][0], count + len(rows)
    if last != start:
        conn.execute("UPDATE search_state SET indexed_upto = ?", (last,))
    return count


# GIN keeps new entries in a pending list (up to 4 MB) that every search reads through: after a catch-up
# that cost 2-7 ms a search at 100,000 articles. A write made with the list's limit at its least flushes it
# into the index, by the writer, in its transaction (gin_clean_pending_list would need the index's owner).
_UPSERT_WORDS = ("INSERT INTO article_words(article_id, words) VALUES (?, ?::integer[]) "
                 "ON CONFLICT (article_id) DO UPDATE SET words = excluded.words")


def _write_words(conn, rows: list[tuple[int, str]], *, new: bool = False) -> None:
    """Add articles' index words: to the FTS5 table on SQLite, as a distinct array per article on PostgreSQL
    (where articles above the watermark, `new`, have no row yet: COPY writes them ~5x faster than INSERTs;
    the last row goes in after the pending list's limit is lowered, which flushes the list, see above)."""
    if _on_postgres(conn):
        arrays = [(article_id, array_literal(w)) for article_id, w in rows]
        if new and len(arrays) > 1:
            conn.copy("COPY article_words (article_id, words) FROM STDIN", arrays[:-1])
            arrays = arrays[-1:]
        conn.execute("SET LOCAL gin_pending_list_limit = 64")
        conn.executemany(_UPSERT_WORDS, arrays)
        conn.execute("SET LOCAL gin_pending_list_limit TO DEFAULT")  # the next COPY fills the list again
    else:
        conn.executemany("INSERT INTO articles_fts(rowid, words) VALUES (?, ?)", rows)


def array_literal(index_text: str) -> str:
    """The PostgreSQL integer[] literal of an index text's distinct bigrams (`word_codes`)."""
    return "{" + ",".join(map(str, word_codes(index_text).tolist())) + "}"


def reindex(conn, article_id: int, old_text: str, new_text: str) -> None:
    """Replace an indexed article's words (its text changed)."""
    if _on_postgres(conn):
        words = index_text(new_text)
        if words:
            _write_words(conn, [(article_id, words)])
        else:
            conn.execute("DELETE FROM article_words WHERE article_id = ?", (article_id,))
        return
    # A contentless index forgets a row by being told its words again: those of the stored text.
    conn.execute("INSERT INTO articles_fts(articles_fts, rowid, words) VALUES ('delete', ?, ?)",
                 (article_id, index_text(old_text)))
    conn.execute("INSERT INTO articles_fts(rowid, words) VALUES (?, ?)", (article_id, index_text(new_text)))


def index_hits(engine: str, words: list[str]) -> tuple[str, str, str, list]:
    """How to ask the index for the articles holding every one of these bigram words: the id column, the
    table (aliased f), the condition and its parameters."""
    if engine == "postgresql":
        return "f.article_id", "article_words f", "f.words @> ?::integer[]", [array_literal("  ".join(words))]
    # Words are made of [0-9a-z] only: safe inside quotes.
    return "f.rowid", "articles_fts f", "articles_fts MATCH ?", [" AND ".join(f'"{w}"' for w in words)]


class SearchIndexMixin:
    conn: object
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
