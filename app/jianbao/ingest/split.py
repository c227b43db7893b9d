"""Clean text -> articles: where each starts, its tag, title, note, body, subheadings and units.

Every character of the clean text ends up in exactly one field of one article (recorded in
`spans`; what lies between fields is line breaks, kind "layout") or in a remainder.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from jianbao.ingest.clean import MD_LINK
from jianbao.ingest.segment_features import TAG
from jianbao.ingest.units import CREDIT, split_units, trailing_attribution

_TITLE_END = re.compile(r"[。！？!?]")
_CLAUSE_END = re.compile(r"[，,：:；;]")
_NOTE_END = re.compile(r"(?:--|——|－－|—|-)?\s*[编編]者按[:：]?\s*$")
_NOTE_START = re.compile(r"^(?:【[编編]者按】|[编編]者按[:：])")
_SENTENCE_END = ("。", "；", ";", "！", "!", "…")
_LEAD_IN_END = ("：", ":", "，", ",", "、")  # "央视网消息（新闻联播）：" leads into what follows
MAX_SUBHEADING = 40
MAX_TITLE = 80


class Line(NamedTuple):
    """One line of the clean text (a tuple: 30,000 of them are made for a 1 MB paste)."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Piece:
    """One article's fields, each also kept as a span into the clean text."""

    start: int
    end: int
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    tag: str | None = None
    title: str = ""
    editors_note: str | None = None
    body: str = ""
    units: tuple[str, ...] = ()
    subheadings: tuple[str, ...] = ()
    confidence: float | None = None  # the segmenter's probability that an article opens here


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for i, chunk in enumerate(text.split("\n")):
        out.append(Line(i, pos, chunk))
        pos += len(chunk) + 1
    return out


_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|—{2,})\s*$")


def markdown_level(levels: dict[int, int]) -> int:
    """The heading level of a Markdown digest's articles: the one used most (the deeper on a tie)."""
    counts = Counter(levels.values())
    return max(counts, key=lambda lv: (counts[lv], lv))


def tail_parts(chunk: list[Line], levels: dict[int, int], level: int) -> list[tuple[int, str]]:
    """The parts of a Markdown article's lines that are not the article, as (index in chunk, why), in order:
    link lines closing it ("[查看原文](…)"), then a rule and what follows it, or a heading above the
    article level and what follows it."""
    cut, parts = len(chunk), []
    for k, line in enumerate(chunk[1:], 1):
        if _RULE.match(line.text) or levels.get(line.index, 7) < level:
            cut = k
            why = "分隔线及其后的文字" if _RULE.match(line.text) else "栏目标题"
            parts.append((k, why + "（不属于任何文章）"))
            break
    links = cut
    while links > 1 and (not chunk[links - 1].text.strip() or is_link_line(chunk[links - 1].text)):
        links -= 1
    while links < cut and not chunk[links].text.strip():
        links += 1
    if links < cut:
        parts.insert(0, (links, "原文链接（不属于正文）"))
    return parts


def is_link_line(text: str) -> bool:
    """A line that is only a Markdown link ("[查看原文](https://…)")."""
    return MD_LINK.fullmatch(text.strip()) is not None


def build(text: str, lines: list[Line], known_units: frozenset[str] = frozenset(),
          closings: dict[int, re.Match[str]] | None = None) -> Piece:
    """Fields of the article made of `lines` (consecutive; the first is not empty). `closings`: the closing
    attributions `article_starts` found, when it looked at these lines."""
    p = Piece(lines[0].start, lines[-1].end)
    first, rest_lines = lines[0], list(lines[1:])
    pos = first.start
    m = TAG.match(first.text)
    if m:
        p.tag = m.group(1).strip()
        p.spans.append(("tag", pos, pos + m.end()))
        pos += m.end()
    if pos == first.end and rest_lines:
        # The tag stood alone on its line: the title is the next line.
        first, rest_lines = rest_lines[0], rest_lines[1:]
        pos = first.start
    after_title = _take_title(p, text, pos, first.end)
    body_start = after_title if after_title < first.end else (rest_lines[0].start if rest_lines else first.end)
    body_start = _take_note(p, text, body_start, p.end)
    last = lines[-1]
    # The last line's attribution as article_starts saw it, when the body holds that whole line.
    closing = closings.get(last.index) if closings is not None and body_start <= last.start else _NOT_LOOKED
    _take_body(p, text, body_start, p.end, known_units, closing)
    return p


