"""Decoded text -> clean text, recording every step (what, where) and a map back to the decoded text.

Cleaning removes layout and web residue only. Punctuation and wording stay as written:
changing them is proofreading's job, with the editor's consent.
"""
from __future__ import annotations

import bisect
import html
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from jianbao.models import CleanStep

_TAGS = (
    "a|abbr|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|meta|o:p|ol|p|pre|"
    "section|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|style|script|title|link|article|header|footer"
)
# A closing tag whose "<" was eaten by encoding damage survives as "?/span>": residue too.
_TAG = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>\n]{{0,300}})?/?>|\?/(?:{_TAGS})>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});")
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# Patterns open with a character class (no lookbehind first): the regex engine then skips ahead
# fast, which matters on a 1 MB paste. Context is checked in the replacement instead.
_ONE_PINYIN = rf"[(（][a-zü]*[{_TONE}][a-zü]*[)）]"
_PINYIN = re.compile(rf"{_ONE_PINYIN}(?:{_ONE_PINYIN})*")  # not (?:…)+: a group first hides the class (5x slower)
# Indents and trailing spaces; spaces inside a line ("凝聚力量 共谋发展") stay. Each pattern opens with a
# character (class), not an anchor or lookbehind, so the engine skips ahead.
# No "|" at the top either: an alternation costs the skip too (4x). The text's two ends are done apart.
_INDENTS = re.compile(r"\n[ \t\u3000]+")
_TRAILING_SPACES = re.compile(r"[ \t\u3000]+(?=\n)")
_END_SPACES = re.compile(r"\A[ \t\u3000]+|[ \t\u3000]+\Z")
_SPACE = " \t\u3000"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Invisible control characters and non-characters: noise from old tools, and not allowed in .docx XML.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff]")


class _Text:
    """Text being cleaned, with a map back to the decoded text.

    The map is kept as runs, not one entry per character (a 1 MB paste has a million characters
    and a handful of edits): run k starts at clean offset starts[k]; its characters come from
    decoded offsets bases[k], bases[k] + 1, ... (copied text, step 1) or all from bases[k]
    (text a step inserted, step 0).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = len(text)
        self.starts, self.bases, self.steps = [0], [0], [1]

    def origin(self, i: int) -> int:
        """Offset in the decoded text of clean character i (the decoded end for the end of the text)."""
        if i >= len(self.text):
            return self.end
        k = bisect.bisect_right(self.starts, i) - 1
        return self.bases[k] + (i - self.starts[k]) * self.steps[k]

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> list[tuple[int, int, str, str]]:
        """Replace matches; returns (decoded start, decoded end, before, after) of each change."""
        return self.edit((m.start(), m.end(), repl(m)) for m in pattern.finditer(self.text))

    def insert(self, positions: list[int], what: str = "\n") -> list[tuple[int, int, str, str]]:
        """Insert `what` before each clean offset in `positions` (ascending)."""
        return self.edit((p, p, what) for p in positions)

    def edit(self, edits) -> list[tuple[int, int, str, str]]:
        """Apply (start, end, new) replacements of clean ranges, in order and not overlapping."""
        out: list[str] = []
        runs = _Runs()
        changes: list[tuple[int, int, str, str]] = []
        pos = 0
        for m_start, m_end, new in edits:
            old = self.text[m_start:m_end]
            if new == old:
                continue
            keep = 0  # characters kept at the front (an insertion after them) keep their own origin
            while keep < min(len(old), len(new)) and old[keep] == new[keep]:
                keep += 1
            first = m_start + keep  # what the log reports: only the part that changed
            src_start = self.origin(first)
            src_end = self.origin(m_end - 1) + 1 if m_end > first else src_start
            out.append(self.text[pos:first])
            self._copy(runs, pos, first)
            out.append(new[keep:])
            # Inserted characters take the origin of what they replace (or of what follows them).
            runs.add(self.origin(first) if first < m_end else self.origin(m_end), 0, len(new) - keep)
            changes.append((src_start, src_end, old[keep:], new[keep:]))
            pos = m_end
        if changes:
            out.append(self.text[pos:])
            self._copy(runs, pos, len(self.text))
            self.text = "".join(out)
            self.starts, self.bases, self.steps = runs.starts, runs.bases, runs.steps
        return changes

    def _copy(self, runs: _Runs, a: int, b: int) -> None:
        """Append the map of clean characters [a, b) as they are."""
        if a >= b:
            return
        k = bisect.bisect_right(self.starts, a) - 1
        while k < len(self.starts) and self.starts[k] < b:
            lo = max(self.starts[k], a)
            hi = min(self.starts[k + 1] if k + 1 < len(self.starts) else b, b)
            runs.add(self.bases[k] + (lo - self.starts[k]) * self.steps[k], self.steps[k], hi - lo)
            k += 1


class _Runs:
    """Runs of a map being built left to right; a run continuing the previous one extends it."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.bases: list[int] = []
        self.steps: list[int] = []
        self.length = 0

    def add(self, base: int, step: int, count: int) -> None:
        if count <= 0:
            return
        if self.starts:
            last = len(self.starts) - 1
            run = self.length - self.starts[last]
            if step == self.steps[last] and base == self.bases[last] + run * step:
                self.length += count
                return
        self.starts.append(self.length)
        self.bases.append(base)
        self.steps.append(step)
        self.length += count


