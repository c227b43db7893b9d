"""PDF with a text layer -> text: lines in reading order, running heads, feet and page numbers left out.

pdfminer.six (MIT, pure Python) reads the text layer with every character's font, size and position;
lines, columns and their reading order are worked out here from those positions, which also tell a
running header from the body. It runs in a child process (`python -m jianbao.ingest.pdf FILE ANSWER`) with a timeout, so a hostile or
huge PDF can neither hang nor crash the editor's window.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import astuple, dataclass, replace
from pathlib import Path

from jianbao.errors import InputError

TIMEOUT = 120          # seconds for the whole document; a digest of 20 pages reads in a few
MAX_PAGES = 500
MIN_CHARS_PER_PAGE = 20  # below this on average the PDF is a scan (or pictures) without a text layer
BLANK_LINE = 2.0       # a vertical gap of this many character heights between two lines reads as an empty line
EDGE = 0.15            # share of the page height at top and bottom where running heads and feet live
SCANNED = ("“{name}”是扫描版 PDF（没有文字层），无法读取其中的文字；请向报送单位索要 Word 原稿，"
           "或先用 OCR 软件识别为文字后再导入")
# "— 3 —", "- 3 -", "第3页", "第 3 页 共 9 页", "3 / 9", "Page 3": a page number and nothing else.
PAGE_NUMBER = re.compile(r"^[\s—–\-－·•]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*页)?"
                         r"(?:\s*(?:/|共)\s*\d{1,4}\s*页?)?[\s—–\-－·•]*$|^(?:page|p\.)\s*\d{1,4}$", re.IGNORECASE)
CHILD_SWITCH = "--pdf-layout"  # the bundled app (installer/jianbao_main.py) runs `child_main` on this switch
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")


@dataclass(frozen=True)
class PdfLine:
    """One line of text as laid out on its page (points, origin bottom left)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    box: int      # which column of the page it stands in (-1: across the columns)
    size: float   # the line's height: a character's size


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    lines: tuple[PdfLine, ...]


def read_pdf(data: bytes, name: str) -> tuple[str, int]:
    """(text, pages) of a PDF's text layer; a scan, an encrypted or a broken PDF is refused clearly."""
    pages = _pages_in_child(data, name)
    chars = sum(len(line.text.strip()) for page in pages for line in page.lines)
    if not pages or chars < MIN_CHARS_PER_PAGE * len(pages):
        raise InputError(SCANNED.format(name=name))
    return body_text(pages), len(pages)


def body_text(pages: list[PdfPage]) -> str:
    """The text of the pages without running heads, feet and page numbers, paragraphs re-joined."""
    running = _running_lines(pages)
    out: list[str] = []
    previous: PdfLine | None = None
    edges_of_previous = (0.0, 0.0)
    for page in pages:
        edges = _column_edges(page)
        kept = [line for line in page.lines
                if line.text.strip() and _key(line) not in running and not _is_page_number(line, page)]
        for index, line in enumerate(kept):
            if previous is not None and _continues(previous, edges_of_previous, line, edges[line.box],
                                                   same_page=index > 0):
                out[-1] += line.text
            else:
                if index > 0 and previous.box == line.box and previous.y0 - line.y1 > BLANK_LINE * line.size:
                    out.append("")  # an empty paragraph's worth of space: the empty line the source had
                out.append(line.text)
            previous, edges_of_previous = line, edges[line.box]
    return "\n".join(line.rstrip() for line in out)


def _column_edges(page: PdfPage) -> dict[int, tuple[float, float]]:
    """Left and right edge of each column of a page (box -1: lines across the columns)."""
    edges: dict[int, tuple[float, float]] = {}
    for line in page.lines:
        left, right = edges.get(line.box, (line.x0, line.x1))
        edges[line.box] = (min(left, line.x0), max(right, line.x1))
    return edges


def _continues(previous: PdfLine, before: tuple[float, float], line: PdfLine, here: tuple[float, float], *,
               same_page: bool) -> bool:
    """A line continues the paragraph above when that one ran to the right edge of its column (less the two
    characters line-breaking rules may push down: 。 never opens a line), this one is not indented (a first-line
    indent of two characters opens a paragraph; a title is centred) and no paragraph space lies between them."""
    size = max(previous.size, line.size, 1.0)
    full = previous.x1 >= before[1] - 2.5 * size and before[1] - before[0] > 8 * size
    flush = line.x0 <= here[0] + 0.5 * size
    close = not same_page or previous.box != line.box or previous.y0 - line.y1 < 0.9 * size
    return full and flush and close and not previous.text.rstrip().endswith(("：", ":"))


