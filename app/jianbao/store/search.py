"""Full-text search tokens: each Chinese character bigram as a short ASCII word; queries verified by pattern.

FTS5 is handed pre-tokenized text: the bigrams of an article's folded text (jianbao/fold.py),
each spelled as six characters of [0-9a-z] (three per Han character) so that FTS5's plain
`ascii` tokenizer reads them quickly. The index keeps no positions (detail=none), which makes
writing it cheap; a hit is then confirmed on the article's own text by a regular expression
that matches whatever folds to the query (`matcher`), so results are exact. Nothing the user
types is ever read as FTS syntax: queries are built from these tokens only.
"""
from __future__ import annotations

import functools
import itertools
import re

from jianbao.fold import compiled as _compiled, fold, fold_codes, pattern

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_HAN}]{{2,}}")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_SPAN = 0xA000 - 0x3400  # Han characters before the compatibility block
_HAN_COUNT = _SPAN + 0x200  # 28,160 < 36**3: three digits per character


def tokens(folded: str) -> set[str]:
    """The distinct Chinese character bigrams of already folded text."""
    out: set[str] = set()
    for run in _RUNS.findall(folded):
        out.update(map(str.__add__, run, run[1:]))
    return out


def _han_number(char: str) -> int:
    code = ord(char)
    return code - 0x3400 if code < 0xF900 else _SPAN + code - 0xF900


def _digits(number: int) -> str:
    return _DIGITS[number // 1296] + _DIGITS[number // 36 % 36] + _DIGITS[number % 36]


def bigram_word(pair: str) -> str:
    """The index word of one bigram (as `index_texts` spells it)."""
    return _digits(_han_number(pair[0])) + _digits(_han_number(pair[1]))


def word_codes(index_text: str):
    """The distinct bigrams of an index text (as `index_texts` spells it) as integers, sorted: each pair of Han
    numbers a * 28,160 + b (< 2**31). PostgreSQL's index keeps these: an integer array is a third the size
    of the words and is compared without text rules (store/pg_search.py)."""
    import numpy as np

    if not index_text:
        return np.zeros(0, dtype=np.int64)
    digits = _digit_values()[np.frombuffer((index_text + "  ").encode("ascii"), dtype=np.uint8).reshape(-1, 8)[:, :6]]
    first = digits[:, 0] * 1296 + digits[:, 1] * 36 + digits[:, 2]
    second = digits[:, 3] * 1296 + digits[:, 4] * 36 + digits[:, 5]
    return np.unique(first * _HAN_COUNT + second)


@functools.cache
def _digit_values():
    """Per ASCII byte: its value as a base-36 digit of an index word."""
    import numpy as np

    values = np.zeros(256, dtype=np.int64)
    values[np.frombuffer(_DIGITS.encode("ascii"), dtype=np.uint8)] = np.arange(36)
    return values


@functools.cache
def _word_halves():
    """Per BMP code point: its three digits packed little-endian (as the low bytes of a uint64), 0 when not Han."""
    import numpy as np

    n = np.arange(_HAN_COUNT, dtype=np.uint64)
    alphabet = np.frombuffer(_DIGITS.encode("ascii"), dtype=np.uint8).astype(np.uint64)
    packed = alphabet[n // 1296] | alphabet[n // 36 % 36] << np.uint64(8) | alphabet[n % 36] << np.uint64(16)
    table = np.zeros(0x10000, dtype=np.uint64)
    table[0x3400:0xA000] = packed[:_SPAN]
    table[0xF900:0xFB00] = packed[_SPAN:]
    return table


def index_text(text: str) -> str:
    """The text handed to FTS5 for one text (detail=none: order does not matter, even for 'delete')."""
    return index_texts([text])[0]


def index_texts(texts: list[str]) -> list[str]:
    """The index texts of many texts in one vectorised pass: each the folded text's Chinese bigrams (as
    `tokens` finds them in a folded query) spelled by `bigram_word`, in text order, two spaces apart.
    Repeats are left in: FTS5 keeps one entry per word and row anyway (detail=none), and skipping a sort
    is cheaper."""
    import numpy as np

    if not texts:
        return []
    if any("\x00" in t for t in texts):
        texts = [t.replace("\x00", " ") for t in texts]
    # NUL between texts: not Han. Folding here, on code points, costs one table lookup per character.
    codes = fold_codes(np.frombuffer("\x00".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    half = _word_halves()[np.minimum(codes, 0xFFFF)]
    han = half != 0
    at = np.flatnonzero(han[:-1] & han[1:])
    # Eight bytes a word: three digits, three digits, two spaces.
    words = half[at] | half[at + 1] << np.uint64(24) | np.uint64(0x2020 << 48)
    flat = words.tobytes().decode("ascii")
    bounds = np.searchsorted(at, np.cumsum([0] + [len(t) + 1 for t in texts])).tolist()
    return [flat[8 * a : 8 * b - 2] for a, b in zip(bounds[:-1], bounds[1:])]


def query_words(query: str) -> list[str] | None:
    """The index words every article containing the query holds (sorted); None when the query has no two
    adjacent Chinese characters (then the store scans). Nothing the user types reaches the index as syntax."""
    toks = tokens(fold(query))
    return sorted(bigram_word(t) for t in toks) if toks else None


def index_is_exact(folded: str) -> bool:
    """Is the index's answer for this needle exact (no text to check)? For one Chinese bigram it is: the
    index holds exactly the bigrams of each article's folded title and body."""
    return len(folded) == 2 and tokens(folded) == {folded}


def literals(query: str) -> list[str]:
    """Spellings whose plain presence in a text proves a hit (checked in SQL before the pattern is run in
    Python): the folded needle, the query as typed, and the typed query in the other script, each only
    when it folds to the needle."""
    text, typed = needle(query), query.strip()
    spellings = [text, typed]
    if not typed.isascii():
        from jianbao.script.engine import converter

        spellings += [converter(config).convert(typed) for config in ("s2t", "t2s")]
    return [w for w in dict.fromkeys(spellings) if w and fold(w) == text]


def needle(query: str) -> str:
    """What must appear in the folded title or body."""
    return fold(query).strip()


def matcher(query: str) -> tuple[str, str]:
    """The regular expression (for `matches`) that finds the query's needle in unfolded text, and a
    character it cannot match: joined by it, title and body are searched in one call, and no match
    can run from one into the other."""
    text = needle(query)
    joint = next(c for c in map(chr, itertools.count(1)) if fold(c) not in text)  # \x01 unless searched for; never NUL (PostgreSQL text cannot hold it)
    return pattern(text), joint


def matches(expression: str, text: str | None) -> bool:
    """SQL function jb_matches(expression, text): does the text contain a match (see `matcher`)?"""
    return text is not None and _compiled(expression).search(text) is not None
