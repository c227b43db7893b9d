"""Whether a would-be title speaks of what follows it rather than of what came before.

A news lead repeats the words of its headline ("堰塞湖洪灾究责 花莲县指…" over "台湾花莲地检署侦办马太鞍溪
堰塞湖洪灾…"), and a new article leaves the words of the last one behind. In text that lost its line
breaks this is what tells a headline glued to its lead from the opening clause of one more sentence:
shape alone cannot. Words are approximated by pairs of Han characters; pairs the whole text keeps
repeating ("中国", "发展") say nothing about one article and are left out.
"""
from __future__ import annotations

import re
from collections import Counter
from operator import add

BEFORE = 300  # characters of the previous article read
AFTER = 200  # characters of the lead read, past the longest title (segment_features.MAX_GLUED_TITLE)
LONGEST_TITLE = 90
SAMPLE, SLICES = 50_000, 50  # how much of a long text is read to find its common pairs, in how many slices


class Cohesion:
    """Pair counts of one text, to judge titles starting anywhere in it."""

    def __init__(self, text: str):
        # Pairs of neighbouring characters counted at C speed, only the frequent ones checked for being Han.
        # A text longer than SAMPLE (a year of bulletins pasted at once) is counted in evenly spread
        # slices: a pair common to the whole text is common in them, and the count stays cheap.
        limit = max(8, len(text) // 400)
        read = text
        if len(text) > SAMPLE:
            step, width = len(text) // SLICES, SAMPLE // SLICES
            read = "\n".join(text[i:i + width] for i in range(0, len(text), step))
            limit = limit * len(read) / len(text)
        counts = Counter(map(add, read, read[1:]))
        self.common = frozenset(p for p, n in counts.items() if n > limit and _HAN_PAIR(p))
        self.text = text
        self._keys: list[str | None] | None = None

    @property
    def keys(self) -> list[str | None]:
        """The pair starting at each offset, None where it is no Han pair or a common one: worked out once
        when every sentence start of a text without line breaks is judged."""
        if self._keys is None:
            text, common = self.text, self.common
            self._keys = [p if p not in common and _HAN_PAIR(p) else None for p in map(add, text, text[1:])]
        return self._keys

    def at(self, start: int) -> Shares:
        """The judge of titles that start at offset `start`."""
        keys = self.keys
        ahead = keys[start:start + LONGEST_TITLE + AFTER]
        last = {p: i for i, p in enumerate(ahead) if p is not None}
        before = set(keys[max(start - BEFORE, 0):max(start - 1, 0)])
        before.discard(None)
        return Shares(ahead, last, before)

    def line(self, start: int, length: int) -> tuple[float, float] | None:
        """`at(start)(length)` for a title that is a whole line, read from the text around it alone (a
        digest with line breaks has few headline lines: no need to work out the pairs of all of it)."""
        own: set[str] = set()
        for run in _HAN_RUN.findall(self.text, start, start + length):
            own.update(map(add, run, run[1:]))
        own -= self.common
        if len(own) < 2:
            return None
        # A title's few pairs looked up in the text around it (a substring search each) rather than the
        # pairs of the text around it worked out.
        ahead = self.text[start + length:start + LONGEST_TITLE + AFTER + 1]
        before = self.text[max(start - BEFORE, 0):start]
        return sum(p in ahead for p in own) / len(own), sum(p in before for p in own) / len(own)


_HAN_PAIR = re.compile("[\u4e00-\u9fff]{2}").fullmatch
_HAN_RUN = re.compile("[\u4e00-\u9fff]{2,}")


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
