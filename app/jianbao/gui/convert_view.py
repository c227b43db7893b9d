"""Side-by-side conversion view: the text before and after, every changed character marked, uncertain ones red."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QToolTip, QVBoxLayout, QWidget

from jianbao.gui.positions import Positions

CHANGED = QColor("#ffe98a")
UNCERTAIN = QColor("#ff9f8f")
BODY_FONT = "Noto Serif CJK SC"


@dataclass(frozen=True)
class Mark:
    """One change placed in the shown texts: offsets on the left (source) and the right (converted)."""

    start: int
    end: int
    out_start: int
    out_end: int
    change: Any


def place_changes(pieces: list[Any]) -> tuple[str, str, list[Mark]]:
    """Join the conversions of an article's fields into one text per side, with every change placed.

    The conversion reports offsets into its input; the output offset of a change is its input offset
    moved by what the changes before it added or removed.
    """
    left, right, marks = [], [], []
    base = out_base = 0
    for k, conv in enumerate(pieces):
        if k:
            left.append("\n\n")
            right.append("\n\n")
            base += 2
            out_base += 2
        shift = 0
        for c in conv.changes:
            out_start = c.start + shift
            marks.append(Mark(base + c.start, base + c.end, out_base + out_start,
                              out_base + out_start + len(c.after), c))
            shift += len(c.after) - len(c.before)
        left.append(conv.source)
        right.append(conv.text)
        base += len(conv.source)
        out_base += len(conv.text)
    return "".join(left), "".join(right), marks


class _Tips(QObject):
    """Hovering a marked character shows why it changed."""

    def __init__(self, view: "SideBySide", edit: QTextEdit, right: bool) -> None:
        super().__init__(edit)
        self._view, self._edit, self._right = view, edit, right
        edit.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self._edit.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            mark = self._view.mark_at(pos, right=self._right)
            if mark is not None:
                c = mark.change
                QToolTip.showText(event.globalPos(), f"{c.before} → {c.after}" + (f"\n{c.reason}" if c.reason else ""),
                                  self._edit)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return False


class SideBySide(QWidget):
    """Two read-only panes scrolled together; `mark_clicked(index)` when the cursor lands on a change."""

    mark_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = QTextEdit(self)
        self.left.setObjectName("convertBefore")
        self.right = QTextEdit(self)
        self.right.setObjectName("convertAfter")
        font = QFont(BODY_FONT, 13)
        for edit in (self.left, self.right):
            edit.setReadOnly(True)
            edit.setFont(font)
            edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.marks: list[Mark] = []
        self._starts: list[int] = []
        self._out_starts: list[int] = []
        self._at = (Positions(""), Positions(""))  # Qt positions of the left and right texts
        cols = QHBoxLayout(self)
        cols.setContentsMargins(0, 0, 0, 0)
        for label, edit in ((self.tr("原文"), self.left), (self.tr("转换后（未保存）"), self.right)):
            col = QVBoxLayout()
            head = QLabel(label, self)
            head.setStyleSheet("font-weight: bold;")
            col.addWidget(head)
            col.addWidget(edit, 1)
            cols.addLayout(col, 1)
        self._syncing = False
        self.left.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.left, self.right))
        self.right.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.right, self.left))
        self.left.cursorPositionChanged.connect(self._cursor_moved)
        self._tips = (_Tips(self, self.left, False), _Tips(self, self.right, True))

    def _sync(self, source: QTextEdit, target: QTextEdit) -> None:
        if self._syncing:
            return
        self._syncing = True
        s, t = source.verticalScrollBar(), target.verticalScrollBar()
        t.setValue(round(s.value() / s.maximum() * t.maximum()) if s.maximum() else 0)
        self._syncing = False

    def show_pieces(self, pieces: list[Any]) -> None:
        """Show an article's (or a selection's) conversions: fields one after another."""
        before, after, self.marks = place_changes(pieces)
        self._starts = [m.start for m in self.marks]
        self._out_starts = [m.out_start for m in self.marks]
        self._at = (Positions(before), Positions(after))
        self.left.setPlainText(before)
        self.right.setPlainText(after)
        self._paint(self.left, [(m.start, m.end, m.change.uncertain) for m in self.marks], self._at[0])
        self._paint(self.right, [(m.out_start, m.out_end, m.change.uncertain) for m in self.marks], self._at[1])

    @staticmethod
    def _paint(edit: QTextEdit, spans: list[tuple[int, int, bool]], at: Positions) -> None:
        selections = []
        changed, uncertain = QTextCharFormat(), QTextCharFormat()
        changed.setBackground(CHANGED)
        uncertain.setBackground(UNCERTAIN)
        uncertain.setFontWeight(QFont.Weight.Bold)
        uncertain.setFontUnderline(True)
        for start, end, unsure in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(edit.document())
            cursor.setPosition(at.qt(start))
            cursor.setPosition(at.qt(max(end, start + 1) if unsure else end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, (uncertain if unsure else changed)  # type: ignore[attr-defined]
            selections.append(sel)
        edit.setExtraSelections(selections)

    def mark_at(self, pos: int, *, right: bool = False) -> Mark | None:
        """The change at a Qt position of the left (or right) text."""
        pos = self._at[right].python(pos)
        starts = self._out_starts if right else self._starts
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return None
        m = self.marks[k]
        start, end = (m.out_start, m.out_end) if right else (m.start, m.end)
        return m if start <= pos < max(end, start + 1) else None

    def index_of(self, mark: Mark) -> int:
        return self.marks.index(mark)

    def _cursor_moved(self) -> None:
        mark = self.mark_at(self.left.textCursor().position())
        if mark is not None:
            self.mark_clicked.emit(self.marks.index(mark))

    def show_mark(self, index: int) -> None:
        """Select a change in both panes and scroll to it."""
        if not 0 <= index < len(self.marks):
            return
        m = self.marks[index]
        for edit, at, start, end in ((self.left, self._at[0], m.start, m.end),
                                     (self.right, self._at[1], m.out_start, m.out_end)):
            cursor = QTextCursor(edit.document())
            cursor.setPosition(at.qt(start))
            cursor.setPosition(at.qt(end), QTextCursor.MoveMode.KeepAnchor)
            edit.blockSignals(True)
            edit.setTextCursor(cursor)
            edit.blockSignals(False)
            edit.ensureCursorVisible()

    def selected_word(self) -> str:
        """Text the editor selected in the original (to protect as a term)."""
        return self.left.textCursor().selectedText().strip()
