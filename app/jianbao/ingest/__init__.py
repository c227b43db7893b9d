"""Ingest: bytes or pasted text -> decoded -> cleaned -> split into article drafts (with metadata).

    >>> from jianbao.ingest import split_text
    >>> r = split_text("【工作动态】标题一。1月3日，正文。(开发区经济发展部)")
    >>> r.articles[0].title, r.articles[0].units
    ('标题一', ('开发区经济发展部',))
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import replace
from collections.abc import Iterable
from pathlib import Path

from jianbao.errors import InputError
from jianbao.ingest.clean import MD_HEADING, clean, is_markdown, line_starts
from jianbao.ingest.dates import first_date, full_dates, reference_date, resolve
from jianbao.ingest.decode import Decoded, read_bytes, read_source
from jianbao.ingest.html import html_to_text
from jianbao.ingest.segmenter import shipped
from jianbao.ingest.split import Line, build, lines_of, markdown_level, tail_parts, with_layout
from jianbao.models import UNCERTAIN, ArticleDraft, Remainder, SplitResult

__all__ = ["split_text", "split_file", "split_bytes", "split_html", "resplit", "read_source"]


def split_file(path: str | Path, *, known_units: Iterable[str] = (), classify: bool = True, segmenter=None) -> SplitResult:
    """Read a file (any supported kind and encoding) and split it."""
    path = Path(path)
    decoded = read_source(path)
    return _split_decoded(decoded, source=path.name, sha=_sha_file(path), known_units=known_units, classify=classify,
                          segmenter=segmenter)


def split_bytes(data: bytes, name: str = "粘贴", *, known_units: Iterable[str] = (), classify: bool = True, segmenter=None) -> SplitResult:
    decoded = read_bytes(data, name)
    return _split_decoded(decoded, source=name, sha=hashlib.sha256(data).hexdigest(), known_units=known_units,
                          classify=classify, segmenter=segmenter)


def split_text(text: str, *, source: str = "粘贴", encoding: str = "utf-8", known_units: Iterable[str] = (),
               classify: bool = True, segmenter=None) -> SplitResult:
    """Split text that is already decoded (a paste)."""
    _check_text(text, source)
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _split_decoded(Decoded(text, encoding), source=source, sha=sha, known_units=known_units, classify=classify,
                          segmenter=segmenter)


def split_html(html: str, *, source: str = "粘贴（网页）", known_units: Iterable[str] = (), classify: bool = True, segmenter=None) -> SplitResult:
    """Split HTML from the clipboard or a web page."""
    _check_text(html, source)
    sha = hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()
    text = html_to_text(html)
    return _split_decoded(Decoded(text, "html", "html"), source=source, sha=sha, known_units=known_units,
                          classify=classify, segmenter=segmenter)


def _check_text(text: str, source: str) -> None:
    from jianbao.ingest.decode import MAX_INPUT_BYTES

    if not text.strip():
        raise InputError(f"“{source}”是空的，没有可导入的文字")
    if len(text) > MAX_INPUT_BYTES // 2:
        raise InputError(f"“{source}”太长（{len(text) // 10000} 万字），请拆分后再导入")


def _sha_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _split_decoded(decoded: Decoded, *, source: str, sha: str, known_units: Iterable[str],
                   classify: bool, segmenter=None) -> SplitResult:
    segmenter = segmenter or shipped()
    text = _sanitize(decoded.text)
    cleaned = clean(text, segmenter)
    script = detect_script(cleaned.text)
    articles, remainder, boundaries = _articles(text, cleaned, frozenset(known_units), None, script, segmenter)
    return SplitResult(
        source=source, sha256=sha, encoding=decoded.encoding, script=script, text=text, clean_text=cleaned.text,
        cleaning=cleaned.steps, articles=_finish(articles, classify), remainder=tuple(remainder),
        boundaries=boundaries, proposed=tuple(a.clean_start for a in articles),
    )


def prepare(text: str, kind: str = "text", segmenter=None):
    """(cleaned, decoded) of a text as the splitter takes it; `kind` "html" converts it from HTML first."""
    decoded = _sanitize(html_to_text(text) if kind == "html" else text)
    return clean(decoded, segmenter or shipped()), decoded


def line_context(decoded: str, cleaned, levels: dict[int, int] | None = None,
                 all_lines: list[Line] | None = None) -> tuple[list[bool], list[int]]:
    """For each non-empty line of the clean text: whether the source had an empty line above it, and its
    Markdown heading level (0: none). `levels`, `all_lines`: the heading levels and `lines_of` the clean
    text, when already worked out."""
    all_lines = lines_of(cleaned.text) if all_lines is None else all_lines
    lines = [line for line in all_lines if line.text.strip()]
    if levels is None:
        levels = heading_levels(decoded, cleaned, all_lines, line_starts(decoded))
        levels = levels if len(levels) >= 2 else {}
    end, source = len(decoded), cleaned.source_offset
    blank, previous_end = [], None
    for line in lines:
        here = source(line.start, end)
        # An empty line between: two line breaks in the source from the end of the line before to this one.
        blank.append(previous_end is not None and decoded.count("\n", previous_end, here) >= 2)
        previous_end = source(max(line.start, line.end - 1), end)
    return blank, [levels.get(line.index, 0) for line in lines]


def _finish(articles: list[ArticleDraft], classify: bool) -> tuple[ArticleDraft, ...]:
    """Untagged articles get a category when asked."""
    if classify and articles:
        from jianbao.classify import fill_categories

        articles = list(fill_categories(articles))
    return tuple(articles)


def _sanitize(text: str) -> str:
    """Lone surrogates and NULs cannot be stored or shown: replace them visibly."""
    if "\x00" not in text and (text.isascii() or _no_surrogates(text)):
        return text
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


def _no_surrogates(text: str) -> bool:
    """UTF-16 refuses a lone surrogate too, and writes the rest of a text at the speed of a copy (4x faster
    than the round trip through UTF-8 on 1 MB)."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return False
    return True


