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
