"""Issue operations: create a 期 with a proposed number, arrange its sections, closing band, lock, export."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import JianbaoError
from jianbao.fold import fold
from jianbao.models import Article, ArticleId, BulletinId, Changed, Issue, IssueId, IssueSection
from jianbao.store import ArticleFilter, Store

SCRIPTS = ("s", "t", "tw", "hk")
# What an editor may change on an issue (its status goes through lock/unlock).
EDITABLE_FIELDS = (
    "series", "year", "number", "total_number", "date", "compiling_unit", "editors_note", "show_contents",
    "recipients_bao", "recipients_song", "recipients_fa", "extra_recipients", "copies",
)


@dataclass(frozen=True)
class IssueProposal:
    """What a new issue of a series would be: the next 期号 (and 总期号 when the series keeps one)."""

    series: str
    year: int
    number: int
    total_number: int | None
    date: str


def parse_date(value: str | None) -> str | None:
    """An ISO date (2024-01-08; 2024/1/8 and 2024年1月8日 also taken), or a clear error."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip().replace("/", "-").replace(".", "-")
    text = text.replace("年", "-").replace("月", "-").replace("日", "")
    try:
        y, m, d = (int(x) for x in text.split("-"))
        return dt.date(y, m, d).isoformat()
    except (ValueError, TypeError):
        raise JianbaoError(f"日期“{value}”无法识别，请写成 2024-01-08") from None


def _check_fields(fields: Mapping) -> dict:
    data = dict(fields)
    for key in ("number", "year", "total_number", "copies"):
        if data.get(key) is None:
            continue
        try:
            data[key] = int(data[key])
        except (TypeError, ValueError):
            raise JianbaoError(f"“{data[key]}”不是整数") from None
        if data[key] < (0 if key == "copies" else 1):
            raise JianbaoError({"number": "期号", "year": "年份", "total_number": "总期号",
                                "copies": "印数"}[key] + "必须是正整数")
    if "date" in data:
        data["date"] = parse_date(data["date"])
    if "series" in data:
        data["series"] = (data["series"] or "").strip()
        if not data["series"]:
            raise JianbaoError("请填写简报名称（如“开发区资讯”）")
    for key in ("compiling_unit", "recipients_bao", "recipients_song", "recipients_fa", "extra_recipients"):
        if key in data:
            data[key] = (data[key] or "").strip()
    return data


EXPORT_FORMATS = ("docx", "pdf", "html", "txt")