def _key(line: PdfLine) -> tuple[str, int]:
    """A line's text with its digits masked, and its height on the page: the same on every page for a running head."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text)), round(line.y0 / 4)


def _at_edge(line: PdfLine, page: PdfPage) -> bool:
    return line.y0 >= page.height * (1 - EDGE) or line.y1 <= page.height * EDGE


def _running_lines(pages: list[PdfPage]) -> set[tuple[str, int]]:
    """Lines near the top or bottom edge that come back at the same place on at least half the pages (two at least)."""
    if len(pages) < 2:
        return set()
    seen = Counter(key for page in pages for key in {_key(line) for line in page.lines if _at_edge(line, page)})
    return {key for key, count in seen.items() if count >= max(2, len(pages) / 2) and key[0]}


def _is_page_number(line: PdfLine, page: PdfPage) -> bool:
    return _at_edge(line, page) and bool(PAGE_NUMBER.match(line.text.strip()))


def _pages_in_child(data: bytes, name: str) -> list[PdfPage]:
    """The layout of every page, worked out by a child process that is killed after TIMEOUT seconds."""
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise InputError(f"“{name}”不是有效的 PDF 文件（文件已损坏或不完整）")
    with tempfile.TemporaryDirectory(prefix="jianbao-pdf-") as tmp:
        path, answer_path = Path(tmp) / "submission.pdf", Path(tmp) / "layout.json"
        path.write_bytes(data)
        try:
            subprocess.run(child_command(str(path), str(answer_path)), stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT, check=False, cwd=tmp)
        except subprocess.TimeoutExpired as exc:
            raise InputError(f"“{name}”（PDF）在 {TIMEOUT} 秒内没有读完，已放弃；请向报送单位索要 Word 原稿") from exc
        except OSError as exc:
            raise InputError(f"无法启动读取 PDF 的进程：{exc}") from exc
        try:
            answer = json.loads(answer_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:  # the child died (out of memory, a crash in the parser)
            raise InputError(f"“{name}”无法读取（PDF 已损坏）") from exc
    if "error" in answer:
        raise InputError(answer["error"].replace("{name}", name))
    return [PdfPage(p["width"], p["height"], tuple(PdfLine(*line) for line in p["lines"])) for p in answer["pages"]]


def child_command(path: str, answer: str) -> list[str]:
    """How to run `child_main`: this module under the same Python, or the bundled app's own switch."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_SWITCH, path, answer]
    return [sys.executable, "-m", "jianbao.ingest.pdf", path, answer]


def child_main(path: str, answer_path: str) -> int:
    """Child process: write the pages as JSON to `answer_path`, or {"error": message with {name}} (a file, not
    stdout: the windowed app on Windows has none)."""
    try:
        answer: dict = {"pages": [{"width": p.width, "height": p.height, "lines": [astuple(line) for line in p.lines]}
                                  for p in layout(path)]}
    except InputError as exc:
        answer = {"error": exc.message}
    except Exception as exc:  # noqa: BLE001 - any parser failure is a damaged file to the editor
        encrypted = type(exc).__name__.startswith("PDFPassword") or "encrypt" in str(exc).lower()
        answer = {"error": "“{name}”设有密码（已加密），请取消密码后再导入" if encrypted
                  else "“{name}”无法读取（PDF 已损坏或格式不受支持）"}
    Path(answer_path).write_text(json.dumps(answer, ensure_ascii=False), "utf-8")
    return 0


def layout(path: str) -> list[PdfPage]:
    """Every page's text lines in reading order: columns one after the other, lines top to bottom.

    Lines are built from the characters themselves (by baseline, then left to right): pdfminer's own line
    grouping follows the content stream, and writers such as LibreOffice draw each font's run apart, which
    tore quotation marks and digits (set in a Latin font) out of their lines."""
    from pdfminer.high_level import extract_pages

    pages: list[PdfPage] = []
    for number, page in enumerate(extract_pages(path, laparams=None), 1):
        if number > MAX_PAGES:
            raise InputError(f"“{{name}}”超过 {MAX_PAGES} 页，不像一期简报；请拆分后再导入")
        segments = [segment for row in _rows(_characters(page)) for segment in _segments(row)]
        pages.append(PdfPage(page.width, page.height, tuple(_reading_order(segments))))
    return pages


