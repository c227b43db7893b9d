"""A second Jianbao process for the concurrency tests: `python worker.py MODE STORE ARGS...`; prints JSON.

Modes: edit ARTICLE COUNT TAG [BARRIER WRITERS] (read-modify-write with retry on conflict; with a
barrier folder, start once WRITERS editors have opened the store), import COUNT TAG,
search SECONDS, hold SECONDS (keep a write transaction open), idle SECONDS, open (open and close).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for reliability.helpers

from reliability.helpers import open_desk  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "kaifaqu-digest-2024-01.txt"


def wait_for_writers(barrier: Path, writers: int, tag: str) -> None:
    """Start together: process start-up takes longer than a few dozen saves, so they would not overlap."""
    (barrier / tag).touch()
    deadline = time.monotonic() + 60
    while len(list(barrier.iterdir())) < writers and time.monotonic() < deadline:
        time.sleep(0.01)


def edit(desk, article_id: int, count: int, tag: str) -> dict:
    from jianbao.errors import ConflictError

    conflicts = 0
    for k in range(count):
        while True:
            article = desk.article(article_id)
            try:
                desk.edit_article(article_id, {"body": article.body + f"[{tag}{k}]"},
                                  expected_revision=article.revision)
                break
            except ConflictError:
                conflicts += 1
    return {"saved": count, "conflicts": conflicts}


def import_(desk, count: int, tag: str) -> dict:
    from jianbao.ingest import split_text

    text = SAMPLE.read_text("utf-8")
    ids = []
    for k in range(count):
        result = split_text(text.replace("陪同。", f"陪同（{tag}{k}）。", 1), source=f"{tag}{k}", classify=False)
        ids.append(desk.import_split(result).bulletin_id)
    return {"bulletins": ids}


def search(desk, seconds: float) -> dict:
    from jianbao.store import ArticleFilter

    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        desk.search("开发区")
        desk.list_articles(ArticleFilter(query="周童"))
        desk.count_articles()
        n += 1
    return {"searches": n}


def idle(desk, seconds: float) -> dict:
    """A window left open: the store open, nothing happening."""
    desk.count_articles()
    print(json.dumps({"ready": True}), flush=True)
    time.sleep(seconds)
    return {"idle": seconds}


def hold(desk, seconds: float) -> dict:
    with desk.store.transaction() as conn:
        conn.execute("INSERT INTO terms(word, kind) VALUES (?, 'protect')", (f"占用{time.time()}",))
        print(json.dumps({"holding": True}), flush=True)
        time.sleep(seconds)
    return {"held": seconds}


def main(argv: list[str]) -> int:
    mode, store = argv[0], (argv[1] if "://" in argv[1] else Path(argv[1]))  # a file, or a server's URL
    desk = open_desk(store)
    desk.auto_backups = False
    try:
        if mode == "edit":
            if len(argv) > 6:
                wait_for_writers(Path(argv[5]), int(argv[6]), argv[4])
            out = edit(desk, int(argv[2]), int(argv[3]), argv[4])
        elif mode == "import":
            out = import_(desk, int(argv[2]), argv[3])
        elif mode == "search":
            out = search(desk, float(argv[2]))
        elif mode == "hold":
            out = hold(desk, float(argv[2]))
        elif mode == "idle":
            out = idle(desk, float(argv[2]))
        else:
            out = {"opened": desk.count_articles()}
    finally:
        desk.close()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
