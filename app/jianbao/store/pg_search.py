"""Search on PostgreSQL: the GIN index's candidates newest first, confirmed on the text a window at a time.

SQLite reads its FTS index in rowid order and stops once it has enough hits. PostgreSQL's planner cannot
know how common a bigram is when it plans one query over index and text together, and guessed wrong both
ways (every row read for a bigram in no article; every candidate's text checked for a common one: 0.2-2 s
at 100,000 articles). So the GIN index alone is asked for the newest candidates (jb_candidates in
store/pg_schema.py), and only those are checked.
"""
from __future__ import annotations

from jianbao.store.articles import _contains
from jianbao.store.indexing import WATERMARK, array_literal
from jianbao.store.search import index_is_exact, needle

WINDOW = 2  # candidates per hit wanted: most candidates of a query are hits
PROBE = 400  # newest articles whose words are read directly before the GIN index is asked
SPAN = 8192  # ids in the first range the GIN index is asked about


def search_words(conn, query: str, words: list[str], limit: int) -> list[int]:
    """Ids of the newest `limit` articles containing the query (which has index words), newest first.

    Waiting articles (above the watermark, not in the index) are scanned first: one indexed between the
    two reads is then found by both and counted once, never by neither, as the watermark only grows."""
    mark, top = conn.execute(f"SELECT {WATERMARK}, (SELECT max(id) FROM articles)").fetchone()
    found: set[int] = set()
    if top is not None and top > mark:  # articles wait for the index: scan them
        scan, scan_checks = _contains(query, likely=False)
        found.update(r[0] for r in conn.execute(f"SELECT a.id FROM articles a WHERE a.id > ? AND {scan} "
                                                "ORDER BY 1 DESC LIMIT ?", (mark, *scan_checks, limit)))
    exact = index_is_exact(needle(query))
    contains, checks = _contains(query) if not exact else ("", [])
    wanted, below, hits = array_literal("  ".join(words)), None, []
    window = max(limit * WINDOW, 100)
    while len(hits) < limit:
        candidates = _candidates(conn, wanted, below, window if not exact else limit)
        if exact:
            hits += candidates  # the index holds exactly each article's bigrams: every candidate is a hit
            break
        if not candidates:
            break
        hits += [r[0] for r in conn.execute(f"SELECT a.id FROM articles a WHERE a.id = ANY(?::integer[]) AND {contains} "
                                            "ORDER BY 1 DESC", (candidates, *checks))]
        if len(candidates) < window:
            break
        below = candidates[-1]
    found.update(hits)
    return sorted(found, reverse=True)[:limit]


def _candidates(conn, wanted: str, below: int | None, n: int) -> list[int]:
    """The newest `n` articles (below an id) holding every word. The newest PROBE articles' words are read
    first, in id order: a common bigram (in half the articles, say) finds its `n` there, where the GIN
    index would list every article that has it. Then the GIN index, over ranges of ids growing fourfold
    from the newest: each reads only its range's pages (a bigram in a fifth of 100,000 articles: 15 ms for
    all of them, 4 ms for the newest 10,000), and a rare one soon spans the rest."""
    rows = conn.execute("SELECT article_id, words @> ?::integer[] FROM article_words WHERE article_id < ? "
                        "ORDER BY article_id DESC LIMIT ?", (wanted, below if below is not None else 2**31 - 1, PROBE)
                        ).fetchall()
    hits = [article_id for article_id, hit in rows if hit][:n]
    if len(hits) == n or len(rows) < PROBE:
        return hits
    ceiling, span = rows[-1][0], SPAN
    while len(hits) < n and ceiling > 0:
        start = max(ceiling - span, 0)
        hits += [r[0] for r in conn.execute("SELECT * FROM jb_candidates(?::integer[], ?, ?, ?)",
                                            (wanted, ceiling, start, n - len(hits)))]
        ceiling, span = start, span * 4
    return hits
