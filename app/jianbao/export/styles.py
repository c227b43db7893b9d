"""The paragraph styles of a 简报 issue (GB/T 9704-2012 sizes), their fonts and the fallbacks named for them."""
from __future__ import annotations

from dataclasses import dataclass

# Font names as Chinese Word installations spell them; the fallback (w:altName) is the font every
# Windows since Vista ships, and the font table marks each as GB2312 (charset 86) so a missing font
# is replaced by a Chinese face, never a Japanese one.
FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
SONGTI = "宋体"
XIAOBIAOSONG = "方正小标宋简体"
LATIN = "Times New Roman"


@dataclass(frozen=True)
class FontInfo:
    """One entry of word/fontTable.xml: what Word and WPS use to substitute a missing font."""

    name: str
    alt: str | None
    panose: str
    family: str
    pitch: str
    charset: str = "86"


FONTS: tuple[FontInfo, ...] = (
    FontInfo(FANGSONG, "仿宋", "02010609030101010101", "modern", "fixed"),
    FontInfo("仿宋", "FangSong", "02010609060101010101", "modern", "fixed"),
    FontInfo(KAITI, "楷体", "02010609030101010101", "modern", "fixed"),
    FontInfo("楷体", "KaiTi", "02010609060101010101", "modern", "fixed"),
    FontInfo(HEITI, "SimHei", "02010609060101010101", "modern", "fixed"),
    FontInfo(SONGTI, "SimSun", "02010600030101010101", "auto", "variable"),
    FontInfo(XIAOBIAOSONG, SONGTI, "02000000000000000000", "auto", "variable"),
    FontInfo(LATIN, None, "02020603050405020304", "roman", "variable", charset="00"),
)

RED = "FF0000"
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
PAGE_NUMBER_SIZE = 14.0  # 4号
# The grid cell is 15.79 pt (28 characters in 156 mm). Word squeezes 16 pt characters into it, but
# LibreOffice gives a character wider than its cell two cells (a line of 14). Setting grid text 98 %
# wide makes each character fit one cell in both; the 0.3 pt is not visible.
GRID_SCALE = 98  # per cent


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style: the role the exporter asks for, its id/name, and its look."""

    role: str
    style_id: str
    name: str
    east_asia: str
    size: float  # points
    aliases: tuple[str, ...] = ()  # names the same role has in other templates (Word, WPS, LibreOffice)
    bold: bool = False
    color: str | None = None
    align: str | None = None  # both / center / right / left
    first_line_chars: int = 0
    left_chars: int = 0
    right_chars: int = 0
    before_lines: float = 0
    after_lines: float = 0
    keep_next: bool = False
    outline: int | None = None
    border_bottom: tuple[str, int, str] | None = None  # (kind, eighths of a point, colour)
    right_tab: bool = False  # a right-aligned tab stop at the right edge of the text
    exact_line: float | None = None  # points; None = single spacing snapped to the grid
    grid: bool | None = None  # None: on the grid when set in 3号

    @property
    def on_grid(self) -> bool:
        """Only 3号 text sits on the 28-character grid; larger or smaller type would be spread over
        whole grid cells (Word and LibreOffice both do that), so it is taken off the grid."""
        return self.grid if self.grid is not None else self.size == BODY_SIZE



STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("masthead", "JianbaoMasthead", "简报报头", XIAOBIAOSONG, 48, color=RED, align="center",
              exact_line=60),
    StyleSpec("number", "JianbaoNumber", "简报期号", KAITI, BODY_SIZE, align="center", before_lines=0.5,
              grid=False),
    StyleSpec("imprint", "JianbaoImprint", "简报编印", FANGSONG, BODY_SIZE, right_tab=True,
              border_bottom=("single", 24, RED), after_lines=1, grid=False),
    StyleSpec("issue_note", "JianbaoIssueNote", "简报编者按", KAITI, BODY_SIZE, align="both", first_line_chars=2),
    StyleSpec("contents_heading", "JianbaoContentsHeading", "简报要目标题", HEITI, BODY_SIZE, align="center",
              before_lines=0.5, keep_next=True),
    StyleSpec("contents_entry", "JianbaoContentsEntry", "简报要目", KAITI, BODY_SIZE, align="left", left_chars=2),
    StyleSpec("section", "JianbaoSection", "简报栏目", HEITI, BODY_SIZE, aliases=("Heading 1", "标题 1"),
              bold=True, color=RED, align="center", before_lines=1, keep_next=True, outline=0),
    StyleSpec("title", "JianbaoTitle", "简报标题", XIAOBIAOSONG, TITLE_SIZE, aliases=("Title", "标题"),
              align="center", before_lines=0.5, after_lines=0.5, keep_next=True, outline=1),
    StyleSpec("body", "JianbaoBody", "简报正文", FANGSONG, BODY_SIZE, aliases=("Body Text", "正文文本"),
              align="both", first_line_chars=2),
    StyleSpec("heading1", "JianbaoHeading1", "简报一级标题", HEITI, BODY_SIZE, aliases=("Heading 2", "标题 2"),
              align="both", first_line_chars=2, keep_next=True, outline=2),
    StyleSpec("heading2", "JianbaoHeading2", "简报二级标题", KAITI, BODY_SIZE, aliases=("Heading 3", "标题 3"),
              align="both", first_line_chars=2, keep_next=True, outline=3),
    StyleSpec("note", "JianbaoNote", "简报按语", KAITI, BODY_SIZE, align="both", first_line_chars=2,
              left_chars=2, right_chars=2, after_lines=0.5),
    StyleSpec("attribution", "JianbaoAttribution", "简报署名", FANGSONG, BODY_SIZE, align="right"),
    StyleSpec("band", "JianbaoBand", "简报版记", FANGSONG, PAGE_NUMBER_SIZE, left_chars=1, right_chars=1,
              right_tab=True),
    StyleSpec("page_number", "JianbaoPageNumber", "简报页码", SONGTI, PAGE_NUMBER_SIZE),
)

BY_ROLE: dict[str, StyleSpec] = {s.role: s for s in STYLES}


def twips(mm: float) -> int:
    """Millimetres to twentieths of a point (Word's page unit)."""
    return round(mm * 1440 / 25.4)


@dataclass(frozen=True)
class Page:
    """GB/T 9704-2012 page: A4, margins 37/35/28/26 mm, 22 lines x 28 characters of 3号."""

    width: int = twips(210)
    height: int = twips(297)
    top: int = twips(37)
    bottom: int = twips(35)
    left: int = twips(28)
    right: int = twips(26)
    header: int = twips(15)
    footer: int = twips(23)  # puts the page number about 7 mm below the text block
    lines: int = 22
    chars: int = 28

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def line_pitch(self) -> int:
        """Grid line pitch in twips (28.95 pt for 22 lines)."""
        return (self.height - self.top - self.bottom) // self.lines

    @property
    def char_space(self) -> int:
        """w:charSpace: how much each grid cell differs from the 3号 body size, in 1/4096 pt."""
        pitch_pt = self.text_width / 20 / self.chars
        return round((pitch_pt - BODY_SIZE) * 4096)


PAGE = Page()