def _take_title(p: Piece, text: str, start: int, line_end: int) -> int:
    """Title up to the first 。 (the 。 kept as title_end) or ！/？ (kept in the title), or the whole short line;
    returns where it stops."""
    line = text[start:line_end]
    end = _TITLE_END.search(line)
    if end and len(line) <= MAX_TITLE and _title_goes_on(line[end.end():]):
        end = None  # "一部微短剧何以带火一座城？（四海听音）": the mark is inside the title
    if end and 0 < end.start() <= MAX_TITLE and end.group() in "！？!?":
        cut = stop = end.end()  # "热！", "何以带火一座城？": a headline's own mark, printed with it
    elif end and 0 < end.start() <= MAX_TITLE:
        cut, stop = end.start(), end.end()
    elif len(line) <= MAX_TITLE:
        cut = stop = len(line)
    else:
        clause = _CLAUSE_END.search(line[:MAX_TITLE])
        cut = stop = clause.start() if clause else MAX_TITLE
    # Spaces are part of titles ("凝聚力量 共谋发展"), but not at their ends.
    lead = len(line[:cut]) - len(line[:cut].lstrip())
    trail = len(line[:cut]) - len(line[:cut].rstrip())
    p.title = line[lead : cut - trail]
    if p.title:
        p.spans.append(("title", start + lead, start + cut - trail))
    if stop > cut:
        p.spans.append(("title_end", start + cut, start + stop))
    return start + stop


def _title_goes_on(rest: str) -> bool:
    """What follows a ？ or ！ on a title's line is still the title: a short phrase, no sentence."""
    rest = rest.strip()
    return 0 < len(rest) <= 30 and not _TITLE_END.search(rest) and "，" not in rest and not rest[0].isdigit()


def _take_note(p: Piece, text: str, start: int, end: int) -> int:
    """An editor's note: text closed by `--编者按` (within the first paragraphs), or opened by `编者按：`."""
    window = text[start:end]
    m = None
    offset = 0
    for chunk in window.split("\n", 4)[:4]:
        # The pattern is anchored at the line's end: search only its tail, and only when the marker is there.
        found = _NOTE_END.search(chunk, max(0, len(chunk) - 12)) if "者按" in chunk[-8:] else None
        if found and found.start() > 0:
            m = (offset + found.start(), offset + len(chunk))
            break
        offset += len(chunk) + 1
    if m:
        note_end, marker_end = start + m[0], start + m[1]
        p.editors_note = text[start:note_end].strip()
        p.spans.append(("editors_note", start, note_end))
        p.spans.append(("note_marker", note_end, marker_end))
        return _skip_newlines(text, marker_end, end)
    lead = _NOTE_START.match(window)
    if lead:
        line_end = text.find("\n", start)
        line_end = end if line_end < 0 or line_end > end else line_end
        p.spans.append(("note_marker", start, start + lead.end()))
        p.editors_note = text[start + lead.end() : line_end].strip()
        p.spans.append(("editors_note", start + lead.end(), line_end))
        return _skip_newlines(text, line_end, end)
    return start


def _skip_newlines(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in "\n ":
        pos += 1
    return pos


_NOT_LOOKED = object()  # no closing attribution known yet (None: looked, there is none)


def _take_body(p: Piece, text: str, start: int, end: int, known_units: frozenset[str],
               closing: object = _NOT_LOOKED) -> None:
    body_end = end
    last_start = text.rfind("\n", start, end) + 1 or start
    last_start = max(last_start, start)
    m = trailing_attribution(text[last_start:end], known_units) if closing is _NOT_LOOKED else closing
    if m and not CREDIT.search(m.group(1)):
        units_start = last_start + m.start()
        p.units = tuple(split_units(m.group(1)))
        p.spans.append(("units", units_start, end))
        body_end = units_start
        while body_end > start and text[body_end - 1] in "\n ":
            body_end -= 1
    start = _skip_newlines(text, start, body_end)
    p.body = text[start:body_end]
    if body_end > start:
        p.spans.append(("body", start, body_end))
    paragraphs = p.body.split("\n")
    p.subheadings = tuple(
        para for k, para in enumerate(paragraphs)
        if k < len(paragraphs) - 1 and 0 < len(para) <= MAX_SUBHEADING and "。" not in para
        and not para.endswith(_SENTENCE_END + _LEAD_IN_END)
    )


def with_layout(spans: list[tuple[str, int, int]], start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    """Spans sorted, with the gaps between fields (line breaks, spaces) filled as 'layout'."""
    out: list[tuple[str, int, int]] = []
    pos = start
    for kind, s, e in sorted(spans, key=lambda x: x[1]):
        if s > pos:
            out.append(("layout", pos, s))
        out.append((kind, s, e))
        pos = e
    if pos < end:
        out.append(("layout", pos, end))
    return tuple(out)
