"""An issue parsed into typed blocks: masthead and closing-band fields, notes, contents, sections, articles."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from jianbao.models import Article, ArticleId, Issue

# Placeholders a template may hold, written {{name}}; the default template uses all of them.
F_SERIES = "简报名称"
F_NUMBER = "期号"  # 第N期
F_TOTAL = "总期号"  # 总第M期, or nothing
F_YEAR = "年份"
F_UNIT = "编印单位"
F_DATE = "日期"  # 2024年1月8日
F_BODY = "正文"  # the paragraph replaced by the issue's content
F_BAO = "报"  # 报：… (whole line, or nothing)
F_SONG = "送"
F_FA = "发"
F_EXTRA = "本期增发"
F_COPIES = "共印"  # 共印N份
FIELDS = (F_SERIES, F_NUMBER, F_TOTAL, F_YEAR, F_UNIT, F_DATE, F_BODY, F_BAO, F_SONG, F_FA, F_EXTRA, F_COPIES)

# Words the exporter itself writes, in Simplified; converted with everything else.
LABELS = {
    "note": "编者按：", "contents": "本期要目", "bao": "报：", "song": "送：", "fa": "发：",
    "extra": "本期增发：", "copies": "共印{n}份", "number": "第{n}期", "total": "总第{n}期",
}

LANGS = {None: "zh-CN", "s": "zh-CN", "t": "zh-TW", "tw": "zh-TW", "hk": "zh-HK"}


@dataclass(frozen=True)
class Block:
    """One paragraph of the issue's content; `role` names the style it is set in."""

    text: str
    keep_with_next: bool = field(default=False, kw_only=True)  # e.g. an article's last paragraph and its attribution

    role = "body"


@dataclass(frozen=True)
class IssueNote(Block):
    lead: str = ""
    role = "issue_note"


@dataclass(frozen=True)
class ContentsHeading(Block):
    role = "contents_heading"


@dataclass(frozen=True)
class ContentsEntry(Block):
    role = "contents_entry"


@dataclass(frozen=True)
class SectionHeading(Block):
    role = "section"


@dataclass(frozen=True)
class ArticleTitle(Block):
    article_id: ArticleId | None = None
    role = "title"


@dataclass(frozen=True)
class ArticleNote(Block):
    lead: str = ""
    role = "note"


@dataclass(frozen=True)
class Subheading(Block):
    level: int = 1

    @property
    def role(self) -> str:  # type: ignore[override]
        return "heading1" if self.level == 1 else "heading2"


@dataclass(frozen=True)
class BodyText(Block):
    role = "body"


@dataclass(frozen=True)
class Attribution(Block):
    role = "attribution"


@dataclass(frozen=True)
class IssueDocument:
    """Everything the writer needs: template fields, content blocks, the language of the text."""

    fields: Mapping[str, str]
    blocks: tuple[Block, ...]
    lang: str = "zh-CN"
    title: str = ""


_LEVEL2 = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_NOTE_MARKER = re.compile(r"\s*[-－—–]+\s*[编編]者按\s*$")
_NOTE_MARKER_FIRST = re.compile(r"^\s*[-－—–]+\s*[编編]者按\s*")
_NOTE_LEAD = re.compile(r"^\s*[编編]者按\s*[：:]\s*")


def date_text(iso: str | None) -> str:
    """'2024-01-08' -> '2024年1月8日' (as written on a masthead); '' when there is no date."""
    if not iso:
        return ""
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.year}年{d.month}月{d.day}日"


def attribution_text(units: Iterable[str]) -> str:
    names = [u.strip() for u in units if u and u.strip()]
    return f"（{'、'.join(names)}）" if names else ""


def _strip_trailing_attribution(paragraph: str, units: tuple[str, ...]) -> str:
    """Drop '(unit、unit)' from the end of a body that still carries it (typed in by hand)."""
    if not units:
        return paragraph
    for opening, closing in (("（", "）"), ("(", ")")):
        tail = f"{opening}{'、'.join(units)}{closing}"
        if paragraph.rstrip().endswith(tail):
            return paragraph.rstrip()[: -len(tail)].rstrip()
    return paragraph


