"""One worker thread owns the Desk: every store call runs there, results return to the GUI thread by signal."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

Closure = Callable[[], None]


class Cancelled(Exception):
    """Raised inside a long task when the editor pressed cancel."""


class Progress:
    """Handed to a long task: it reports how far it got and checks whether to stop."""

    def __init__(self, worker: "DeskWorker", label: str) -> None:
        self._worker = worker
        self._event = threading.Event()
        self.label = label

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        """Stop the task here if the editor cancelled (raises Cancelled)."""
        if self._event.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._worker.progressed.emit(self, done, total, text)


class DeskWorker(QObject):
    """Serialises all store access through one thread (Anki's taskman, with a single worker).

    `submit(fn, on_done, on_error)` runs `fn(desk)` on the worker; the callbacks run on the
    GUI thread. `pending` counts tasks whose callbacks have not run yet, so tests can wait.
    """

    _deliver = Signal(object)
    desk_ready = Signal()
    failed = Signal(object)  # an exception no callback handled
    long_started = Signal(object)  # Progress
    long_finished = Signal(object)  # Progress
    progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None  # started with the first task, after the window shows
        self._desk: Any = None
        self._pending = 0
        self._long: list[Progress] = []
        self._closed = False
        self._deliver.connect(self._run_closure)

    # -- opening and closing -------------------------------------------------------
    def open(self, path: str | Path | None, on_error: Callable[[BaseException], None] | None = None, *,
             password: str | None = None, author: str | None = None) -> None:
        """Open the store on the worker thread (the heavy imports happen there, off the start-up path)."""

        def task(_desk: object) -> None:
            from jianbao.desk import open_desk

            self._desk = open_desk(path, password=password, author=author)

        self._submit(task, lambda _r: self.desk_ready.emit(), on_error, need_desk=False)

    def long_running(self) -> list[Progress]:
        """Long tasks started and not yet finished, oldest first."""
        return list(self._long)

    @property
    def ready(self) -> bool:
        return self._desk is not None

    @property
    def store_path(self) -> str | None:
        return self._desk.location if self._desk is not None else None

    def close(self) -> None:
        """Finish queued work, close the store, drop any callbacks still to come."""
        if self._closed:
            return

        def task(desk: object) -> None:
            if desk is not None:
                desk.close()  # type: ignore[attr-defined]

        if self._executor is not None:
            self._executor.submit(lambda: task(self._desk))
            self._executor.shutdown(wait=True)
        self._closed = True
        self._desk = None

    # -- running work --------------------------------------------------------------
    def submit(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Future:
        """Run `fn(desk)` on the worker; `on_done(result)` or `on_error(exc)` then runs on the GUI thread."""
        return self._submit(fn, on_done, on_error, need_desk=True)

    def run_long(self, label: str, fn: Callable[[Any, Progress], Any], on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> Progress:
        """Like submit, for work that reports progress and can be cancelled (`fn(desk, progress)`)."""
        progress = Progress(self, label)
        self._long.append(progress)
        self.long_started.emit(progress)

        def finish_ok(result: Any) -> None:
            self._long.remove(progress)
            self.long_finished.emit(progress)
            if on_done is not None:
                on_done(result)

        def finish_err(exc: BaseException) -> None:
            self._long.remove(progress)
            self.long_finished.emit(progress)
            if isinstance(exc, Cancelled):
                return
            (on_error or self.failed.emit)(exc)

        self._submit(lambda desk: fn(desk, progress), finish_ok, finish_err, need_desk=True)
        return progress

    def _submit(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None, *, need_desk: bool) -> Future:
        if self._closed:
            raise RuntimeError("worker is closed")
        self._pending += 1

        def call() -> Any:
            if need_desk and self._desk is None:
                from jianbao.errors import StoreError

                raise StoreError("资料库尚未打开")
            return fn(self._desk)

        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk")
        future = self._executor.submit(call)

        def done(fut: Future) -> None:
            self._deliver.emit(lambda: self._finish(fut, on_done, on_error))

        future.add_done_callback(done)
        return future

    def _finish(self, fut: Future, on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None) -> None:
        try:
            exc = fut.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    self.failed.emit(exc)
            elif on_done is not None:
                on_done(fut.result())
        finally:
            self._pending -= 1

    def _run_closure(self, closure: Closure) -> None:
        if not self._closed:
            closure()
        else:
            self._pending = max(0, self._pending - 1)

    # -- for tests and shutdown ----------------------------------------------------
    @property
    def pending(self) -> int:
        return self._pending

    def idle(self) -> bool:
        return self._pending == 0
