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


def test_name_completion_counts_rare_characters_as_one(qtbot):
    """A person list with 周𡈼 (two UTF-16 units): completing the next name replaces only what is typed."""
    from jianbao.gui.editor_widgets import ListEdit

    names = ListEdit()
    qtbot.addWidget(names)
    names.set_choices(["王𠮷", "王飞"])
    names.setText("周𡈼、王")
    names.setCursorPosition(len("周𡈼、王".encode("utf-16-le")) // 2)
    assert names._current_part() == "王"
    names._insert_completion("王𠮷")
    assert names.values() == ("周𡈼", "王𠮷")
    assert names.cursorPosition() == len(names.text().encode("utf-16-le")) // 2  # at the end of the new name
