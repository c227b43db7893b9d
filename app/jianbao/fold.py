"""Script- and width-insensitive folding of text for search and comparison."""
from __future__ import annotations

import threading
import unicodedata

_local = threading.local()


def _t2s():
    # OpenCC converters are not documented as thread-safe: one per thread.
    conv = getattr(_local, "t2s", None)
    if conv is None:
        import opencc

        conv = _local.t2s = opencc.OpenCC("t2s")
    return conv


def fold(text: str) -> str:
    """Traditional -> Simplified, full-width ASCII -> half-width, lower case.

    >>> fold("開發區ＡＢ")
    '开发区ab'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    return _t2s().convert(text).lower()