class _Log:
    def __init__(self, decoded: str) -> None:
        self.steps: list[CleanStep] = []
        self._starts = line_starts(decoded)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def add(self, kind: str, message: str, changes: list[tuple[int, int, str, str]]) -> None:
        for start, end, before, after in changes:
            self.steps.append(CleanStep(kind, start, end, before, after, self.line(start), message))


def _tag_repl(m: re.Match[str]) -> str:
    tag = m.group(0).lower()
    if tag.startswith("?"):
        return "?"  # the "?" is the encoding damage that ate the "<": proofreading repairs it
    return "\n" if tag.startswith(("<br", "<p", "</p", "<div", "</div")) else ""


def _pinyin_repl(m: re.Match[str]) -> str:
    before = m.string[m.start() - 1] if m.start() else ""
    return "" if "\u4e00" <= before <= "\u9fff" else m.group(0)


_WIDE_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"

# (kind, message, pattern, replacement, needles): a step runs only when one of its needles is in the text
# (None: always). `in` finds a character ~30x faster than a regex scan, and clean text has none of them.
_CHARACTER_STEPS = (
    ("markup", "还原网页字符实体", _ENTITY, lambda m: _unescape(m.group(0)), ("&",)),
    ("line-endings", "统一换行符", re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]\n?"), lambda m: "\n",
     tuple("\r\u2028\u2029\x0b\x0c\x85")),
    ("spaces", "删除零宽字符", _ZERO_WIDTH, lambda m: "", tuple("\u200b\u200c\u200d\u2060\ufeff\u00ad")),
    ("controls", "删除控制字符", _CONTROLS, lambda m: "", None),
    ("spaces", "不换行空格改为普通空格", re.compile(f"[{_WIDE_SPACES}]"), lambda m: " ", tuple(_WIDE_SPACES)),
    ("markup", "删除网页标签残留", _TAG, _tag_repl, ("<", "?/")),
    ("pinyin", "删除字后的拼音注音", _PINYIN, _pinyin_repl, tuple(_TONE)),  # an annotation has a tone mark
)


def _unescape(entity: str) -> str:
    """Decode an entity, and again while the result is still one (&amp;lt; -> <)."""
    for _ in range(3):
        decoded = html.unescape(entity)
        if decoded == entity or not _ENTITY.fullmatch(decoded):
            return decoded
        entity = decoded
    return entity


def line_starts(text: str) -> list[int]:
    """Offsets where each line of `text` starts."""
    return [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1])]


@dataclass(frozen=True)
class Cleaned:
    text: str
    steps: tuple[CleanStep, ...]
    # The map back to the decoded text, as runs (see _Text).
    run_starts: tuple[int, ...] = (0,)
    run_bases: tuple[int, ...] = (0,)
    run_steps: tuple[int, ...] = (1,)

    def source_offset(self, clean_offset: int, decoded_len: int) -> int:
        """Offset in the decoded text of a clean character (`decoded_len` for the end of the text)."""
        if clean_offset >= len(self.text):
            return decoded_len
        k = bisect.bisect_right(self.run_starts, clean_offset) - 1
        return self.run_bases[k] + (clean_offset - self.run_starts[k]) * self.run_steps[k]


SHIPPED = "shipped"  # clean(…, segmenter=SHIPPED): the product's own model; None: no learned step


