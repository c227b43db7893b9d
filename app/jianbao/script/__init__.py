"""Traditional/Simplified conversion an editor can trust: OpenCC plus protected terms, fixed pairs,
a guard against phrases matched across word boundaries, and a change list for the preview.

    >>> from jianbao.script import convert, detect
    >>> detect("開發区").script
    'mixed'
    >>> convert("不断发挥", "tw").text
    '不斷發揮'

Nothing here imports OpenCC or jieba until a function needs them (the GUI starts without them).
"""
from __future__ import annotations

from jianbao.script.convert import TARGETS, Change, Conversion, convert, resolve_config
from jianbao.script.detect import ScriptReport, ScriptSpan, detect
from jianbao.script.segment import warm_up
from jianbao.script.terms import dump_terms, load_terms_file, parse_terms

__all__ = [
    "TARGETS", "Change", "Conversion", "ScriptReport", "ScriptSpan",
    "convert", "detect", "dump_terms", "load_terms_file", "parse_terms", "resolve_config", "warm_up",
]
