"""Qt counts text positions in UTF-16 units; the core counts Python characters.

The two differ after a character beyond the Basic Multilingual Plane (CJK extension B and on:
rare characters of people's and place names, 𡈼 𠮷), which is one Python character and two
UTF-16 units. Every span the core reports (search words, proofreading findings, split spans,
conversion changes) goes through here before it reaches a QTextCursor.
"""
from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Positions:
    """Converts between Python indexes and Qt positions in one text."""

    def __init__(self, text: str) -> None:
        # Python indexes of the characters that take two units; usually none.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._qt = [i + k for k, i in enumerate(self._astral)]  # their Qt positions

    def qt(self, index: int) -> int:
        """Qt position of a Python index."""
        return index + bisect.bisect_left(self._astral, index)

    def python(self, position: int) -> int:
        """Python index of a Qt position (inside a two-unit character: that character)."""
        return position - bisect.bisect_left(self._qt, position)
