"""Full-text search tokens: CJK as character bigrams, other words whole; queries verified by substring.

FTS5's unicode61 tokenizer treats a run of Chinese characters as one token, so we hand it
pre-tokenized text: the set of a text's bigrams (plus lone characters and words). The index
keeps no positions (detail=none), which makes writing it cheap; a hit is then confirmed by a
plain substring test on the folded text, so results are exact. Nothing the user types is ever
read as FTS syntax: queries are built from these tokens only.
"""
from __future__ import annotations

import re

from jianbao.fold import fold

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_HAN}]{{2,}}")


def tokens(folded: str) -> set[str]:
    """The distinct Chinese character bigrams of already folded text."""
    out: set[str] = set()
    for run in _RUNS.findall(folded):
        out.update(map(str.__add__, run, run[1:]))
    return out


def index_text(folded: str) -> str:
    """The text handed to FTS5 for one column (detail=none: order does not matter, even for 'delete')."""
    return index_texts([folded])[0]


def index_texts(folded: list[str]) -> list[str]:
    """The index texts of many texts in one vectorised pass (an import's hot loop): each the set of the
    text's Chinese bigrams (as `tokens` finds them in a query), in code-point order."""
    import numpy as np

    if not folded:
        return []
    joined = "\x00".join(t.replace("\x00", " ") for t in folded)  # NUL separates texts (and is not Han)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    doc = np.cumsum(codes == 0)
    han = ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))
    pair = han[:-1] & han[1:]
    first, second = codes[:-1][pair].astype(np.uint64), codes[1:][pair].astype(np.uint64)
    keys = np.sort((doc[:-1][pair].astype(np.uint64) << np.uint64(42)) | (first << np.uint64(21)) | second)
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # sort + mask: numpy 2's hashing unique is slower
    rows = np.empty((len(keys), 3), dtype=np.uint32)
    rows[:, 0] = (keys >> np.uint64(21)) & np.uint64(0x1FFFFF)
    rows[:, 1] = keys & np.uint64(0x1FFFFF)
    rows[:, 2] = 0x20
    flat = rows.tobytes().decode("utf-32-le")
    bounds = np.searchsorted(keys >> np.uint64(42), np.arange(len(folded) + 1))
    return [flat[3 * a : 3 * b - 1] if b > a else "" for a, b in zip(bounds[:-1], bounds[1:])]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression every article containing the query satisfies; None when the
    query has no two adjacent Chinese characters (then the store scans)."""
    toks = tokens(fold(query))
    if not toks:
        return None
    # Tokens hold only Chinese characters: safe inside quotes.
    return " AND ".join(f'"{t}"' for t in sorted(toks))


def needle(query: str) -> str:
    """What must literally appear in the folded title or body."""
    return fold(query).strip()
