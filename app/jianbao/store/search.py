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
    return " ".join(tokens(folded))


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
