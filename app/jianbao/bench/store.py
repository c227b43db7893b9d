"""`python -m jianbao.bench store --articles N`: import rate, search latency against a LIKE scan, list first paint.

`--backend postgresql --store postgresql://…` measures the same on a PostgreSQL database (which must be
empty: the bench fills it) beside SQLite in the same run.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from jianbao.models import ArticleDraft, SplitResult
from jianbao.paths import sample_path

LIST_PAGE = 200  # rows the article list reads first (gui/list_model.py PAGE; the bench imports no Qt)


def sentences() -> list[str]:
    """The sample's sentences in both scripts."""
    import opencc

    text = sample_path().read_text("utf-8")
    traditional = [s + "。" for s in re.split(r"。", text.replace("\n", "")) if len(s) > 8]
    to_s = opencc.OpenCC("t2s")
    return traditional + [to_s.convert(s) for s in traditional]


def synthetic_articles(n: int, seed: int = 7) -> list[ArticleDraft]:
    rng = random.Random(seed)
    pool = sentences()
    out = []
    for _ in range(n):
        body = "\n".join("".join(rng.sample(pool, rng.randint(1, 3))) for _ in range(rng.randint(2, 4)))
        title = rng.choice(pool)[:rng.randint(10, 24)]
        out.append(ArticleDraft(title=title, body=body, category=None, units=(rng.choice(("开发区经济发展部", "向阳街道办事处", "集团公司")),)))
    return out


def build_store(path: Path | str, n: int, batch: int = 100, *, first: int = 0, split: dict | None = None) -> float:
    """Fill a store with n synthetic articles, a bulletin of `batch` per transaction, and bring the search
    index up to date (unless `first`: articles added to a store the bench built); returns seconds, of which
    the index's catch-ups took split["index"] when a dict is given."""
    from jianbao.store import open_store

    drafts = synthetic_articles(n, seed=7 + first)  # made before the clock starts: only the import is timed
    started = time.perf_counter()
    with open_store(path) as store:
        indexing = _time_catch_ups(store)
        for k in range(0, n, batch):
            chunk = tuple(drafts[k : k + batch])
            result = SplitResult(source=f"bench-{first + k}", sha256=f"bench-{first + k}", encoding="utf-8",
                                 script="s", text="", clean_text="", cleaning=(), articles=chunk)
            store.add_bulletin(result)
        if not first:
            store.index_pending()  # the rate counts every article imported and indexed
    if split is not None:
        split["index"] = indexing[0]
    return time.perf_counter() - started


def _time_catch_ups(store) -> list[float]:
    """Wrap the store's index catch-up (called by imports and at the end) to sum its seconds."""
    spent = [0.0]
    catch_up = store.index_pending

    def timed() -> int:
        t0 = time.perf_counter()
        try:
            return catch_up()
        finally:
            spent[0] += time.perf_counter() - t0

    store.index_pending = timed
    return spent


def queries(path: Path | str, count: int, seed: int = 11) -> list[str]:
    from jianbao.store import open_store

    rng = random.Random(seed)
    out = []
    with open_store(path, read_only=True) as store:
        top = store.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        while len(out) < count:
            row = store.conn.execute("SELECT body FROM articles WHERE id = ?", (rng.randint(1, top),)).fetchone()
            body = re.sub(r"[^\u4e00-\u9fff]", "", row[0])
            size = rng.randint(2, 4)
            if len(body) > size:
                at = rng.randrange(len(body) - size)
                out.append(body[at : at + size])
    return out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench store")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="postgresql: measure the database given by --store too, beside SQLite")
    parser.add_argument("--store", help="postgresql://… of an empty database (with --backend postgresql)")
    args = parser.parse_args(argv)
    if args.backend == "postgresql" and not (args.store or "").startswith(("postgresql://", "postgres://")):
        parser.error("--backend postgresql needs --store postgresql://user@host:port/db (an empty database)")

    with tempfile.TemporaryDirectory() as tmp:
        print(f"articles: {args.articles} articles")
        sqlite = measure(Path(tmp) / "bench.db", args, "")
        if args.backend == "postgresql":
            from jianbao.store import open_store

            with open_store(args.store) as store:
                if store.count_articles():
                    parser.error("the PostgreSQL database is not empty: the bench needs an empty one to fill")
            pg = measure(args.store, args, "postgresql_")
            print("ratio below: PostgreSQL search p95 / SQLite search p95 (the same articles and queries)")
            print(f"ratio: {pg['search_p95'] / max(sqlite['search_p95'], 1e-6):.2f}x")
        else:
            print("ratio below: LIKE scan p95 / indexed search p95 (higher is better; target >= 20x)")
            print(f"ratio: {sqlite['like_p95'] / max(sqlite['search_p95'], 1e-6):.2f}x")
    return 0


