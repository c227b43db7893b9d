"""`python -m jianbao.bench store --articles N`: import rate and search latency against a LIKE scan."""
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


def build_store(path: Path, n: int, batch: int = 100, *, first: int = 0, split: dict | None = None) -> float:
    """Fill a store with n synthetic articles, a bulletin of `batch` per transaction, and bring the search
    index up to date (unless `first`: articles added to a store the bench built); returns seconds, of which
    the index's catch-ups took split["index"] when a dict is given."""
    from jianbao.store import Store

    drafts = synthetic_articles(n, seed=7 + first)  # made before the clock starts: only the import is timed
    started = time.perf_counter()
    with Store(path) as store:
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


def queries(path: Path, count: int, seed: int = 11) -> list[str]:
    import sqlite3

    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    top = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    out = []
    while len(out) < count:
        row = conn.execute("SELECT body FROM articles WHERE id = ?", (rng.randint(1, top),)).fetchone()
        body = re.sub(r"[^\u4e00-\u9fff]", "", row[0])
        size = rng.randint(2, 4)
        if len(body) > size:
            at = rng.randrange(len(body) - size)
            out.append(body[at : at + size])
    conn.close()
    return out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench store")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    from jianbao.store import Store
    from jianbao.store.indexing import INDEX_BATCH

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        split: dict[str, float] = {}
        seconds = build_store(path, args.articles, split=split)
        indexing = split["index"]
        print(f"articles: {args.articles} articles")
        print(f"import_rate: {args.articles / seconds:.0f} articles/s (imported and indexed, {seconds:.1f} s)")
        print(f"import_seconds: {seconds - indexing:.1f} s (articles and their units)")
        print(f"index_catch_up_seconds: {indexing:.1f} s (search index, in batches of {INDEX_BATCH})")
        qs = queries(path, args.queries)
        fts, like = timings(path, qs)
        # The worst moment for a search: the most articles the index can lag behind, scanned.
        build_store(path, INDEX_BATCH - 1, first=args.articles)
        with Store(path) as store:
            waiting = store.pending_index()
        tail, _ = timings(path, qs, like=False)
        print(f"search_p50: {statistics.median(fts):.2f} ms")
        print(f"search_p95: {percentile(fts, 95):.2f} ms")
        print(f"search_p95_waiting: {percentile(tail, 95):.2f} ms (with {waiting} articles not yet indexed)")
        print(f"like_scan_p50: {statistics.median(like):.2f} ms")
        print(f"like_scan_p95: {percentile(like, 95):.2f} ms")
        print("ratio below: LIKE scan p95 / indexed search p95 (higher is better; target >= 20x)")
        print(f"ratio: {percentile(like, 95) / max(percentile(fts, 95), 1e-6):.2f}x")
    return 0


def timings(path: Path, qs: list[str], *, like: bool = True) -> tuple[list[float], list[float]]:
    """Milliseconds of each query through the store's search and, when asked, as a plain LIKE scan."""
    from jianbao.store import Store

    fts, scan = [], []
    with Store(path) as store:
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
