"""Search on PostgreSQL: the GIN index's candidates newest first, confirmed on the text a window at a time.

SQLite reads its FTS index in rowid order and stops once it has enough hits. PostgreSQL's planner cannot
know how common a bigram is when it plans one query over index and text together, and guessed wrong both
ways (every row read for a bigram in no article; every candidate's text checked for a common one: 0.2-2 s
at 100,000 articles). So the newest articles' words are read first (the probe), which settles a common
query and measures how common it is; the rest comes from the GIN index alone, in one call when few
articles can hold the words, else over ranges of ids sized by that measure (jb_candidates in
store/pg_schema.py), or, for very common words, from reading on down the newest articles; only the
candidates' texts are checked.
"""
from __future__ import annotations

from collections.abc import Iterator

from jianbao.store.articles import _contains
from jianbao.store.indexing import WATERMARK, array_literal
from jianbao.store.search import index_is_exact, needle

WINDOW = 2  # candidates per hit wanted: most candidates of a query are hits
PROBE = 400  # newest articles whose words are read directly before the GIN index is asked
AT_ONCE = 600  # expected candidates below the probe that the GIN index lists at once (~4 µs a row read)
SCAN_RATE = 0.2  # share of hits from which reading on down beats the GIN bitmap (~2.5 µs a row, ~0.3 µs a hit)

# A probe: the words of the newest articles below an id, read in id order (the primary key's index),
# checked on the server: the ids holding every word, how many were read, the lowest.
_SCAN = ("coalesce(array_agg(article_id ORDER BY article_id DESC) FILTER (WHERE hit), '{}'), count(*), "
         "min(article_id) FROM (SELECT article_id, words @> ?::integer[] AS hit FROM article_words "
         "WHERE article_id < ? ORDER BY article_id DESC LIMIT ?) AS newest")
# The first, with the watermark and the newest id read in the same snapshot (see search_words).
_PROBE = f"SELECT {WATERMARK}, (SELECT max(id) FROM articles), {_SCAN}"
BELOW_ALL = 2**31 - 1


def search_words(conn, query: str, words: list[str], limit: int) -> list[int]:
    """Ids of the newest `limit` articles containing the query (which has index words), newest first.

    The watermark is read with the probe, and every article above it (waiting for the index) is scanned:
    one indexed meanwhile is found by both and counted once, never by neither, as the watermark only grows."""
    wanted = array_literal("  ".join(words))
    mark, top, newest, probed, floor = conn.execute(_PROBE, (wanted, BELOW_ALL, PROBE)).fetchone()
    found: set[int] = set()
    if top is not None and top > mark:  # articles wait for the index: scan them
        scan, scan_checks = _contains(query, likely=False)
        found.update(r[0] for r in conn.execute(f"SELECT a.id FROM articles a WHERE a.id > ? AND {scan} "
                                                "ORDER BY 1 DESC LIMIT ?", (mark, *scan_checks, limit)))
    exact = index_is_exact(needle(query))
    contains, checks = _contains(query) if not exact else ("", [])
    window = limit if exact else max(limit * WINDOW, 100)
    hits: list[int] = []
    for candidates in _candidates(conn, wanted, list(newest), probed, floor, window):
        if exact:  # the index holds exactly each article's bigrams: every candidate is a hit
            hits += candidates
        else:
            hits += [r[0] for r in conn.execute(f"SELECT a.id FROM articles a WHERE a.id = ANY(?::integer[]) "
                                                f"AND {contains} ORDER BY 1 DESC", (candidates, *checks))]
        if len(hits) >= limit:
            break
    found.update(hits)
    return sorted(found, reverse=True)[:limit]


def _candidates(conn, wanted: str, newest: list[int], probed: int, floor: int | None,
                window: int) -> Iterator[list[int]]:
    """Articles holding every word, newest first, `window` at a time (the caller stops when it has enough).

    The probe's hits come first. Its share of hits tells how many articles below it may hold the words:
    few (a rare bigram: the usual case for a query of three or four characters), and the GIN index lists
    them all in one call; many, and it is asked over ranges of ids expected to hold a window each (growing
    fourfold), so a common bigram reads only the pages of the newest range; very common words (whose
    bitmap would be large) are found by reading on down the newest articles' words, as the probe does."""
    yield from _windows(newest, window)
    if probed < PROBE or not floor:
        return  # the probe read every indexed article
    rate = len(newest) / probed
    ceiling, span = floor, max(int(window / max(rate, 1e-9) * 1.5), window)
    if rate * ceiling <= AT_ONCE:
        # Planned with these values (no server-side prepared statements), for few rows, without an order
        # to tempt the planner into reading the ids backwards: the GIN index's bitmap, then the rows.
        found = sorted((r[0] for r in conn.execute(
            "SELECT article_id FROM article_words WHERE words @> ?::integer[] AND article_id < ?",
            (wanted, ceiling))), reverse=True)
        yield from _windows(found, window)
        return
    if rate >= SCAN_RATE:
        depth = int(window / rate * 1.5)
        while ceiling > 0:
            found, read, ceiling = conn.execute(f"SELECT {_SCAN}", (wanted, ceiling, depth)).fetchone()
            yield from _windows(found, window)
            if read < depth:
                return
    while ceiling > 0:
        start = max(ceiling - span, 0)
        found = _gin(conn, wanted, ceiling, start, window)
        if found:
            yield found
        # A full window may leave more in its range: go on below its last id.
        ceiling, span = (found[-1], span) if len(found) == window else (start, span * 4)


def _windows(ids: list[int], window: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), window):
        yield ids[start:start + window]


def _gin(conn, wanted: str, below: int, start: int, n: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT * FROM jb_candidates(?::integer[], ?, ?, ?)", (wanted, below, start, n))]
