"""Proofreading on the desk: check a file, text, article or issue with the store's roster, terms and other
issues; ignore a finding; accept a fix as a new revision; propose and save the leaders' roster."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jianbao.errors import JianbaoError
from jianbao.models import Article, ArticleId, Changed, Issue, IssueId, Person, Term
from jianbao.proofread import KIND_NAMES, LEARNABLE_KINDS, Finding, OtherText, apply_fixes, check_text, parse_kinds, propose_roster
from jianbao.store import Store

CHECKED_FIELDS = ("title", "body", "editors_note")
EARLIER_ISSUES = 24      # how far back duplicates are looked for


@dataclass(frozen=True)
class ArticleFinding:
    """A finding on one field of a stored article (offsets are into that field's text)."""

    article_id: ArticleId
    field: str
    finding: Finding


@dataclass(frozen=True)
class FileCheck:
    """Findings on a file, with the encoding it was read in (offsets are into the decoded text)."""

    source: str
    encoding: str
    text: str
    findings: tuple[Finding, ...]


class ProofreadOps:
    store: Store

    # -- what the checks read from the store --------------------------------------------------------------------
    def _check_inputs(self) -> dict:
        # Flagged words are looked for; protected ones (names, the words an editor told the checker to learn)
        # are never reported as wrong characters or formulations.
        # Standard formulations the office added are checked beside the shipped list.
        terms = self.store.terms("flag") + self.store.terms("protect") + self.store.terms("expression")
        return {"roster": self.store.roster(), "terms": terms}

    def _label(self, article: Article, issue: Issue | None) -> str:
        where = f"{issue.series}{issue.year}年第{issue.number}期" if issue else "资料库"
        return f"{where}《{article.title}》（编号 {article.id}）"

    def _earlier_issues(self, issue: Issue | None) -> list[Issue]:
        """Other issues to look for duplicates in, newest first: not this one, nor later ones of its series."""
        issues = self.store.issues()
        if issue is not None:
            issues = [i for i in issues if i.id != issue.id and not (
                i.series == issue.series and (i.year, i.number) > (issue.year, issue.number))]
        return issues[:EARLIER_ISSUES]

    def _others_for(self, article_id: ArticleId, issue: Issue | None, *, before_only: bool) -> list[OtherText]:
        others: list[OtherText] = []
        if issue is not None:
            for other_id in issue.article_ids:
                if other_id == article_id:
                    if before_only:
                        break
                    continue
                art = self.store.article(other_id)
                others.append(OtherText(self._label(art, issue), art.body))
        for earlier in self._earlier_issues(issue):
            for other_id in earlier.article_ids:
                # The same article in an earlier issue counts too: it was published already.
                art = self.store.article(other_id)
                others.append(OtherText(self._label(art, earlier), art.body))
        return others

    # -- checking ----------------------------------------------------------------------------------------------
    def check_text(self, text: str, *, kinds: Iterable[str] | str | None = None,
                   others: Sequence[OtherText] = ()) -> list[Finding]:
        """Findings on pasted text, with this store's roster and flagged terms."""
        return check_text(text, kinds=kinds, others=others, **self._check_inputs())

    def check_file(self, path: str | Path, *, kinds: Iterable[str] | str | None = None) -> FileCheck:
        """Decode a file as import does (offsets are into that decoded text, before any cleaning) and check it."""
        from jianbao.ingest.decode import read_source

        parse_kinds(kinds)
        decoded = read_source(path)
        return FileCheck(str(path), decoded.encoding, decoded.text,
                         tuple(self.check_text(decoded.text, kinds=kinds)))

    def _check_article(self, article: Article, others: list[OtherText], kinds: tuple[str, ...],
                       inputs: dict) -> list[ArticleFinding]:
        ignored = self.store.ignored_findings(article.id)
        out: list[ArticleFinding] = []
        for field in CHECKED_FIELDS:
            text = getattr(article, field) or ""
            if not text:
                continue
            field_kinds = kinds if field == "body" else tuple(k for k in kinds if k != "duplicate")
            if not field_kinds:
                continue
            for f in check_text(text, kinds=field_kinds, others=others if field == "body" else (), **inputs):
                if (f.kind, f.text) not in ignored:
                    out.append(ArticleFinding(article.id, field, f))
        return out

    def check_article(self, article_id: ArticleId, *, kinds: Iterable[str] | str | None = None) -> list[ArticleFinding]:
        """Findings on a stored article; duplicates are looked for in its issue and the earlier ones."""
        chosen = parse_kinds(kinds)
        article = self.store.article(article_id)
        issue_ids = self.store.issues_with_article(article_id)
        issue = self.store.issue(issue_ids[0]) if issue_ids else None
        others = self._others_for(article_id, issue, before_only=False) if "duplicate" in chosen else []
        return self._check_article(article, others, chosen, self._check_inputs())

    def check_issue(self, issue_id: IssueId, *, kinds: Iterable[str] | str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[ArticleFinding]:
        """Findings on every article of an issue, in issue order (for the GUI: progress and cancel callbacks).

        A duplicate is reported on the later of two articles: against the ones before it in this
        issue and against the earlier issues.
        """
        chosen = parse_kinds(kinds)
        issue = self.store.issue(issue_id)
        inputs = self._check_inputs()
        ids = issue.article_ids
        out: list[ArticleFinding] = []
        for k, article_id in enumerate(ids):
            if cancelled is not None and cancelled():
                break
            others = self._others_for(article_id, issue, before_only=True) if "duplicate" in chosen else []
            out.extend(self._check_article(self.store.article(article_id), others, chosen, inputs))
            if progress is not None:
                progress(k + 1, len(ids))
        return out

    # -- acting on findings ------------------------------------------------------------------------------------
    def ignore_finding(self, item: ArticleFinding) -> Changed:
        """Do not show this finding (same kind, same text) on this article again."""
        self.store.ignore_finding(item.article_id, item.finding.kind, item.finding.text)
        return Changed(articles=(item.article_id,), extra={"ignored": True})

    def remember_word(self, item: ArticleFinding) -> Changed:
        """An editor's "this is right": the word of a `typo` or `expression` finding joins the store's
        dictionary (a protected term), so no article of this store is told it is wrong again."""
        if item.finding.kind not in LEARNABLE_KINDS:
            raise JianbaoError(f"只有“错别字”“规范提法”的提示可以加入本库词典，“{KIND_NAMES[item.finding.kind]}”不行")
        word = item.finding.text.strip()
        if not word:
            raise JianbaoError("没有可加入词典的文字")
        with self.store.transaction():
            self.store.add_term(Term(word, "protect", note="校对时加入本库词典"))
            self.store.ignore_finding(item.article_id, item.finding.kind, item.finding.text)
        return Changed(articles=(item.article_id,), terms=True, extra={"ignored": True})

    def unignore_finding(self, item: ArticleFinding) -> Changed:
        self.store.unignore_finding(item.article_id, item.finding.kind, item.finding.text)
        return Changed(articles=(item.article_id,), extra={"ignored": False})

    def accept_fixes(self, items: Sequence[ArticleFinding], *, expected_revision: int | None = None
                     ) -> tuple[Article, Changed]:
        """Apply the suggestions of findings on one article as one new revision (the old one is kept).

        Refuses, changing nothing, when a finding has no suggestion or its text is no longer where it was.
        """
        if not items:
            raise JianbaoError("没有选中要采纳的修改")
        article_id = items[0].article_id
        if any(i.article_id != article_id for i in items):
            raise JianbaoError("一次只能采纳同一篇文章中的修改")
        article = self.store.article(article_id)
        changes: dict[str, str] = {}
        for field in sorted({i.field for i in items}):
            if field not in CHECKED_FIELDS:
                raise JianbaoError(f"无法修改字段“{field}”")
            text = getattr(article, field) or ""
            findings = [i.finding for i in items if i.field == field]
            for f in findings:
                if f.suggestion is None:
                    raise JianbaoError(f"“{f.text}”没有现成的改法，请手工修改")
                if text[f.start:f.end] != f.text:
                    raise JianbaoError("文章在检查之后已被修改，请重新检查后再采纳")
            changes[field] = apply_fixes(text, findings)
        kinds = "、".join(sorted({KIND_NAMES[i.finding.kind] for i in items}))
        return self.edit_article(article_id, changes, expected_revision=expected_revision,  # type: ignore[attr-defined]
                                 reason=f"校对：采纳{len(items)}处修改（{kinds}）")

    def accept_fix(self, item: ArticleFinding, *, suggestion: str | None = None,
                   expected_revision: int | None = None) -> tuple[Article, Changed]:
        """Apply one finding's suggestion (or one of its alternatives, or the editor's own text)."""
        f = item.finding
        if suggestion is not None:
            from dataclasses import replace

            item = ArticleFinding(item.article_id, item.field, replace(f, suggestion=suggestion))
        return self.accept_fixes([item], expected_revision=expected_revision)

    # -- the leaders' roster -----------------------------------------------------------------------------------
    def propose_roster(self, text: str | None = None, *, article_ids: Iterable[ArticleId] = ()) -> list[Person]:
        """Leaders named with titles in `text` or in the given articles, not yet confirmed in the roster."""
        if text is None:
            text = "\n".join(self.store.article(a).body for a in article_ids)
        known = {p.name: p for p in self.store.roster()}
        return [p for p in propose_roster(text) if known.get(p.name) != p]

    def save_roster(self, people: Iterable[Person]) -> Changed:
        """Confirm leaders into the roster (name, titles, rank)."""
        people = list(people)
        for p in people:
            if not p.name.strip():
                raise JianbaoError("姓名不能为空")
        with self.store.transaction():
            for p in people:
                self.store.save_person(p)
        return Changed(people=True)