def _articles(decoded: str, cleaned, known_units: frozenset[str], starts: list[int] | None, script: str,
              segmenter=None):
    """Drafts, remainders and candidate boundaries of the clean text; every draft carries the bulletin's
    script ('s' when unknown). `starts`: line indices the editor chose (None: the segmenter chooses)."""
    script = script if script in ("s", "t") else "s"
    text = cleaned.text
    lines = lines_of(text)
    starts_of_lines = line_starts(decoded)

    def source_line(clean_offset: int) -> int:
        return bisect.bisect_right(starts_of_lines, cleaned.source_offset(clean_offset, len(decoded)))

    levels = heading_levels(decoded, cleaned, lines, starts_of_lines)
    levels = levels if len(levels) >= 2 else {}  # one heading does not make a Markdown digest
    level = markdown_level(levels) if levels else 7
    probability: dict[int, float] = {}
    if starts is None:
        filled = [line for line in lines if line.text.strip()]
        blank, heading = line_context(decoded, cleaned, levels, lines)
        texts = [line.text for line in filled]
        probs, chosen = (segmenter or shipped()).line_starts(texts, blank_before=blank, heading=heading,
                                                             known_units=known_units)
        probability = {line.index: p for line, p in zip(filled, probs)}
        starts = [filled[k].index for k in chosen]
    chosen = set(starts)
    boundaries = tuple((lines[i].start, round(p, 3)) for i, p in probability.items()
                       if p >= UNCERTAIN[0] or i in chosen)
    remainder: list[Remainder] = []
    first = lines[starts[0]].start if starts else len(text)
    if first > 0:
        remainder.append(Remainder(text[:first], source_line(0), source_line(first - 1),
                                   "简报头（不属于任何文章）" if starts else "未识别出文章", 0, first))
    pieces = []
    bounds = starts + [len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        chunk = list(lines[a:b])
        next_start = lines[b].start if b < len(lines) else len(text)
        parts = tail_parts(chunk, levels, level) if levels else []
        if parts:
            # Link lines, a rule and a footer, a section heading: reported apart, each with its reason.
            for (k, reason), end in zip(parts, [chunk[k].start for k, _ in parts[1:]] + [next_start]):
                begin, last = chunk[k].start, max(chunk[k].start, _content_end(text, end) - 1)
                remainder.append(Remainder(text[begin:end].rstrip("\n"), source_line(begin), source_line(last),
                                           reason, begin, end))
            chunk, next_start = chunk[: parts[0][0]], chunk[parts[0][0]].start
        while chunk and not chunk[-1].text.strip():
            chunk.pop()
        if chunk:
            piece = build(text, chunk, known_units)
            piece.confidence = probability.get(a)
            # The line breaks up to the next article belong to this one (as layout): nothing is left over.
            piece.end = next_start
            pieces.append(piece)
    reference = reference_date(full_dates(text))
    drafts = []
    for p in pieces:
        # The event date is told early in an article: look at its head only.
        found = first_date("\n".join(filter(None, (p.title, p.editors_note or "", p.body[:1000]))))
        date_text = found.text if found else None
        last_char = max(p.start, _content_end(text, p.end) - 1)
        drafts.append(ArticleDraft(
            title=p.title, body=p.body, category=p.tag, category_source="tag" if p.tag else None,
            confidence=1.0 if p.tag else None, tag=p.tag, subheadings=p.subheadings, editors_note=p.editors_note,
            units=p.units, date=resolve(found, reference) if found else None, date_text=date_text,
            first_line=source_line(p.start), last_line=source_line(last_char),
            script=script, clean_start=p.start, clean_end=p.end, spans=with_layout(p.spans, p.start, p.end),
            boundary_confidence=None if p.confidence is None else round(p.confidence, 3),
        ))
    return drafts, remainder, boundaries


def _content_end(text: str, end: int) -> int:
    """`end` moved back over line breaks (without copying the text before it: 600 articles of 1 MB)."""
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return end


def heading_levels(decoded: str, cleaned, lines: list[Line], starts_of_lines: list[int]) -> dict[int, int]:
    """Clean line index -> Markdown heading level, for lines that were "# …" headings in the decoded text
    (cleaning removed the marks; the map back to the decoded text still sees them)."""
    if not is_markdown(decoded):
        return {}
    out = {}
    for line in lines:
        if line.text:
            origin = cleaned.source_offset(line.start, len(decoded))
            line_start = starts_of_lines[bisect.bisect_right(starts_of_lines, origin) - 1]
            m = MD_HEADING.match(decoded, line_start)
            if m and m.end() == origin:
                out[line.index] = len(m.group(1))
    return out


def detect_script(text: str) -> str:
    """The bulletin's dominant script, 's' or 't' ('unknown' without Chinese); read off its first 20,000
    characters, which tell as much as the whole and keep a 1 MB import fast."""
    from jianbao.script.detect import counts

    simplified, traditional = counts(text[:20_000])
    if not simplified and not traditional:
        return "unknown"
    return "t" if traditional > simplified else "s"


def resplit(result: SplitResult, starts: list[int], *, known_units: Iterable[str] = (), classify: bool = True,
            segmenter=None) -> SplitResult:
    """Split the same source again with the editor's boundaries.

    `starts` are character offsets into `result.clean_text`, each the start of a line that opens an article
    (as `ArticleDraft.clean_start` gives them); moving, merging and splitting articles are all a new list.
    The segmenter must be the one that made `result` (it restores the lines of a text that lost them).
    """
    lines = lines_of(result.clean_text)
    by_offset = {line.start: line.index for line in lines}
    bad = [s for s in starts if s not in by_offset]
    if bad:
        raise InputError("文章分界必须在行首")
    cleaned = clean(result.text, segmenter or shipped())
    if cleaned.text != result.clean_text:
        raise InputError("分界所依据的文字已变化，请重新拆分")
    articles, remainder, _ = _articles(result.text, cleaned, frozenset(known_units),
                                       sorted({by_offset[s] for s in starts}), result.script)
    return replace(result, articles=_finish(articles, classify), remainder=tuple(remainder))
