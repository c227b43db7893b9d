"""Search on PostgreSQL: the GIN index's candidates newest first, confirmed on the text a window at a time.

SQLite reads its FTS index in rowid order and stops once it has enough hits. PostgreSQL's planner cannot
know how common a bigram is when it plans one query over index and text together, and guessed wrong both
ways (every row read for a bigram in no article; every candidate's text checked for a common one: 0.2-2 s
at 100,000 articles). So the newest articles' words are read first (the probe), which settles a common
query and measures how common it is; the GIN index alone (jb_candidates in store/pg_schema.py) is then asked
for the rest, in one call when few articles can hold the words, else over ranges of ids sized by that
measure; only the candidates' texts are checked.
"""
from __future__ import annotations

from collections.abc import Iterator

from jianbao.store.articles import _contains
from jianbao.store.indexing import WATERMARK, array_literal
from jianbao.store.search import index_is_exact, needle

WINDOW = 2  # candidates per hit wanted: most candidates of a query are hits
PROBE = 400  # newest articles whose words are read directly before the GIN index is asked
AT_ONCE = 600  # expected candidates below the probe up to which the GIN index is asked for all at once (a row read costs ~4 µs)

# The probe, with the watermark and the newest id read in the same snapshot (see search_words).
_PROBE = (f"SELECT {WATERMARK}, (SELECT max(id) FROM articles), "
          "coalesce(array_agg(article_id ORDER BY article_id DESC) FILTER (WHERE hit), '{}'), count(*), "
          "min(article_id) FROM (SELECT article_id, words @> ?::integer[] AS hit FROM article_words "
          "ORDER BY article_id DESC LIMIT ?) AS newest")


def search_words(conn, query: str, words: list[str], limit: int) -> list[int]:
    """Ids of the newest `limit` articles containing the query (which has index words), newest first.

    The watermark is read with the probe, and every article above it (waiting for the index) is scanned:
    one indexed meanwhile is found by both and counted once, never by neither, as the watermark only grows."""
    wanted = array_literal("  ".join(words))
    mark, top, newest, probed, floor = conn.execute(_PROBE, (wanted, PROBE)).fetchone()
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
    fourfold), so a common bigram reads only the pages of the newest range."""
    for start in range(0, len(newest), window):
        yield newest[start:start + window]
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
        for start in range(0, len(found), window):
            yield found[start:start + window]
        return
    while ceiling > 0:
        start = max(ceiling - span, 0)
        found = _gin(conn, wanted, ceiling, start, window)
        if found:
            yield found
        # A full window may leave more in its range: go on below its last id.
        ceiling, span = (found[-1], span) if len(found) == window else (start, span * 4)


def _gin(conn, wanted: str, below: int, start: int, n: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT * FROM jb_candidates(?::integer[], ?, ?, ?)", (wanted, below, start, n))]