def clean(decoded: str, segmenter=SHIPPED) -> Cleaned:
    """Clean decoded text; see the module docstring for what is (and is not) changed. `segmenter` restores
    the titles of a text that lost its line breaks (a `jianbao.ingest.segmenter.Segmenter`)."""
    t = _Text(decoded)
    log = _Log(decoded)
    # One step can reveal work for another ("&</span>nbsp;", a zero-width character hiding a
    # pinyin annotation), so the character-level steps repeat until nothing changes: cleaning
    # clean text changes nothing. A step that found nothing in the text as it still is is not run again.
    edits, idle = 0, [-1] * len(_CHARACTER_STEPS)  # idle[k]: the number of edits when step k last found nothing
    for _ in range(5):
        changed = 0
        for k, (kind, message, pattern, repl, needles) in enumerate(_CHARACTER_STEPS):
            if idle[k] == edits:
                continue
            if needles is not None and not any(n in t.text for n in needles):
                idle[k] = edits
                continue
            changes = t.sub(pattern, repl)
            log.add(kind, message, changes)
            changed += len(changes)
            edits += len(changes)
            if not changes:
                idle[k] = edits
        if not changed:
            break
    if is_markdown(decoded):  # the splitter asks the same of the decoded text
        _strip_markdown(t, log)
    spaces = []
    if any(c + "\n" in t.text for c in _SPACE):
        spaces += t.sub(_TRAILING_SPACES, lambda m: "")
    if any("\n" + c in t.text for c in _SPACE):
        spaces += t.sub(_INDENTS, lambda m: "\n")
    if t.text[:1] in _SPACE or t.text[-1:] in _SPACE:
        spaces += t.sub(_END_SPACES, lambda m: "")
    log.add("spaces", "删除行首缩进和行尾空白", sorted(spaces))
    log.add("blank-lines", "删除空行", t.sub(re.compile(r"\n\n+"), lambda m: "\n"))
    if t.text.startswith("\n") or t.text.endswith("\n"):
        log.add("blank-lines", "删除首尾空行", t.sub(re.compile(r"\A\n+|\n+\Z"), lambda m: ""))
    _rejoin_hard_wraps(t, log)
    _restore_paragraphs(t, log, segmenter)
    return Cleaned(t.text, tuple(log.steps), tuple(t.starts), tuple(t.bases), tuple(t.steps))


# Markdown (digests saved from sites and feeds): "### 标题", [文字](网址), **粗体**.
MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)", re.M)
MD_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|www\.)[^()\s]{1,500}\)")
_MD_BOLD = re.compile(r"\*\*([^*\n]{1,200})\*\*")


def is_markdown(text: str) -> bool:
    """Markdown shows itself by headings: at least two lines opening with "#"s and a space."""
    if "#" not in text:
        return False
    found = 0
    for _ in MD_HEADING.finditer(text):
        found += 1
        if found >= 2:
            return True
    return False


def _link_repl(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return m.group(0)  # a link alone on its line ("[查看原文](…)"): the splitter reports it apart
    return m.group(1)


def _strip_markdown(t: _Text, log: _Log) -> None:
    log.add("markdown", "删除 Markdown 标题符号", t.sub(MD_HEADING, lambda m: ""))
    log.add("markdown", "删除 Markdown 链接，只留文字", t.sub(MD_LINK, _link_repl))
    log.add("markdown", "删除 Markdown 粗体符号", t.sub(_MD_BOLD, lambda m: m.group(1)))


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width a text was hard-wrapped at, if most lines share one length."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 4:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    return width if width >= 12 and count >= 3 and count >= 0.4 * len(lengths) else None


def _rejoin_hard_wraps(t: _Text, log: _Log) -> None:
    width = wrap_width(t.text.split("\n"))
    if width is None:
        return
    # A line of exactly the wrap width continues on the next line, unless the next line opens an article.
    pattern = re.compile(rf"(?<=^.{{{width - 1}}}[^)）])\n(?!【)", re.M)
    log.add("rewrap", f"合并按 {width} 字硬换行的行", t.sub(pattern, lambda m: ""))


_UNIT_END = re.compile(r"(?<=[。！？!?”])[(（][^()（）\n]{2,60}[)）](?=\S)")


def _restore_paragraphs(t: _Text, log: _Log, segmenter) -> None:
    """A paste that lost all its line breaks: break before 【tags】, after units and editor's notes."""
    lines = t.text.split("\n")
    if len(t.text) < 400 or max(map(len, lines)) < 1000 or len(t.text) / len(lines) < 600:
        return
    from jianbao.ingest.units import looks_like_units

    log.add("paragraphs", "在栏目标签前恢复分段", t.sub(re.compile(r"(?<=[^\n])(?=【[^】\n]{1,12}】)"), lambda m: "\n"))

    def after_units(m: re.Match[str]) -> str:
        return m.group(0) + "\n" if looks_like_units(m.group(0)[1:-1]) else m.group(0)

    log.add("paragraphs", "在报送单位后恢复分段", t.sub(_UNIT_END, after_units))
    log.add("paragraphs", "在编者按后恢复分段", t.sub(re.compile(r"(?:--|——|－－)\s*[编編]者按(?=\S)"), lambda m: m.group(0) + "\n"))
    if isinstance(segmenter, str):
        from jianbao.ingest.segmenter import shipped

        segmenter = shipped()
    if segmenter is not None:
        # A title that stood alone on its line now runs into the lead of its article ("…建设1月3日，…",
        # "…稳中求进央视网消息（新闻联播）：…"): the segmenter's glued-title model says where it ends.
        from jianbao.ingest.segmenter import glued_breaks

        log.add("paragraphs", "在标题前后恢复分段", t.insert(glued_breaks(t.text, segmenter)))
