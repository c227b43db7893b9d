"""Background checkpoints: the store file catches up with the -wal without the writer, and closing stops it."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from jianbao.store import Store
from jianbao.store.checkpoint import AUTO_PAGES

ARTICLE = {"title": "周童调研重点项目建设", "body": "开发区党工委书记周童到德孝苑养老院调研。"}


def checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "jianbao-checkpoint"]


def in_main_file(path: Path) -> int:
    """Articles in the store file itself, ignoring the -wal (immutable: SQLite reads the bytes on disk).

    An immutable reader takes no lock, so it can catch a checkpoint halfway through copying pages and
    see a file that reads as malformed: that is this probe's view, not the store's; it reads again."""
    for _ in range(500):
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0]:
                return 0  # not even the schema has been copied yet
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.DatabaseError:
            time.sleep(0.02)
        finally:
            conn.close()
    raise AssertionError("the store file never read whole")


@pytest.mark.sqlite_only("checkpoints move SQLite's WAL into the file")
def test_commits_reach_the_store_file_in_the_background(store, store_path):
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == AUTO_PAGES
    assert checkpoint_threads() == []  # started by the first commit, not by opening
    for _ in range(3):
        store.add_article(ARTICLE)
    assert len(checkpoint_threads()) == 1
    deadline = time.monotonic() + 30
    while in_main_file(store_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert in_main_file(store_path) == 3  # the writer never checkpointed (AUTO_PAGES is far away)


def test_closing_stops_the_thread_and_removes_the_wal(store_path):
    s = Store(store_path)
    s.add_article(ARTICLE)
    s.close()
    assert checkpoint_threads() == []
    assert not Path(f"{store_path}-wal").exists()  # the writer closed last and checkpointed everything
    with Store(store_path) as again:
        assert again.search("周童") == [1]


def test_read_only_and_memory_stores_start_no_thread(store_path):
    with Store(store_path) as s:
        s.add_article(ARTICLE)
    with Store(store_path, read_only=True) as ro:
        assert ro.search("周童") == [1]
    with Store(":memory:") as mem:
        mem.add_article(ARTICLE)
        assert checkpoint_threads() == []


def test_a_store_dropped_without_closing_stops_its_thread(store_path):
    import gc

    s = Store(store_path)
    s.add_article(ARTICLE)
    assert len(checkpoint_threads()) == 1
    del s
    gc.collect()
    assert checkpoint_threads() == []
