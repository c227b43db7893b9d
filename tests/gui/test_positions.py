"""Python indexes and Qt's UTF-16 positions, checked against Qt's own text document."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from jianbao.gui.positions import Positions


def test_positions_agree_with_qt():
    text = "𡈼先生，開發區\n𠮷祥村😀ab"
    doc = QTextDocument(text)
    at = Positions(text)
    for index in range(len(text) + 1):
        cursor = QTextCursor(doc)
        cursor.setPosition(at.qt(index), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2029", "\n") == text[:index]
        assert at.python(at.qt(index)) == index
    assert at.python(1) == 0  # inside 𡈼: that character


def test_plain_texts_are_unchanged():
    at = Positions("開發區 ab")
    assert [at.qt(i) for i in range(6)] == list(range(6)) == [at.python(i) for i in range(6)]
