"""What composing an issue needs beyond the issue table: sections by category, a page estimate, warnings
before approval, conversions of several articles as one step (and their undo), PDF through LibreOffice."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import ConflictError, JianbaoError
from jianbao.models import Article, ArticleId, Changed, IssueId, IssueSection
from jianbao.store import Store

# GB/T 9704-2012 body: 22 lines of 28 characters (3号); a 2号 title holds about 20 characters a line and
# takes one and a half body lines with the space around it. The red masthead fills about 7 lines.
LINES, CHARS, TITLE_CHARS = 22, 28, 20
MASTHEAD_LINES, BAND_LINES = 7, 4


@dataclass(frozen=True)
class PageEstimate:
    lines: int
    pages: int
    characters: int


@dataclass(frozen=True)
class IssueWarnings:
    """What stands between an issue and its approval."""

    unchecked: tuple[tuple[ArticleId, str], ...]             # articles still drafts (not 已校对/已审定)
    duplicates: tuple[tuple[ArticleId, str, str], ...]       # (article, title, what it repeats)
    open_findings: int                                        # proofreading findings not fixed nor ignored
    by_kind: tuple[tuple[str, int], ...]                      # (kind, count), largest first

    @property
    def clear(self) -> bool:
        return not (self.unchecked or self.duplicates or self.open_findings)


@dataclass(frozen=True)
class Reverted:
    """Articles moved to other revisions in one step: for each, the revision it had and the one it has now."""

    revisions: Mapping[ArticleId, tuple[int, int]]
    changed: Changed


def _block_lines(role: str, text: str) -> float:
    n = len(text)
    if role == "title":
        return math.ceil(n / TITLE_CHARS) * 1.5 + 1
    if role in ("section", "contents_heading"):
        return 2
    if role in ("note", "issue_note"):
        return math.ceil((n + 4) / (CHARS - 4)) + 0.5
    if role == "attribution":
        return 1
    return math.ceil((n + 2) / CHARS)  # body, subheadings, contents entries: two characters of indent


class ComposeOps:
    store: Store

    def group_by_category(self, article_ids: Sequence[int]) -> list[IssueSection]:
        """The articles as sections named after their categories, in the store's category order."""
        return self._sections([ArticleId(int(a)) for a in article_ids], True)  # type: ignore[attr-defined]

    def estimate_pages(self, issue_id: IssueId) -> PageEstimate:
        """About how many A4 pages the exported issue fills (22 lines x 28 characters)."""
        from jianbao.export.blocks import parse_issue

        issue = self.store.issue(issue_id)
        articles = {a.id: a for a in self.store.articles(issue.article_ids)}
        model = parse_issue(issue, articles)
        lines = MASTHEAD_LINES + BAND_LINES + sum(_block_lines(b.role, b.text) for b in model.blocks)
        chars = sum(len(b.text) for b in model.blocks)
        return PageEstimate(math.ceil(lines), max(1, math.ceil(lines / LINES)), chars)

    def issue_warnings(self, issue_id: IssueId, *, progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> IssueWarnings:
        """Unchecked articles, duplicates (in this issue or earlier ones) and open findings of an issue."""
        from jianbao.proofread import KIND_NAMES

        issue = self.store.issue(issue_id)
        articles = {a.id: a for a in self.store.articles(issue.article_ids)}
        unchecked = tuple((a, articles[a].title) for a in issue.article_ids if articles[a].status == "draft")
        findings = self.check_issue(issue_id, progress=progress, cancelled=cancelled)  # type: ignore[attr-defined]
        duplicates = tuple((f.article_id, articles[f.article_id].title, f.finding.message)
                           for f in findings if f.finding.kind == "duplicate")
        counts: dict[str, int] = {}
        for f in findings:
            counts[f.finding.kind] = counts.get(f.finding.kind, 0) + 1
        by_kind = tuple(sorted(((KIND_NAMES.get(k, k), n) for k, n in counts.items()), key=lambda kv: -kv[1]))
        return IssueWarnings(unchecked, duplicates, len(findings), by_kind)

    # -- conversion of several articles, and undoing it ----------------------------------
    def convert_articles(self, article_ids: Iterable[int], to: str, *, phrases: bool = False,
                         expected: Mapping[int, int] | None = None) -> tuple[list[Article], Reverted]:
        """Convert articles as one transaction (all or none); `expected` gives the revision each was previewed at."""
        expected = dict(expected or {})
        done: dict[ArticleId, tuple[int, int]] = {}
        out: list[Article] = []
        with self.store.transaction():
            for raw in article_ids:
                article_id = ArticleId(int(raw))
                before = self.store.article(article_id).revision
                art, _ = self.convert_article(article_id, to, phrases=phrases,  # type: ignore[attr-defined]
                                              expected_revision=expected.get(article_id, before))
                done[article_id] = (before, art.revision)
                out.append(art)
        return out, Reverted(done, Changed(articles=tuple(done)))

    def restore_articles(self, targets: Mapping[int, tuple[int, int]], *, reason: str = "撤销") -> Reverted:
        """Put articles back to earlier revisions as one transaction: `targets[id] = (current, wanted)`.

        Refuses, changing nothing, when an article has moved on from `current` since.
        """
        done: dict[ArticleId, tuple[int, int]] = {}
        with self.store.transaction():
            for raw, (current, wanted) in targets.items():
                article_id = ArticleId(int(raw))
                art = self.store.article(article_id)
                if art.revision != current:
                    raise ConflictError(f"《{art.title}》之后又被修改过（现为第 {art.revision} 版），无法撤销",
                                        current=art, mine={})
                old = next((r for r in self.store.revisions(article_id) if r.revision == wanted), None)
                if old is None:
                    raise JianbaoError(f"《{art.title}》没有第 {wanted} 版")
                fields = {k: old.snapshot[k] for k in ("title", "body", "subheadings", "editors_note", "script")
                          if k in old.snapshot}
                new = self.store.update_article(article_id, fields, reason=f"{reason}（恢复第 {wanted} 版的文字）")
                done[article_id] = (current, new.revision)
        return Reverted(done, Changed(articles=tuple(done)))

    def accept_fixes_of(self, items: Sequence) -> tuple[list[Article], Reverted]:
        """Accept the suggestions of findings (ArticleFinding) on one or more articles, as one transaction.

        Findings without a suggestion are skipped; refuses, changing nothing, when there is none left or an
        article changed since it was checked.
        """
        groups: dict[ArticleId, list] = {}
        for item in items:
            if item.finding.suggestion is not None:
                groups.setdefault(ArticleId(int(item.article_id)), []).append(item)
        if not groups:
            raise JianbaoError("选中的问题都没有现成的改法，请在正文中手工修改")
        done: dict[ArticleId, tuple[int, int]] = {}
        out: list[Article] = []
        with self.store.transaction():
            for article_id, group in groups.items():
                before = self.store.article(article_id).revision
                art, _ = self.accept_fixes(group)  # type: ignore[attr-defined]
                done[article_id] = (before, art.revision)
                out.append(art)
        return out, Reverted(done, Changed(articles=tuple(done)))

    # -- the roster --------------------------------------------------------------------------
    def remove_from_roster(self, name: str) -> Changed:
        """Take a person off the leaders' roster (the name stays known to the articles that mention it)."""
        if not any(p.name == name for p in self.store.roster()):
            raise JianbaoError(f"领导名单里没有“{name}”")
        self.store.remove_person(name)
        return Changed(people=True)

    # -- PDF ---------------------------------------------------------------------------------
    def export_pdf(self, docx: str | Path) -> Path:
        """Convert an exported .docx to PDF beside it with LibreOffice (headless), written atomically."""
        from jianbao.export.pdf import write_pdf

        target = Path(docx).with_suffix(".pdf")
        write_pdf(Path(docx), target)
        return target
