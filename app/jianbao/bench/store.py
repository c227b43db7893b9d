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


def build_store(path: Path, n: int, batch: int = 100) -> float:
    """Fill a store with n synthetic articles, a bulletin of `batch` per transaction; returns seconds."""
    from jianbao.store import Store

    drafts = synthetic_articles(n)  # made before the clock starts: only the import is timed
    started = time.perf_counter()
    with Store(path) as store:
        for k in range(0, n, batch):
            chunk = tuple(drafts[k : k + batch])
            result = SplitResult(source=f"bench-{k}", sha256=f"bench-{k}", encoding="utf-8", script="s", text="",
                                 clean_text="", cleaning=(), articles=chunk)
            store.add_bulletin(result)
    return time.perf_counter() - started


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

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        seconds = build_store(path, args.articles)
        print(f"articles: {args.articles} articles")
        print(f"import_rate: {args.articles / seconds:.0f} articles/s")
        qs = queries(path, args.queries)
        with Store(path) as store:
            fts, like = [], []
            for q in qs:
                t0 = time.perf_counter()
                store.search(q, limit=100)
                fts.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                store.conn.execute(
                    "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ? ORDER BY id DESC LIMIT 100",
                    (f"%{q}%", f"%{q}%"),
                ).fetchall()
                like.append((time.perf_counter() - t0) * 1000)
        print(f"search_p50: {statistics.median(fts):.2f} ms")
        print(f"search_p95: {percentile(fts, 95):.2f} ms")
        print(f"like_scan_p50: {statistics.median(like):.2f} ms")
        print(f"like_scan_p95: {percentile(like, 95):.2f} ms")
        print("ratio below: LIKE scan p95 / indexed search p95 (higher is better; target >= 20x)")
        print(f"ratio: {percentile(like, 95) / max(percentile(fts, 95), 1e-6):.2f}x")
    return 0
