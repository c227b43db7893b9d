"""WAL checkpoints in a background thread, so that a commit seldom waits for the disk.

A checkpoint copies committed pages from the -wal file into the store file and flushes both to
disk; with SQLite's automatic checkpoint (every 1,000 pages) that flush ran inside an import's
commits and took a third of its time. Here a thread with its own connection runs PASSIVE
checkpoints (they never block the writer or readers) at most every INTERVAL seconds after a
commit. The writer's own automatic checkpoint stays on as a backstop at AUTO_PAGES: it finds
the pages already copied, and as it runs between the writer's transactions it completes,
letting the -wal file start over. Checkpoints move committed data only: what a crash can lose
is unchanged.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

INTERVAL = 0.1  # seconds between background checkpoints while commits come in
AUTO_PAGES = 8000  # the writer's own checkpoint, when the -wal holds this many pages (32 MB)


class Checkpointer:
    """A daemon thread checkpointing one store file after commits; started on the first commit."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._due = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        """A write transaction committed: checkpoint soon."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="jianbao-checkpoint", daemon=True)
            self._thread.start()
        self._due.set()

    def close(self) -> None:
        """Stop the thread and close its connection (before the writer's: the last one to close
        checkpoints everything and removes the -wal file)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stopping.set()
            self._due.set()
            if thread is not threading.current_thread():  # a finalizer may run on the thread itself
                thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self._path), timeout=10, check_same_thread=False)
        except sqlite3.Error:
            return  # the writer's automatic checkpoints still run
        try:
            while True:
                self._due.wait()
                if self._stopping.is_set():
                    return
                self._due.clear()
                with contextlib.suppress(sqlite3.Error):  # busy (another checkpoint), disk trouble: the next try
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if self._stopping.wait(INTERVAL):
                    return
        finally:
            conn.close()
