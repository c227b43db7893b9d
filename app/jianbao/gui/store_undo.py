"""Undo for changes made to stored articles in one step (a conversion, accepted proofreading fixes).

The editor's own undo stack covers typing in the open article; these steps changed articles in the
store, so undoing one puts each article back to the text it had before, as a new revision.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jianbao.gui.worker import DeskWorker


class RevisionsCommand(QUndoCommand):
    """Articles moved from one revision to another; undo and redo run on the worker."""

    def __init__(self, history: "StoreHistory", text: str, revisions: dict[int, tuple[int, int]]) -> None:
        super().__init__(text)
        self._history = history
        self.before = {int(a): r[0] for a, r in revisions.items()}   # revision whose text to go back to
        self.after = {int(a): r[1] for a, r in revisions.items()}    # revision holding the change
        self.current = dict(self.after)                              # where each article is now
        self._first = True

    def undo(self) -> None:
        self._move({a: (self.current[a], self.before[a]) for a in self.before},
                   QCoreApplication.translate("StoreHistory", "撤销"))

    def redo(self) -> None:
        if self._first:  # pushed after the change was made
            self._first = False
            return
        self._move({a: (self.current[a], self.after[a]) for a in self.after},
                   QCoreApplication.translate("StoreHistory", "重做"))

    def _move(self, targets: dict[int, tuple[int, int]], reason: str) -> None:
        def done(result: Any) -> None:
            for article_id, (_old, new) in result.revisions.items():
                self.current[int(article_id)] = new
            self._history.changed.emit(result.changed)

        self._history.worker.submit(lambda desk: desk.restore_articles(targets, reason=f"{reason}：{self.text()}"),
                                    done, self._history.failed)


class StoreHistory(QUndoStack):
    """The window's stack of store-wide steps; emits `changed(Changed)` after each undo or redo."""

    changed = Signal(object)

    def __init__(self, worker: DeskWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self.worker = worker

    def record(self, text: str, revisions: dict[int, tuple[int, int]]) -> None:
        """Remember a step already made: `revisions[id] = (revision before, revision after)`."""
        if revisions:
            self.push(RevisionsCommand(self, text, revisions))

    def failed(self, exc: BaseException) -> None:
        # The article changed again since: the step cannot be undone; drop the history rather than lie.
        self.clear()
        self.worker.failed.emit(exc)