class IssueOps:
    store: Store

    # -- reading ---------------------------------------------------------------------
    def issue(self, issue_id: IssueId) -> Issue:
        return self.store.issue(issue_id)

    def issues(self) -> list[Issue]:
        return self.store.issues()

    def issue_articles(self, issue_id: IssueId) -> list[Article]:
        """The issue's articles in their order."""
        return self.store.articles(self.store.issue(issue_id).article_ids)

    def propose_issue(self, series: str, date: str | None = None) -> IssueProposal:
        """The next number of `series` in the year of `date` (today when not given)."""
        iso = parse_date(date) or dt.date.today().isoformat()
        year = int(iso[:4])
        number, total = self.store.next_issue_number(series.strip(), year)
        return IssueProposal(series.strip(), year, number, total, iso)

    # -- writing ---------------------------------------------------------------------
    def create_issue(self, series: str, *, number: int | None = None, total_number: int | None = None,
                     date: str | None = None, article_ids: Sequence[int] | None = None,
                     bulletin_id: BulletinId | None = None, by_category: bool = False,
                     sections: Iterable[IssueSection] | None = None, **fields) -> tuple[Issue, Changed]:
        """A new issue of `series`: its articles given by id, by bulletin, or as ready sections.

        The number continues the series in the date's year unless given; `by_category` groups the
        articles into sections named after their categories (in the store's category order).
        """
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"unknown issue fields: {sorted(unknown)}")
        proposal = self.propose_issue(series, date)
        data = _check_fields({**fields, "series": series, "number": number, "total_number": total_number,
                              "date": proposal.date, "year": proposal.year})
        if data["number"] is None:
            data["number"] = proposal.number
            if data["total_number"] is None:
                data["total_number"] = proposal.total_number
        if sections is None:
            ids = self._pick_articles(article_ids, bulletin_id)
            sections = self._sections(ids, by_category)
        sections = [s for s in sections if s.article_ids]
        if not sections:
            raise JianbaoError("这一期没有文章：请给出文章编号或来源简报")
        issue_id = self.store.create_issue({k: v for k, v in data.items() if v is not None}, sections)
        return self.store.issue(issue_id), Changed(issues=(issue_id,))

    def _pick_articles(self, article_ids: Sequence[int] | None, bulletin_id: BulletinId | None) -> list[ArticleId]:
        if article_ids is not None and bulletin_id is not None:
            raise JianbaoError("文章编号和来源简报只能给出一个")
        if bulletin_id is not None:
            self.store.bulletin(bulletin_id)  # a clear error for an unknown bulletin
            arts = self.store.articles(r.id for r in self.store.list_articles(
                ArticleFilter(bulletin_id=bulletin_id), limit=100_000))
            return [a.id for a in sorted(arts, key=lambda a: (a.seq, a.id))]
        return [ArticleId(int(a)) for a in (article_ids or ())]

    def _sections(self, ids: list[ArticleId], by_category: bool) -> list[IssueSection]:
        if not by_category:
            return [IssueSection(None, tuple(ids))]
        order = {fold(c.name): c.position for c in self.store.categories()}
        groups: dict[str | None, list[ArticleId]] = {}
        for art in self.store.articles(ids):
            groups.setdefault(art.category, []).append(art.id)
        first_seen = {name: k for k, name in enumerate(groups)}

        def rank(name: str | None) -> tuple:
            if name is None:
                return (2, 0)
            known = order.get(fold(name))
            return (0, known) if known is not None else (1, first_seen[name])

        return [IssueSection(name, tuple(groups[name])) for name in sorted(groups, key=rank)]

    # Every write takes `expected_revision`, the issue's revision the editor saw: when it moved on since, the
    # write is refused with a ConflictError carrying the issue as it is now (None: no check, as a script).
    def update_issue(self, issue_id: IssueId, changes: Mapping, *, unlock: bool = False,
                     expected_revision: int | None = None) -> tuple[Issue, Changed]:
        """Change masthead facts, notes or the closing band (报/送/发, 本期增发, 共印N份)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise JianbaoError(f"不能修改的字段：{'、'.join(sorted(unknown))}")
        data = _check_fields(changes)
        if "date" in data and "year" not in data and data["date"]:
            data["year"] = int(data["date"][:4])
        issue = self.store.update_issue(issue_id, data, unlock=unlock, expected_revision=expected_revision)
        return issue, Changed(issues=(issue_id,))

    def set_issue_sections(self, issue_id: IssueId, sections: Iterable[IssueSection], *, unlock: bool = False,
                           expected_revision: int | None = None) -> tuple[Issue, Changed]:
        """Replace the issue's sections and the order of its articles."""
        sections = [s for s in sections if s.article_ids]
        if not sections:
            raise JianbaoError("一期至少要有一篇文章")
        issue = self.store.set_issue_sections(issue_id, sections, unlock=unlock, expected_revision=expected_revision)
        return issue, Changed(issues=(issue_id,))

    def _set_status(self, issue_id: IssueId, status: str, expected_revision: int | None) -> tuple[Issue, Changed]:
        issue = self.store.update_issue(issue_id, {"status": status}, expected_revision=expected_revision)
        return issue, Changed(issues=(issue_id,))

    def lock_issue(self, issue_id: IssueId, *, expected_revision: int | None = None) -> tuple[Issue, Changed]:
        """Mark the issue approved: it cannot be changed until unlocked."""
        return self._set_status(issue_id, "approved", expected_revision)

    def sign_issue(self, issue_id: IssueId, *, expected_revision: int | None = None) -> tuple[Issue, Changed]:
        """Sign off (签发) an approved issue: it stays locked; on a shared store only a reviewer may."""
        issue = self.store.issue(issue_id)
        if issue.status != "approved":
            raise JianbaoError(f"第{issue.number}期还没有审定：请先审定，再签发")
        return self._set_status(issue_id, "signed", expected_revision)

    def unlock_issue(self, issue_id: IssueId, *, expected_revision: int | None = None) -> tuple[Issue, Changed]:
        return self._set_status(issue_id, "draft", expected_revision)

    def delete_issue(self, issue_id: IssueId, *, expected_revision: int | None = None) -> Changed:
        self.store.delete_issue(issue_id, expected_revision=expected_revision)
        return Changed(issues=(issue_id,))

    # -- export ------------------------------------------------------------------------
    def script_converter(self, script: str | None) -> Callable[[str], str] | None:
        """Text -> `script`, keeping this store's protected terms, fixed pairs and the roster's names
        (through the conversion area's `conversion_terms`); None: as stored."""
        if script is None:
            return None
        if script not in SCRIPTS:
            raise JianbaoError(f"不认识的文字“{script}”：应为 s（简体）、t（繁体）、tw（台湾）或 hk（香港）")
        from jianbao.script import convert

        terms = tuple(self.conversion_terms())  # type: ignore[attr-defined]
        cache: dict[str, str] = {}

        def conv(text: str) -> str:
            if text not in cache:
                cache[text] = convert(text, script, terms=terms).text if text.strip() else text
            return cache[text]

        return conv

    def export_issue(self, issue_id: IssueId, out: str | Path, *, script: str | None = None,
                     template: str | Path | None = None, contents: bool | None = None, fmt: str = "docx"):
        """Write the issue (atomically) as a .docx, a .pdf of the same pages (LibreOffice), WeChat-ready .html or
        plain .txt; `script` converts all of it, `template` is the editor's own .docx whose styles, page setup
        and masthead are kept."""
        from jianbao.export import write_docx

        out = Path(out)
        if fmt not in EXPORT_FORMATS:
            raise JianbaoError(f"不支持的导出格式“{fmt}”；可选：{'、'.join(EXPORT_FORMATS)}")
        if out.suffix.lower() != f".{fmt}":
            raise JianbaoError(f"导出文件名应以 .{fmt} 结尾：{out.name}")
        model, convert = self._export_model(issue_id, script, contents)
        if fmt in ("html", "txt"):
            from jianbao.export.web import write_text_format

            return write_text_format(model, out, fmt)
        if fmt == "pdf":
            return self._export_pdf(model, out, template, convert)
        return write_docx(model, out, template=template, convert=convert)

    def issue_html(self, issue_id: IssueId, *, script: str | None = None) -> tuple[str, str]:
        """(WeChat-ready HTML fragment, plain text) of the issue, for the clipboard."""
        from jianbao.export.web import to_html, to_text

        model, _convert = self._export_model(issue_id, script, None)
        return to_html(model), to_text(model)

    def _export_model(self, issue_id: IssueId, script: str | None, contents: bool | None):
        from jianbao.export import parse_issue

        issue = self.store.issue(issue_id)
        if not issue.article_ids:
            raise JianbaoError(f"第{issue.number}期还没有文章，无法导出")
        articles = {a.id: a for a in self.store.articles(issue.article_ids)}
        convert = self.script_converter(script)
        return parse_issue(issue, articles, convert=convert, script=script, contents=contents), convert

    @staticmethod
    def _export_pdf(model, out: Path, template, convert):
        """The .docx written to a private folder, then LibreOffice's PDF of it written atomically to `out`."""
        import tempfile

        from jianbao.export import write_docx
        from jianbao.export.pdf import libreoffice, write_pdf
        from jianbao.export.writer import exported

        libreoffice()  # before any work: without it nothing is written
        with tempfile.TemporaryDirectory(prefix="jianbao-export-") as tmp:
            docx = Path(tmp) / f"{out.stem}.docx"
            write_docx(model, docx, template=template, convert=convert)
            return exported(model, out, write_pdf(docx, out))
