"""Word boundaries for the guard: jieba's dictionary, loaded lazily, and its best-path segmentation.

Only the few windows around a suspicious phrase are segmented, so the whole text never goes
through jieba (which would cost several times a conversion).
"""
from __future__ import annotations

import logging
import math
import threading
from collections.abc import Mapping

_lock = threading.Lock()
_freq: dict[str, int] | None = None
_log_total = 0.0


def _dictionary() -> dict[str, int]:
    global _freq, _log_total
    if _freq is None:
        with _lock:
            if _freq is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _log_total = math.log(jieba.dt.total)
                _freq = jieba.dt.FREQ
    return _freq


def warm_up() -> None:
    """Load the word dictionary now (about a second), e.g. in a background thread before a preview."""
    _dictionary()


_tags: dict[str, str] | None = None


def word_tags() -> Mapping[str, str]:
    """jieba's word -> part of speech table ("ns" a place, "v" a verb, "t" a time word…)."""
    global _tags
    if _tags is None:
        _dictionary()  # jieba initialised first, outside the lock it takes
        with _lock:
            if _tags is None:
                import jieba.posseg

                _tags = jieba.posseg.dt.word_tag_tab
    return _tags


def is_word(text: str) -> bool:
    return bool(_dictionary().get(text))


def dictionary() -> Mapping[str, int]:
    """jieba's word -> count table (prefixes of words map to 0)."""
    return _dictionary()


def straddled(text: str, pos: int, words: Mapping[str, object]) -> bool:
    """Whether a word of two to four characters in `words` (word -> truthy) crosses offset `pos`.

    Written out because it runs for every contested phrase of a text.
    """
    get = words.get
    return bool(get(text[pos - 1:pos + 1]) or get(text[pos - 1:pos + 2]) or get(text[pos - 2:pos + 1])
                or get(text[pos - 1:pos + 3]) or get(text[pos - 2:pos + 2]) or get(text[pos - 3:pos + 1])) \
        if pos >= 1 else False


def boundaries(text: str) -> list[int]:
    """Word boundaries (offsets 0..len) of jieba's most probable segmentation, without its HMM."""
    freq = _dictionary()
    log, log_total = math.log, _log_total
    n = len(text)
    score = [0.0] * (n + 1)
    step = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, best_j = log(freq.get(text[i], 0) or 1) - log_total + score[i + 1], i + 1
        j = i + 2
        while j <= n:
            count = freq.get(text[i:j])
            if count is None:
                break  # not even a prefix of a dictionary word
            if count:
                value = log(count) - log_total + score[j]
                if value > best:
                    best, best_j = value, j
            j += 1
        score[i], step[i] = best, best_j - i
    cuts = [0]
    while cuts[-1] < n:
        cuts.append(cuts[-1] + step[cuts[-1]])
    return cuts