def measure(location: Path | str, args: argparse.Namespace, prefix: str) -> dict[str, float]:
    """Fill one store and print its figures (names prefixed by the engine, but for SQLite's)."""
    from jianbao.store import open_store
    from jianbao.store.indexing import INDEX_BATCH

    split: dict[str, float] = {}
    seconds = build_store(location, args.articles, split=split)
    indexing = split["index"]
    print(f"{prefix}import_rate: {args.articles / seconds:.0f} articles/s (imported and indexed, {seconds:.1f} s)")
    print(f"{prefix}import_seconds: {seconds - indexing:.1f} s (articles and their units)")
    print(f"{prefix}index_catch_up_seconds: {indexing:.1f} s (search index, in batches of {INDEX_BATCH})")
    qs = queries(location, args.queries)
    fts, like = timings(location, qs)
    paint = first_paint(location)
    # The worst moment for a search: the most articles the index can lag behind, scanned.
    build_store(location, INDEX_BATCH - 1, first=args.articles)
    with open_store(location) as store:
        waiting = store.pending_index()
    tail, _ = timings(location, qs, like=False)
    print(f"{prefix}search_p50: {statistics.median(fts):.2f} ms")
    print(f"{prefix}search_p95: {percentile(fts, 95):.2f} ms")
    print(f"{prefix}search_p95_waiting: {percentile(tail, 95):.2f} ms (with {waiting} articles not yet indexed)")
    print(f"{prefix}like_scan_p50: {statistics.median(like):.2f} ms")
    print(f"{prefix}like_scan_p95: {percentile(like, 95):.2f} ms")
    print(f"{prefix}list_first_paint_p95: {percentile(paint, 95):.2f} ms (first page of the list and its count)")
    return {"search_p95": percentile(fts, 95), "like_p95": percentile(like, 95)}


def first_paint(location: Path | str, runs: int = 20) -> list[float]:
    """Milliseconds to read what the article list shows first: its first page, newest first, and the count."""
    from jianbao.store import open_store

    out = []
    with open_store(location, read_only=True) as store:
        for _ in range(runs):
            t0 = time.perf_counter()
            store.list_articles(order="id", descending=True, limit=LIST_PAGE)
            store.count_articles()
            out.append((time.perf_counter() - t0) * 1000)
    return out


def timings(path: Path | str, qs: list[str], *, like: bool = True) -> tuple[list[float], list[float]]:
    """Milliseconds of each query through the store's search and, when asked, as a plain LIKE scan."""
    from jianbao.store import open_store

    fts, scan = [], []
    with open_store(path) as store:
        for q in qs:
            t0 = time.perf_counter()
            store.search(q, limit=100)
            fts.append((time.perf_counter() - t0) * 1000)
            if like:
                t0 = time.perf_counter()
                store.conn.execute(
                    "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ? ORDER BY id DESC LIMIT 100",
                    (f"%{q}%", f"%{q}%"),
                ).fetchall()
                scan.append((time.perf_counter() - t0) * 1000)
    return fts, scan
