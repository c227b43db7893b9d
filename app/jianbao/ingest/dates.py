"""Event dates as written (1月3日, 1月2日-4日, 2024年1月5日) and the year a date without one belongs to."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Every pattern opens with a lookahead for a digit: the regex engine then skips ahead fast (4-5x on 1 MB).
_DATE = re.compile(
    r"(?=[0-9])(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
    r"(?:\s*[-—–~～至到]\s*(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>3[01]|[12]\d|0?[1-9])[日号])?"
)


@dataclass(frozen=True)
class FoundDate:
    text: str
    start: int
    year: int | None
    month: int
    day: int


_FULL = re.compile(r"((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])[日号]")
# A digest's own date is often written compactly in its header: "《新闻联播》 (20221001)".
_COMPACT = re.compile(r"[12][09]\d{6}(?![\d.])")  # month and day are checked in code


def full_dates(text: str) -> list[FoundDate]:
    """Only the dates that carry a year (what the reference date is made of); a fast scan of a whole text."""
    found = [FoundDate(m.group(0), m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
             for m in _full_matches(text)]
    for m in _COMPACT.finditer(text):
        digits = m.group(0)
        if digits[:2] in ("19", "20") and not (m.start() and text[m.start() - 1] in "0123456789."):
            found.append(FoundDate(digits, m.start(), int(digits[:4]), int(digits[4:6]), int(digits[6:])))
    return found


def _full_matches(text: str) -> list[re.Match[str]]:
    """`_FULL.finditer(text)`, tried only where a 年 stands four characters in: str.find skips to those
    (a thousand in 1 MB) faster than the pattern, which opens with a group, scans (4x)."""
    out = []
    at = text.find("年", 4)
    while at >= 0:
        m = _FULL.match(text, at - 4)
        if m:
            out.append(m)
        at = text.find("年", m.end() + 4 if m else at + 1)
    return out


def first_date(text: str) -> FoundDate | None:
    m = _DATE.search(text)
    return _found(m) if m else None


def _found(m: re.Match[str]) -> FoundDate:
    year = int(m.group("y")) if m.group("y") else None
    return FoundDate(m.group(0), m.start(), year, int(m.group("m")), int(m.group("d")))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def reference_date(dates: list[FoundDate], fallback: dt.date | None = None) -> dt.date:
    """The middle of the bulletin's dates that carry a year (else `fallback`, else today)."""
    full = sorted(d for f in dates if f.year and (d := _valid(f.year, f.month, f.day)))
    if full:
        return full[len(full) // 2]
    return fallback or dt.date.today()


def resolve(found: FoundDate, reference: dt.date) -> str | None:
    """ISO date; without a year, the year that puts it nearest the reference (12月31日 in January -> last year)."""
    if found.year:
        d = _valid(found.year, found.month, found.day)
        return d.isoformat() if d else None
    options = [d for y in (reference.year - 1, reference.year, reference.year + 1)
               if (d := _valid(y, found.month, found.day))]
    if not options:
        return None
    return min(options, key=lambda d: abs((d - reference).days)).isoformat()
