"""`python -m jianbao.bench classify --articles N`: how fast the category model follows an editor's change.

A store of N tagged articles (each made of one sample article's sentences, so categories mean
something) is built; then the first model build, the update after one editor change (the
desk's `retrain`, which the GUI runs in a worker after each change), and a rebuild from scratch
on the same data are timed. The issue asks for the update within a second at 10,000 articles.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from jianbao.models import ArticleDraft, SplitResult


def labelled_drafts(n: int, seed: int = 5) -> list[ArticleDraft]:
    """n drafts, each a shuffle of one tagged sample article's sentences (plus one stray), with its tag."""
    import re

    from jianbao.ingest import split_file
    from jianbao.paths import sample_path

    tagged = [a for a in split_file(sample_path(), classify=False).articles if a.category]
    pools = [[s + "。" for s in re.split("。", a.body.replace("\n", "")) if len(s) > 6] for a in tagged]
    everything = [s for pool in pools for s in pool]
    rng = random.Random(seed)
    out = []
    for k in range(n):
        src = k % len(tagged)
        pool = pools[src]
        body = "".join(rng.sample(pool, max(1, min(len(pool), rng.randint(2, 5)))) + [rng.choice(everything)])
        out.append(ArticleDraft(title=tagged[src].title[: rng.randint(8, 30)], body=body, category=tagged[src].category,
                                category_source="tag", confidence=1.0))
    return out


def build_store(path: Path, n: int, batch: int = 200) -> float:
    from jianbao.store import Store

    drafts = labelled_drafts(n)
    started = time.perf_counter()
    with Store(path) as store:
        for k in range(0, n, batch):
            result = SplitResult(source=f"bench-{k}", sha256=f"classify-bench-{k}", encoding="utf-8", script="t",
                                 text="", clean_text="", cleaning=(), articles=tuple(drafts[k:k + batch]))
            store.add_bulletin(result)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench classify")
    parser.add_argument("--articles", type=int, default=10_000, help="labelled articles in the store (default 10000)")
    parser.add_argument("--edits", type=int, default=5, help="editor changes timed one by one (default 5)")
    args = parser.parse_args(argv)

    from jianbao.classify import features
    from jianbao.classify.model import CategoryModel, Example
    from jianbao.desk import Desk

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        print(f"store_build: {build_store(path, args.articles):.2f} s")
        with Desk(path) as desk:
            started = time.perf_counter()
            info = desk.retrain()
            print(f"first_build: {time.perf_counter() - started:.3f} s")
            print(f"examples: {info.examples} articles")
            rng = random.Random(3)
            names = [c.name for c in desk.categories()]
            ids = [aid for aid, _, _ in desk.store.labelled_index()]
            times = []
            for _ in range(args.edits):
                aid = rng.choice(ids)
                current = desk.article(aid).category
                desk.edit_article(aid, {"category": rng.choice([n for n in names if n != current])})
                started = time.perf_counter()
                info = desk.retrain([aid])
                times.append(time.perf_counter() - started)
                assert info.updated == 1 and not info.rebuilt
            update = statistics.median(times)
            print(f"update_after_edit_median: {update:.3f} s")
            print(f"update_after_edit_max: {max(times):.3f} s")

            # The peer: the same model trained from scratch on the same (already computed) feature rows.
            texts = desk.store.folded_leads(ids, chars=features.BODY_CHARS)
            index = {aid: cat for aid, _, cat in desk.store.labelled_index()}
            examples = [Example(aid, *texts[aid], index[aid]) for aid in ids]
            matrix = features.rows([(e.title, e.body) for e in examples])
            started = time.perf_counter()
            fresh = CategoryModel(desk.categories())
            fresh.put_rows(examples, matrix)
            fresh.fit()
            rebuild = time.perf_counter() - started
            print(f"refit_from_scratch: {rebuild:.3f} s")

            drafts = labelled_drafts(20, seed=99)
            started = time.perf_counter()
            desk.category_model().predict([features.folded(d.title, d.body) for d in drafts])
            print(f"predict_20_drafts: {time.perf_counter() - started:.3f} s")
    print("update after one edit / refit from scratch:")
    print(f"ratio: {update / rebuild:.2f}x")
    return 0
