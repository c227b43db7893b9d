"""Script- and width-insensitive folding of text for search and comparison.

Folding maps each character to one character (resources/fold-table.txt, made by
scripts/make_fold_table.py from OpenCC's dictionaries and Unicode data): Traditional, Simplified
and regional forms of a character to one representative, full-width to half-width, upper to
lower case. Character by character, not phrase by phrase: a piece of a text folds to the same
piece of the folded text, which is what substring search needs (a phrase-level t2s leaves 乾 in
乾隆 but turns a lone 乾 into 干, so 乾 was not found in 乾隆). The search index is made of folded
text, so the table is a shipped, versioned resource: it changes only with a schema migration.
"""
from __future__ import annotations

import functools
import itertools
import re

SIZE = 0x32400  # code points below this can map (to the end of CJK extension H)


@functools.cache
def table():
    """uint32 array: folded code point of every code point below SIZE."""
    import numpy as np

    from jianbao.paths import resource_path

    lines = [line.split("\t") for line in resource_path("fold-table.txt").read_text("ascii").splitlines()
             if line and not line.startswith("#")]
    source = np.array([int(a, 16) for a, _ in lines], dtype=np.uint32)
    target = np.array([int(b, 16) for _, b in lines], dtype=np.uint32)
    if source.size and source.max() >= SIZE:
        raise ValueError("fold-table.txt maps a code point above jianbao.fold.SIZE")
    lut = np.arange(SIZE, dtype=np.uint32)
    lut[source] = target
    return lut


def fold_codes(codes):
    """Folded code points (uint32 array) of code points (uint32 array)."""
    import numpy as np

    lut = table()
    if codes.size and codes.max() >= SIZE:
        return np.where(codes < SIZE, lut[np.minimum(codes, SIZE - 1)], codes)
    return lut[codes]


def fold(text: str) -> str:
    """Traditional -> Simplified, full-width -> half-width, lower case; one character for one.

    >>> fold("開發區ＡＢ")
    '开发区ab'
    """
    if not text:
        return ""  # None too, as callers pass an article's missing category
    if text.isascii():
        return text.lower()
    import numpy as np

    # surrogatepass: a lone surrogate (left by a broken decode) passes through unchanged.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return fold_codes(codes).tobytes().decode("utf-32-le", "surrogatepass")


def fold_many(texts: list[str]) -> list[str]:
    """`fold` of each text, in one pass (folding keeps lengths, so the texts are cut apart again)."""
    folded = fold("".join(texts))
    out, at = [], 0
    for text in texts:
        out.append(folded[at : at + len(text)])
        at += len(text)
    return out


@functools.cache
def _preimages() -> dict[str, str]:
    """Folded character -> every character that folds to it (itself included)."""
    import numpy as np

    lut = table()
    moved = np.flatnonzero(lut != np.arange(SIZE, dtype=np.uint32))
    out: dict[str, str] = {}
    for source, target in zip(moved.tolist(), lut[moved].tolist()):
        out[chr(target)] = out.get(chr(target), chr(target)) + chr(source)
    return out


def forms(char: str) -> str:
    """Every character that folds to this folded character (itself included)."""
    return _preimages().get(char, char)


def pattern(folded: str) -> str:
    """A regular expression that finds, in unfolded text, exactly the places that fold to `folded`
    (which must be folded already): each character stands for every character that folds to it."""
    pre = _preimages()
    parts = []
    for char in folded:
        chars = pre.get(char)
        parts.append(f"[{re.escape(chars)}]" if chars else re.escape(char))
    return "".join(parts)


def spans(query: str, text: str, *, limit: int = 500) -> list[tuple[int, int]]:
    """Where each word of the query occurs in the text, in either script (for highlighting a hit: a
    Simplified query shows where it is in a Traditional article). Folding keeps lengths, so the places
    found are the text's own. At most `limit`, in order."""
    found = []
    for word in set(fold(query).split()):
        found += [m.span() for m in itertools.islice(compiled(pattern(word)).finditer(text), limit)]
    return sorted(found)[:limit]


@functools.lru_cache(maxsize=64)
def compiled(expression: str) -> re.Pattern:
    return re.compile(expression)
