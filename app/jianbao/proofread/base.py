"""The finding type, the context every check reads, and the registry of checks by kind."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from jianbao.models import Person, Term

SEVERITIES = ("error", "warning", "info")

# Han ideographs (BMP blocks and compatibility) — "Chinese text" for the punctuation rules.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
# Full-width punctuation that belongs to Chinese running text.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·"


def is_han(ch: str) -> bool:
    """A Han ideograph (one character; hot in the repair search, so plain comparisons)."""
    return ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff") and len(ch) == 1


def is_chinese(ch: str) -> bool:
    """A Han character or a full-width Chinese punctuation mark."""
    return is_han(ch) or (bool(ch) and ch in CJK_PUNCT)


@dataclass(frozen=True)
class Finding:
    """One thing a careful editor would mark: where, why, and the fix when there is one.

    `start`/`end` are character offsets into the checked text; `line` is 1-based.
    `suggestion` is the replacement for text[start:end], or None when only a human can decide.
    """

    kind: str
    start: int
    end: int
    line: int
    text: str
    message: str
    suggestion: str | None = None
    severity: str = "warning"
    confidence: float = 0.8
    alternatives: tuple[str, ...] = ()

    def as_json(self) -> dict:
        """The stable JSON shape of `jianbao check --json` (DESIGN.md section 7), plus alternatives."""
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "line": self.line, "text": self.text,
            "message": self.message, "suggestion": self.suggestion, "severity": self.severity,
            "confidence": round(self.confidence, 3), "alternatives": list(self.alternatives),
        }


@dataclass(frozen=True)
class OtherText:
    """A text to compare against for duplicates: another article of this issue or of an earlier one."""

    label: str
    text: str


@dataclass
class Context:
    """What a check reads: the text, its lines, and the store's roster, flagged terms and other texts."""

    text: str
    roster: Sequence[Person] = ()
    terms: Sequence[Term] = ()
    others: Sequence[OtherText] = ()
    # Spans already explained by an earlier check (encoding damage, markup): later checks skip them.
    claimed: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def lines(self) -> Iterable[tuple[int, int, str]]:
        """(line number, start offset, line text without the newline) for every line."""
        starts = self.line_starts
        for number, start in enumerate(starts, start=1):
            end = starts[number] - 1 if number < len(starts) else len(self.text)
            yield number, start, self.text[start:end]

    def finding(self, kind: str, start: int, end: int, message: str, suggestion: str | None = None, *,
                severity: str = "warning", confidence: float = 0.8, alternatives: Sequence[str] = ()) -> Finding:
        return Finding(kind, start, end, self.line_of(start), self.text[start:end], message, suggestion,
                       severity, float(confidence), tuple(alternatives))

    def is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed) if end > start else any(
            s <= start < e for s, e in self.claimed)


CheckFn = Callable[[Context], Iterable[Finding]]
REGISTRY: dict[str, CheckFn] = {}


def check(kind: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under its stable kind name (used by the CLI and the GUI)."""
    def register(fn: CheckFn) -> CheckFn:
        REGISTRY[kind] = fn
        return fn
    return register
