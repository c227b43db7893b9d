"""Editing widgets whose undo goes through one QUndoStack: the body editor, list fields, undo commands."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextBlockFormat, QTextCursor, QTextDocument, QUndoCommand
from PySide6.QtWidgets import QCompleter, QLineEdit, QTextEdit, QWidget

from jianbao.gui.positions import Positions

SEPARATORS = "、，,;；"
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

# Merge ids: consecutive typing in one field becomes one undo step.
MERGE_IDS = {"title": 1, "units": 2, "people": 3, "date_text": 4, "editors_note": 5}


def _is_undo_key(event: QKeyEvent) -> bool:
    return any(event.matches(k) for k in _UNDO_KEYS)


class DocumentCommand(QUndoCommand):
    """One undo step of the body's QTextDocument, replayed from the shared stack."""

    def __init__(self, document: QTextDocument, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._first = True

    def undo(self) -> None:
        self._document.undo()

    def redo(self) -> None:
        if self._first:  # the document already holds the edit when the command is pushed
            self._first = False
            return
        self._document.redo()


class FieldCommand(QUndoCommand):
    """A change of one field (title or metadata): old and new value, applied through a setter."""

    def __init__(self, apply: Callable[[str, Any], None], field: str, old: Any, new: Any, text: str,
                 *, merge: bool = False) -> None:
        super().__init__(text)
        self._apply = apply
        self.field, self.old, self.new = field, old, new
        self._merge = merge
        self._first = True

    def id(self) -> int:
        return MERGE_IDS.get(self.field, -1) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand) or other.field != self.field:
            return False
        self.new = other.new
        return True

    def undo(self) -> None:
        self._apply(self.field, self.old)

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value
            self._first = False
            return
        self._apply(self.field, self.new)


class LeavesUndoToStack:
    """Mixin for text widgets: Ctrl+Z / Ctrl+Shift+Z and the context menu's Undo/Redo belong to the
    window's shared undo stack, not to the widget's own."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def contextMenuEvent(self, event: Any) -> None:
        menu = self.createStandardContextMenu()  # type: ignore[attr-defined]
        for action in menu.actions()[:2]:  # Qt puts Undo and Redo first; they would bypass the stack
            menu.removeAction(action)
        menu.exec(event.globalPos())


class UndoAwareLineEdit(LeavesUndoToStack, QLineEdit):
    """A line edit that leaves undo to the window's shared stack."""


class ListEdit(UndoAwareLineEdit):
    """Names separated by 、 with completion of the name being typed (units, people)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)

    def set_choices(self, names: list[str]) -> None:
        self._model.setStringList(names)

    def completer_model(self) -> QStringListModel:
        return self._model

    def _cursor(self) -> int:
        """The cursor as a Python index (Qt counts a name's 𡈼 as two)."""
        return Positions(self.text()).python(self.cursorPosition())

    def _current_part(self) -> str:
        text = self.text()[: self._cursor()]
        cut = max(text.rfind(s) for s in SEPARATORS)
        return text[cut + 1 :].strip()

    def _update_completion(self, _text: str) -> None:
        part = self._current_part()
        if not part:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(part)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert_completion(self, name: str) -> None:
        text, pos = self.text(), self._cursor()
        head = text[:pos]
        cut = max(head.rfind(s) for s in SEPARATORS)
        new = head[: cut + 1] + name + text[pos:]
        self.setText(new)
        self.setCursorPosition(Positions(new).qt(cut + 1 + len(name)))
        self.textEdited.emit(new)

    def values(self) -> tuple[str, ...]:
        parts = [self.text()]
        for sep in SEPARATORS:
            parts = [p for chunk in parts for p in chunk.split(sep)]
        return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))

    def set_values(self, names: tuple[str, ...] | list[str]) -> None:
        self.setText("、".join(names))
        self.setCursorPosition(0)


class BodyEdit(LeavesUndoToStack, QTextEdit):
    """Plain-text body editor with a CJK font and generous line spacing; undo goes to the shared stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self._line_spacing = 160
        self._search_marks: list = []
        self._finding_marks: list = []

    def set_look(self, family: str, size: int, line_spacing: int) -> None:
        font = QFont(family, size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._line_spacing = line_spacing
        if not self.document().isEmpty():
            self.apply_spacing()

    def _spacing_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(float(self._line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(6)
        return fmt

    def apply_spacing(self) -> None:
        """Line height on every block; joined to the last edit so it never becomes an undo step of its own."""
        cursor = QTextCursor(self.document())
        cursor.joinPreviousEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self._spacing_format())
        cursor.endEditBlock()

    def set_body(self, text: str) -> None:
        """Replace the text with no undo history (loading an article)."""
        self._finding_marks = []
        doc = self.document()
        doc.setUndoRedoEnabled(False)  # also clears the document's history
        self.setPlainText(text)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self._spacing_format())
        doc.setUndoRedoEnabled(True)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def replace_body(self, text: str) -> None:
        """Replace the text as one undoable edit (restoring a draft)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self._spacing_format())
        cursor.endEditBlock()

    def highlight(self, needle: str | None) -> None:
        """Mark every occurrence of the search words, in either script (the list found them; this only shows where)."""
        from PySide6.QtGui import QColor, QTextCharFormat

        from jianbao.fold import spans

        selections: list = []
        if needle:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe08a"))
            text = self.toPlainText()
            at = Positions(text)
            for start, end in spans(needle, text):
                start, end = at.qt(start), at.qt(end)
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor, sel.format = cursor, fmt  # type: ignore[attr-defined]
                selections.append(sel)
        self._search_marks = selections
        self.setExtraSelections(selections + self._finding_marks)

    def mark_span(self, start: int, end: int) -> None:
        """Select and mark a proofreading finding's text (kept beside the search marks until the next one)."""
        from PySide6.QtGui import QColor, QTextCharFormat

        at = Positions(self.toPlainText())
        start, end = at.qt(start), at.qt(end)
        length = self.document().characterCount() - 1
        start, end = max(0, min(start, length)), max(0, min(end, length))
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(max(end, min(start + 1, length)), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ff9f8f"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c0392b"))
        sel = QTextEdit.ExtraSelection()
        sel.cursor, sel.format = cursor, fmt  # type: ignore[attr-defined]
        self._finding_marks = [sel]
        self.setExtraSelections(self._search_marks + self._finding_marks)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()  # the span in the middle of the view, not at its edge
        bar.setValue(bar.value() + self.cursorRect(cursor).center().y() - self.viewport().height() // 2)

    def canInsertFromMimeData(self, source: Any) -> bool:
        # Dropped files are bulletins to import: leave them to the window.
        return not source.hasUrls() and source.hasText()

    def insertFromMimeData(self, source: Any) -> None:
        if source.hasText():  # pasted HTML arrives as its plain text: the body is plain text
            self.textCursor().insertText(source.text())

