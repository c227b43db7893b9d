"""Which characters a writer confuses: homophones (pypinyin's readings) and look-alikes (a shipped table).

    >>> "厉" in confusables("励") and "已" in confusables("己")
    True
"""
from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources

from jianbao.proofread import lm

# A character is a candidate only when the dictionary knows it well: rare characters make wild guesses.
MIN_CHAR_COUNT = 200
_lock = threading.Lock()
_tables: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] | None = None


def _shape_groups() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    folder = resources.files("jianbao") / "resources" / "confusion"
    for name in ("same_stroke.txt", "shape-extra.txt"):
        for line in (folder / name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            group = [c for c in line.split("\t") if len(c) == 1]
            for ch in group:
                out.setdefault(ch, set()).update(c for c in group if c != ch)
    return out


def _build() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    from pypinyin import Style, pinyin

    common = [ch for ch, n in lm.model().uni.items() if n >= MIN_CHAR_COUNT and lm.is_han(ch)]
    readings: dict[str, tuple[str, ...]] = {}
    by_sound: dict[str, set[str]] = {}
    for ch in common:
        found = tuple(dict.fromkeys(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))
        readings[ch] = found
        for syllable in found:
            by_sound.setdefault(syllable, set()).add(ch)
    sound = {ch: frozenset(c for s in found for c in by_sound[s] if c != ch) for ch, found in readings.items()}
    shape = {ch: frozenset(c for c in group if c in readings) for ch, group in _shape_groups().items()}
    return sound, shape


def _loaded() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _build()
    return _tables


@lru_cache(maxsize=65536)
def confusables(ch: str) -> frozenset[str]:
    """Common characters that sound like `ch` (any reading, tone ignored) or look like it."""
    sound, shape = _loaded()
    return sound.get(ch, frozenset()) | shape.get(ch, frozenset())


def why(wrong: str, right: str) -> str:
    """The kind of slip, in the editor's words."""
    sound, _ = _loaded()
    return "音近" if right in sound.get(wrong, ()) else "形近"
