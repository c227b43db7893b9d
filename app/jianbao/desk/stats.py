"""Numbers offices report: articles per category and per reporting unit per month, units' adoption counts;
tables written to .csv or .docx."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import JianbaoError
from jianbao.fold import fold
from jianbao.store import Store

NONE_LABEL = {"category": "（无栏目）", "unit": "（无单位）"}
NO_DATE = "无日期"
TITLES = {"category": "各栏目每月稿件数", "unit": "各单位每月报送数", "adoption": "各单位报送与采用情况"}


@dataclass(frozen=True)
class StatsTable:
    """A table for the statistics view: one row per label, one column per series (months, or 报送/采用)."""

    kind: str                      # category | unit | adoption
    title: str
    label_header: str
    labels: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]   # values[row][series]
    date_from: str | None = None
    date_to: str | None = None
    points: float = 0.0            # 信息采用计分: points per adopted article (adoption only; 0: not shown)

    @property
    def stacked(self) -> bool:
        """Months add up to a total; 报送 and 采用 do not (采用 is part of 报送)."""
        return self.kind != "adoption"

    @property
    def period(self) -> str:
        if not self.date_from and not self.date_to:
            return "全部时间"
        return f"{self.date_from or '最早'} 至 {self.date_to or '最近'}"

    def headers(self) -> tuple[str, ...]:
        scored = ("计分",) if self.points and not self.stacked else ()
        return (self.label_header, *self.series, "合计" if self.stacked else "采用率", *scored)

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text cells, with a total row at the bottom."""
        out = [self._row(label, values) for label, values in zip(self.labels, self.values)]
        totals = tuple(sum(v[k] for v in self.values) for k in range(len(self.series)))
        out.append(self._row("合计", totals))
        return out

    def _row(self, label: str, values: tuple[int, ...]) -> tuple[str, ...]:
        if self.stacked:
            last = str(sum(values))
        else:
            submitted, adopted = values
            last = f"{adopted / submitted:.0%}" if submitted else "—"
            if self.points:
                return (label, *(str(v) for v in values), last, f"{adopted * self.points:g}")
        return (label, *(str(v) for v in values), last)