def _characters(container) -> list:
    from pdfminer.layout import LTChar, LTContainer

    found = []
    for item in container:
        if isinstance(item, LTChar):
            if item.upright and item.get_text() and item.size > 0:
                found.append(item)
        elif isinstance(item, LTContainer):
            found.extend(_characters(item))
    return found


def _rows(chars: list) -> list[list]:
    """Characters on one baseline, each row left to right, rows top to bottom."""
    rows: list[list] = []
    for char in sorted(chars, key=lambda c: (-c.y0, c.x0)):
        if rows and abs(rows[-1][0].y0 - char.y0) <= 0.3 * max(char.size, rows[-1][0].size):
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=lambda c: c.x0) for row in rows]


def _segments(row: list) -> list[PdfLine]:
    """A row cut where a gap wider than 1.5 characters opens (a column's gutter, a tab stop)."""
    segments: list[PdfLine] = []
    part = [row[0]]
    for char in row[1:]:
        if char.x0 - part[-1].x1 > 1.5 * max(char.size, part[-1].size):
            segments.append(_line(part))
            part = [char]
        else:
            part.append(char)
    segments.append(_line(part))
    return segments


def _line(chars: list) -> PdfLine:
    text = chars[0].get_text()
    for before, char in zip(chars, chars[1:]):
        piece = char.get_text()
        # Latin words set without space glyphs; CJK text never takes a space for its autospacing gaps.
        if piece == " " and text.endswith(" "):
            continue
        if (before.get_text()[-1:].isascii() and piece[:1].isascii() and not text.endswith(" ")
                and char.x0 - before.x1 > 0.2 * char.size):
            text += " "
        text += piece
    size = max(c.size for c in chars)
    # A space a line ends with is kept: it belongs between this line and the next when they are one paragraph.
    return PdfLine(text.lstrip(), chars[0].x0, min(c.y0 for c in chars), chars[-1].x1, max(c.y1 for c in chars), 0, size)


def _reading_order(segments: list[PdfLine]) -> list[PdfLine]:
    """Segments (top to bottom) in reading order, `box` set to their column (-1: across the columns)."""
    gutters = _gutters(segments)
    if not gutters:
        return segments
    ordered: list[PdfLine] = []
    band: list[PdfLine] = []

    def column(segment: PdfLine) -> int:
        return sum(segment.x0 >= right for _left, right in gutters)

    for segment in segments:
        if any(segment.x0 < left and segment.x1 > right for left, right in gutters):
            ordered.extend(sorted(band, key=lambda s: (s.box, -s.y0)))
            band = []
            ordered.append(replace(segment, box=-1))
        else:
            band.append(replace(segment, box=column(segment)))
    ordered.extend(sorted(band, key=lambda s: (s.box, -s.y0)))
    return ordered


def _gutters(segments: list[PdfLine]) -> list[tuple[float, float]]:
    """Vertical strips no column line crosses, with lines on both sides that start at one edge (a column),
    not merely short lines and right-aligned attributions."""
    if len(segments) < 8:
        return []
    left_edge = min(s.x0 for s in segments)
    right_edge = max(s.x1 for s in segments)
    narrow = sorted((s for s in segments if s.x1 - s.x0 < 0.6 * (right_edge - left_edge)), key=lambda s: s.x0)
    gaps, reach = [], None
    for s in narrow:
        if reach is not None and s.x0 - reach >= s.size:
            gaps.append((reach, s.x0))
        reach = s.x1 if reach is None else max(reach, s.x1)
    return [(left, right) for left, right in gaps if _aligned(narrow, left, right)]


def _aligned(narrow: list[PdfLine], left: float, right: float) -> bool:
    sides = ([s for s in narrow if s.x1 <= left], [s for s in narrow if s.x0 >= right])
    for side in sides:
        if len(side) < 4:
            return False
        starts = Counter(round(s.x0 / 3) for s in side)
        if starts.most_common(1)[0][1] < 0.5 * len(side):
            return False
    return True

if __name__ == "__main__":
    raise SystemExit(child_main(sys.argv[1], sys.argv[2]))
