"""Whether a would-be title speaks of what follows it rather than of what came before.

A news lead repeats the words of its headline ("堰塞湖洪灾究责 花莲县指…" over "台湾花莲地检署侦办马太鞍溪
堰塞湖洪灾…"), and a new article leaves the words of the last one behind. In text that lost its line
breaks this is what tells a headline glued to its lead from the opening clause of one more sentence:
shape alone cannot. Words are approximated by pairs of Han characters; pairs the whole text keeps
repeating ("中国", "发展") say nothing about one article and are left out.
"""
from __future__ import annotations

from collections import Counter

BEFORE = 300  # characters of the previous article read
AFTER = 200  # characters of the lead read, past the longest title (segment_features.MAX_GLUED_TITLE)
LONGEST_TITLE = 90


class Cohesion:
    """Pair counts of one text, to judge titles starting anywhere in it."""

    def __init__(self, text: str):
        han = ["\u4e00" <= c <= "\u9fff" for c in text]
        pairs = [a + b if x and y else None for a, b, x, y in zip(text, text[1:], han, han[1:])]
        counts = Counter(pairs)
        limit = max(8, len(text) // 400)
        self.common = frozenset(p for p, n in counts.items() if p is not None and n > limit)
        # The pair starting at each offset, None where it is no Han pair or a common one: worked out once,
        # as every sentence start of the text is judged.
        self.keys = [None if p in self.common else p for p in pairs]

    def at(self, start: int) -> Shares:
        """The judge of titles that start at offset `start`."""
        keys = self.keys
        ahead = keys[start:start + LONGEST_TITLE + AFTER]
        last = {p: i for i, p in enumerate(ahead) if p is not None}
        before = set(keys[max(start - BEFORE, 0):max(start - 1, 0)])
        before.discard(None)
        return Shares(ahead, last, before)


class Shares:
    """For a title ending at k: the share of its pairs the lead repeats, and the share the text before
    it had."""

    def __init__(self, keys: list[str | None], last: dict[str, int], before: set[str]):
        self.keys, self.last, self.before = keys, last, before

    def __call__(self, k: int) -> tuple[float, float] | None:
        own = set(self.keys[:max(k - 1, 0)])
        own.discard(None)
        if len(own) < 2:
            return None
        last = self.last
        ahead = sum(1 for p in own if last[p] >= k)
        return ahead / len(own), len(own & self.before) / len(own)


def share_name(x: float) -> str:
    return "0" if x == 0 else "<0.25" if x < 0.25 else "<0.5" if x < 0.5 else ">=0.5"