def _months(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from first to last."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


class StatsOps:
    store: Store

    def _period(self, date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
        from jianbao.desk.issues import parse_date

        start, end = parse_date(date_from), parse_date(date_to)
        if start and end and start > end:
            raise JianbaoError(f"起始日期 {start} 晚于截止日期 {end}")
        return start, end

    def month_stats(self, by: str, date_from: str | None = None, date_to: str | None = None) -> StatsTable:
        """Articles per month by category (`by="category"`) or reporting unit (`by="unit"`).

        Names are merged across scripts (開發區… and 开发区… are one unit); rows by total, largest first.
        """
        if by not in NONE_LABEL:
            raise JianbaoError(f"不认识的统计方式“{by}”：应为 category 或 unit")
        start, end = self._period(date_from, date_to)
        counts = self.store.month_counts(by, start, end)
        dated = [c[1] for c in counts if c[1]]
        months = _months(min(dated), max(dated)) if dated else []
        if any(not c[1] for c in counts):
            months.append("")
        column = {m: k for k, m in enumerate(months)}
        names: dict[str, str] = {}       # folded -> first spelling seen
        table: dict[str, list[int]] = {}
        for name, month, n in counts:
            key = fold(name) if name else ""
            names.setdefault(key, name or NONE_LABEL[by])
            table.setdefault(key, [0] * len(months))[column[month]] += n
        order = sorted(table, key=lambda k: (k == "", -sum(table[k]), names[k]))
        header = "栏目" if by == "category" else "报送单位"
        return StatsTable(by, TITLES[by], header, tuple(names[k] for k in order),
                          tuple(m or NO_DATE for m in months),
                          tuple(tuple(table[k]) for k in order), start, end)

    def adoption_stats(self, date_from: str | None = None, date_to: str | None = None, *,
                       points: float = 0.0) -> StatsTable:
        """Per unit: what it reported in the period and how much of it was used in an issue. A submission in the
        inbox counts as 报送 from its arrival until it is imported (then its articles count); `points` per adopted
        article (信息采用计分) adds a score column."""
        start, end = self._period(date_from, date_to)
        if points < 0:
            raise JianbaoError("每篇采用的计分不能为负数")
        names: dict[str, str] = {}
        table: dict[str, list[int]] = {}
        pending = ((name, submitted, 0) for name, submitted in self.store.pending_submissions(start, end))
        for name, submitted, adopted in (*self.store.unit_adoption(start, end), *pending):
            key = fold(name)
            names.setdefault(key, name)
            row = table.setdefault(key, [0, 0])
            row[0] += submitted
            row[1] += adopted
        order = sorted(table, key=lambda k: (-table[k][1], -table[k][0], names[k]))
        return StatsTable("adoption", TITLES["adoption"], "报送单位", tuple(names[k] for k in order),
                          ("报送", "采用"), tuple(tuple(table[k]) for k in order), start, end, points)

    def stats_months(self) -> tuple[str | None, str | None]:
        """First and last month with articles (for the view's default period)."""
        return self.store.article_months()

    def write_stats_table(self, table: StatsTable, path: str | Path) -> Path:
        """Write the table to .csv (UTF-8 with BOM, as Excel expects), .xlsx or .docx, atomically."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".csv", ".xlsx", ".docx"):
            raise JianbaoError(f"只能导出为 .csv、.xlsx 或 .docx：{target.name}")
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            if suffix == ".csv":
                buf = io.StringIO()
                writer = csv.writer(buf, lineterminator="\r\n")
                writer.writerow(table.headers())
                writer.writerows(table.rows())
                tmp.write_text(buf.getvalue(), encoding="utf-8-sig")
            elif suffix == ".xlsx":
                _workbook(table).save(str(tmp))
            else:
                _docx_table(table).save(str(tmp))
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise JianbaoError(f"无法写入 {target}", detail=str(exc)) from exc
        return target


def _cell(text: str):
    """A cell's value as a spreadsheet wants it: counts and scores as numbers, rates as fractions."""
    if re.fullmatch(r"\d+", text):
        return int(text), None
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text), None
    if re.fullmatch(r"\d+%", text):
        return int(text[:-1]) / 100, "0%"
    return text, None


def _workbook(table: StatsTable):
    """One sheet: the headers in row 1, a row per label, the total row last (openpyxl, loaded only here)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:31]
    sheet.append(list(table.headers()))
    for cells in table.rows():
        sheet.append([_cell(text)[0] for text in cells])
        for column, text in enumerate(cells, 1):
            fmt = _cell(text)[1]
            if fmt:
                sheet.cell(sheet.max_row, column).number_format = fmt
    for cell in (*sheet[1], *sheet[sheet.max_row]):
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = max(12, *(len(label) * 2 + 2 for label in table.labels)) if table.labels else 12
    sheet.freeze_panes = "B2"
    return book


def _docx_table(table: StatsTable):
    """A plain A4 document: title, period, the table in a grid (python-docx, loaded only here)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for name in ("Normal", "Title"):
        style = doc.styles[name]
        style.font.name = "Times New Roman"
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋" if name == "Normal" else "黑体")
    doc.styles["Normal"].font.size = Pt(12)
    title = doc.add_paragraph(table.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"统计期间：{table.period}").alignment = WD_ALIGN_PARAGRAPH.CENTER
    headers, rows = table.headers(), table.rows()
    grid = doc.add_table(rows=1 + len(rows), cols=len(headers))
    grid.style = "Table Grid"
    for r, cells in enumerate([headers, *rows]):
        for c, text in enumerate(cells):
            cell = grid.cell(r, c)
            cell.text = text
            para = cell.paragraphs[0]
            if c > 0:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if r == 0 or r == len(rows):
                for run in para.runs:
                    run.bold = True
    return doc