def article_blocks(article: Article, convert: Callable[[str], str], labels: Mapping[str, str]) -> list[Block]:
    """Title, editor's note, body paragraphs with subheadings, unit attribution."""
    out: list[Block] = [ArticleTitle(convert(article.title.strip()), article_id=article.id)]
    note = (article.editors_note or "").strip()
    if note:
        note = _NOTE_LEAD.sub("", _NOTE_MARKER.sub("", note)).strip()
        out.append(ArticleNote(convert(note), lead=labels["note"]))
    subheadings = {s.strip() for s in article.subheadings if s.strip()}
    paragraphs = [p.strip() for p in article.body.split("\n") if p.strip()]
    if note and paragraphs and paragraphs[0].startswith(note):
        # a body that still holds the note (typed in by hand): drop it and its marker
        paragraphs[0] = _NOTE_MARKER_FIRST.sub("", paragraphs[0][len(note):]).strip()
        paragraphs = [p for p in paragraphs if p]
    if paragraphs:
        paragraphs[-1] = _strip_trailing_attribution(paragraphs[-1], article.units)
    for para in paragraphs:
        if para in subheadings:
            out.append(Subheading(convert(para), level=2 if _LEVEL2.match(para) else 1))
        else:
            out.append(BodyText(convert(para)))
    attribution = attribution_text(article.units)
    if attribution:
        # the unit line never stands alone at the top of a page
        out[-1] = replace(out[-1], keep_with_next=True)
        out.append(Attribution(convert(attribution)))
    return out


def parse_issue(issue: Issue, articles: Mapping[ArticleId, Article], *, convert: Callable[[str], str] | None = None,
                script: str | None = None, contents: bool | None = None) -> IssueDocument:
    """The issue as typed blocks, every text (labels too) passed through `convert` once."""
    conv = convert or (lambda s: s)
    labels = {k: conv(v) for k, v in LABELS.items()}
    missing = [a for a in issue.article_ids if a not in articles]
    if missing:
        raise KeyError(f"articles not given: {missing}")

    blocks: list[Block] = []
    if issue.editors_note and issue.editors_note.strip():
        for k, para in enumerate(p.strip() for p in issue.editors_note.split("\n") if p.strip()):
            blocks.append(IssueNote(conv(para), lead=labels["note"] if k == 0 else ""))
    if issue.show_contents if contents is None else contents:
        blocks.append(ContentsHeading(labels["contents"]))
        blocks.extend(ContentsEntry(conv(articles[a].title.strip())) for a in issue.article_ids)
    for section in issue.sections:
        if section.title and section.title.strip():
            blocks.append(SectionHeading(conv(section.title.strip())))
        for article_id in section.article_ids:
            blocks.extend(article_blocks(articles[article_id], conv, labels))

    def line(label: str, value: str) -> str:
        return f"{labels[label]}{conv(value.strip())}" if value and value.strip() else ""

    fields = {
        F_SERIES: conv(issue.series),
        F_NUMBER: labels["number"].format(n=issue.number),
        F_TOTAL: labels["total"].format(n=issue.total_number) if issue.total_number else "",
        F_YEAR: str(issue.year),
        F_UNIT: conv(issue.compiling_unit or ""),
        F_DATE: date_text(issue.date),
        F_BAO: line("bao", issue.recipients_bao),
        F_SONG: line("song", issue.recipients_song),
        F_FA: line("fa", issue.recipients_fa),
        F_EXTRA: line("extra", issue.extra_recipients),
        F_COPIES: labels["copies"].format(n=issue.copies) if issue.copies else "",
    }
    title = f"{fields[F_SERIES]}{fields[F_YEAR]}年{fields[F_NUMBER]}"
    return IssueDocument(fields=fields, blocks=tuple(blocks), lang=LANGS.get(script, "zh-CN"), title=title)
