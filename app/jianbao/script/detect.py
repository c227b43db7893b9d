"""Which script a text is written in, and where characters of the other script sit."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class ScriptSpan:
    """A run of characters that exist only in `script` ('s' or 't'), offsets into the text."""

    start: int
    end: int
    text: str
    script: str


@dataclass(frozen=True)
class ScriptReport:
    """`script`: 's', 't', 'mixed' (both kinds of script-only characters) or 'unknown' (neither).

    `simplified` / `traditional` count the characters found only in that script; `spans` are the
    runs of the minority script (in a mixed text), e.g. 并 in an otherwise Traditional text.
    """

    script: str
    simplified: int
    traditional: int
    spans: tuple[ScriptSpan, ...] = ()

    @property
    def majority(self) -> str:
        """'s' or 't': the script most script-only characters belong to ('s' on a tie)."""
        return "t" if self.traditional > self.simplified else "s"


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The script-only character sets and regexes for runs of their BMP members.

    A character class with characters beyond the BMP makes `re` fall back to a slow linear test,
    so those (rare) characters are counted apart.
    """
    from jianbao.script.tables import script_sets

    simplified_only, traditional_only = script_sets()

    def runs(chars: frozenset[str]) -> re.Pattern[str]:
        return re.compile("[" + "".join(re.escape(c) for c in sorted(chars) if ord(c) <= 0xFFFF) + "]+")

    return simplified_only, traditional_only, runs(simplified_only), runs(traditional_only)


def script_of(text: str) -> str:
    """Just the verdict of detect(): 's', 't', 'mixed' or 'unknown', stopping at the first hits."""
    s_only, t_only, s_runs, t_runs = _sets()
    has_s, has_t = bool(s_runs.search(text)), bool(t_runs.search(text))
    if not (has_s and has_t) and _ASTRAL.search(text):
        astral = {m.group() for m in _ASTRAL.finditer(text)}
        has_s, has_t = has_s or bool(astral & s_only), has_t or bool(astral & t_only)
    return {(True, True): "mixed", (True, False): "s", (False, True): "t"}.get((has_s, has_t), "unknown")


def counts(text: str) -> tuple[int, int]:
    """How many Simplified-only and Traditional-only characters `text` has (detect() without the spans)."""
    s_only, t_only, s_runs, t_runs = _sets()
    astral = {m.group() for m in _ASTRAL.finditer(text)} if _ASTRAL.search(text) else set()
    found = []
    for runs, chars in ((s_runs, s_only), (t_runs, t_only)):
        found.append(sum(m.end() - m.start() for m in runs.finditer(text))
                     + sum(text.count(c) for c in astral & chars))
    return found[0], found[1]


def _found(text: str, runs: re.Pattern[str], chars: frozenset[str], astral: bool) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in runs.finditer(text)]
    if astral:
        spans += [(m.start(), m.end()) for m in _ASTRAL.finditer(text) if m.group() in chars]
        spans.sort()
    return spans


def detect(text: str, *, max_spans: int = 10_000) -> ScriptReport:
    """Say whether `text` is Simplified, Traditional, mixed or unknown, and where the mixing is.

    >>> detect("开发区").script, detect("開發區").script, detect("開發区").script
    ('s', 't', 'mixed')
    """
    if not text:
        return ScriptReport("unknown", 0, 0)
    s_only, t_only, s_runs, t_runs = _sets()
    astral = bool(_ASTRAL.search(text))
    s_found = _found(text, s_runs, s_only, astral)
    t_found = _found(text, t_runs, t_only, astral)
    s_count = sum(e - b for b, e in s_found)
    t_count = sum(e - b for b, e in t_found)
    if not s_count and not t_count:
        return ScriptReport("unknown", 0, 0)
    if not t_count:
        return ScriptReport("s", s_count, 0)
    if not s_count:
        return ScriptReport("t", 0, t_count)
    minority, script = (s_found, "s") if t_count > s_count else (t_found, "t")
    spans = tuple(ScriptSpan(b, e, text[b:e], script) for b, e in minority[:max_spans])
    return ScriptReport("mixed", s_count, t_count, spans)
