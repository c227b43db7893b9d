"""Text widgets leave Ctrl+Z to the window's shared undo stack (one stack across text and metadata)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from jianbao.gui.editor_widgets import BodyEdit, UndoAwareLineEdit


@pytest.mark.parametrize("widget_class", [UndoAwareLineEdit, BodyEdit])
def test_undo_keys_are_left_to_the_stack(qtbot, widget_class):
    widget = widget_class()
    qtbot.addWidget(widget)
    undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.event(undo) is False and not undo.isAccepted()
    widget.setFocus()
    qtbot.keyClicks(widget, "ab")
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    text = widget.text() if isinstance(widget, UndoAwareLineEdit) else widget.toPlainText()
    assert text == "ab"  # the widget's own undo did not run


def test_marks_land_on_their_text_after_characters_beyond_the_bmp(qtbot):
    """Qt counts UTF-16 units: a name character from CJK extension B (𡈼) takes two, Python counts one."""
    body = BodyEdit()
    qtbot.addWidget(body)
    body.setPlainText("𡈼先生到開發區調研，𠮷祥開发区。")
    body.highlight("开发区")
    assert [m.cursor.selectedText() for m in body.extraSelections()] == ["開發區", "開发区"]
    start = body.toPlainText().index("調研")
    body.mark_span(start, start + 2)
    assert body.extraSelections()[-1].cursor.selectedText() == "調研"
