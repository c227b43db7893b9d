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
_PINYIN = re.compile(rf"(?:[(（][a-zü]*[{_TONE}][a-zü]*[)）])+")
_EDGE_SPACES = re.compile(r"[ \t\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Invisible control characters and non-characters: noise from old tools, and not allowed in .docx XML.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff]")


@dataclass
class _Text:
    """Text being cleaned, with origin[i] = offset in the decoded text of character i."""

    text: str
    origin: list[int]
    end: int

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> list[tuple[int, int, str, str]]:
        """Replace matches; returns (decoded start, decoded end, before, after) of each change."""
        out: list[str] = []
        origin: list[int] = []
        changes: list[tuple[int, int, str, str]] = []
        pos = 0
        for m in pattern.finditer(self.text):
            new = repl(m)
            if new == m.group(0):
                continue
            out.append(self.text[pos : m.start()])
            origin.extend(self.origin[pos : m.start()])
            old = m.group(0)
            keep = 0  # characters kept at the front (an insertion after them) keep their own origin
            while keep < min(len(old), len(new)) and old[keep] == new[keep]:
                keep += 1
            first = m.start() + keep  # what the log reports: only the part that changed
            src_start = self.origin[first] if first < len(self.origin) else self.end
            src_end = self.origin[m.end() - 1] + 1 if m.end() > first else src_start
            out.append(new)
            origin.extend(self.origin[m.start() : m.start() + keep])
            after = self.origin[m.start() + keep] if m.start() + keep < m.end() else (
                self.origin[m.end()] if m.end() < len(self.origin) else self.end)
            origin.extend([after] * (len(new) - keep))
            changes.append((src_start, src_end, old[keep:], new[keep:]))
            pos = m.end()
        if changes:
            out.append(self.text[pos:])
            origin.extend(self.origin[pos:])
            self.text = "".join(out)
            self.origin = origin
        return changes


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


def _edge_space_repl(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    at_start = start == 0 or text[start - 1] == "\n"
    at_end = end == len(text) or text[end] == "\n"
    return "" if at_start or at_end else m.group(0)


_CHARACTER_STEPS = (
    ("markup", "还原网页字符实体", _ENTITY, lambda m: _unescape(m.group(0))),
    ("line-endings", "统一换行符", re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]\n?"), lambda m: "\n"),
    ("spaces", "删除零宽字符", _ZERO_WIDTH, lambda m: ""),
    ("controls", "删除控制字符", _CONTROLS, lambda m: ""),
    ("spaces", "不换行空格改为普通空格", re.compile("[\u00a0\u2002-\u200a\u202f\u205f]"), lambda m: " "),
    ("markup", "删除网页标签残留", _TAG, _tag_repl),
    ("pinyin", "删除字后的拼音注音", _PINYIN, _pinyin_repl),
)


# One scan to tell whether another round could find anything (usually not).
_ANY_STEP = re.compile("|".join(f"(?:{p.pattern})" for _, _, p, _ in _CHARACTER_STEPS), re.IGNORECASE)


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
    origin: tuple[int, ...]
    steps: tuple[CleanStep, ...]

    def source_offset(self, clean_offset: int, decoded_len: int) -> int:
        return self.origin[clean_offset] if clean_offset < len(self.origin) else decoded_len


def clean(decoded: str) -> Cleaned:
    """Clean decoded text; see the module docstring for what is (and is not) changed."""
    t = _Text(decoded, list(range(len(decoded))), len(decoded))
    log = _Log(decoded)
    # One step can reveal work for another ("&</span>nbsp;", a zero-width character hiding a
    # pinyin annotation), so the character-level steps repeat until nothing changes: cleaning
    # clean text changes nothing.
    for _ in range(5):
        changed = 0
        for kind, message, pattern, repl in _CHARACTER_STEPS:
            changes = t.sub(pattern, repl)
            log.add(kind, message, changes)
            changed += len(changes)
        if not changed or not _ANY_STEP.search(t.text):
            break
    if is_markdown(decoded):  # the splitter asks the same of the decoded text
        _strip_markdown(t, log)
    log.add("spaces", "删除行首缩进和行尾空白", t.sub(_EDGE_SPACES, _edge_space_repl))
    log.add("blank-lines", "删除空行", t.sub(re.compile(r"\n{2,}"), lambda m: "\n"))
    log.add("blank-lines", "删除首尾空行", t.sub(re.compile(r"^\n+|\n+$"), lambda m: ""))
    _rejoin_hard_wraps(t, log)
    _restore_paragraphs(t, log)
    return Cleaned(t.text, tuple(t.origin), tuple(log.steps))


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


def _restore_paragraphs(t: _Text, log: _Log) -> None:
    """A paste that lost all its line breaks: break before 【tags】, after units and editor's notes."""
    lines = t.text.split("\n")
    if len(t.text) < 400 or max(map(len, lines)) < 1000 or len(t.text) / len(lines) < 600:
        return
    from jianbao.ingest.units import looks_like_units

    log.add("paragraphs", "在栏目标签前恢复分段", t.sub(re.compile(r"(?<=[^\n])(?=【[^】\n]{1,12}】)"), lambda m: "\n"))
    # A title that stood alone on its line now runs into a body opening with a date: "…建设1月3日，…".
    title_then_date = re.compile(r"(?<=】)[^【。\n]{4,60}?[^\d年](?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[,，])")
    log.add("paragraphs", "在标题后恢复分段", t.sub(title_then_date, lambda m: m.group(0) + "\n"))

    def after_units(m: re.Match[str]) -> str:
        return m.group(0) + "\n" if looks_like_units(m.group(0)[1:-1]) else m.group(0)

    log.add("paragraphs", "在报送单位后恢复分段", t.sub(_UNIT_END, after_units))
    log.add("paragraphs", "在编者按后恢复分段", t.sub(re.compile(r"(?:--|——|－－)\s*[编編]者按(?=\S)"), lambda m: m.group(0) + "\n"))
