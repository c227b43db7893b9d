"""Full-text search tokens: CJK as overlapping character bigrams, other words whole.

FTS5's unicode61 tokenizer treats a run of Chinese characters as one token, so we
hand it pre-tokenized text. A query becomes a phrase of the same tokens, so any
substring of two or more Chinese characters matches, and nothing the user types
is ever read as FTS syntax.
"""
from __future__ import annotations

import re

from jianbao.fold import fold

_RUNS = re.compile(r"([\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+)|([0-9a-z]+)")


def tokens(folded: str) -> list[str]:
    """Tokens of already folded text, in order."""
    out: list[str] = []
    for m in _RUNS.finditer(folded):
        cjk, word = m.group(1), m.group(2)
        if word:
            out.append(word)
        elif len(cjk) == 1:
            out.append(cjk)
        else:
            out.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
    return out


def index_text(folded: str) -> str:
    """The text handed to FTS5 for one column."""
    return " ".join(tokens(folded))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH phrase for the user's query, or None when nothing searchable is left."""
    toks = tokens(fold(query))
    if not toks:
        return None
    # Tokens hold only CJK characters, digits and a-z: safe inside a quoted phrase.
    return '"' + " ".join(toks) + '"'


def is_single_char(query: str) -> bool:
    """A lone Chinese character cannot be found among bigrams; the store scans instead."""
    toks = tokens(fold(query))
    return len(toks) == 1 and len(toks[0]) == 1 and not toks[0].isascii()
