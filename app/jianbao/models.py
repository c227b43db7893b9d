"""Plain data passed between layers: frozen dataclasses, no Qt types, no sqlite rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NewType

from jianbao.filters import ArticleFilter  # noqa: F401 - re-exported with the rest of the plain data

ArticleId = NewType("ArticleId", int)
BulletinId = NewType("BulletinId", int)
IssueId = NewType("IssueId", int)

CATEGORY_SOURCES = ("tag", "model", "rule", "editor")
STATUSES = ("draft", "checked", "approved")
# An issue approved (审定) or signed off (签发) is locked: only a reviewer changes or unlocks it.
LOCKED_ISSUE = ("approved", "signed")


@dataclass(frozen=True)
class CleanStep:
    """One thing the cleaner did: what, where (offsets into the decoded text), before/after."""

    kind: str
    start: int
    end: int
    before: str
    after: str
    line: int
    message: str


@dataclass(frozen=True)
class Remainder:
    """Text of the clean input that belongs to no article (shown to the editor, never dropped)."""

    text: str
    first_line: int
    last_line: int
    reason: str
    clean_start: int = 0
    clean_end: int = 0


@dataclass(frozen=True)
class ArticleDraft:
    """An article proposed by the splitter, before it is stored."""

    title: str
    body: str
    category: str | None = None
    category_source: str | None = None
    confidence: float | None = None
    needs_decision: bool = False
    tag: str | None = None
    subheadings: tuple[str, ...] = ()
    editors_note: str | None = None
    units: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    date: str | None = None
    date_text: str | None = None
    first_line: int = 0
    last_line: int = 0
    script: str = "s"
    # Where the article sits in SplitResult.clean_text, and which field each piece of it went to
    # (tag, title, title_end, editors_note, note_marker, body, units, layout): the split is lossless.
    clean_start: int = 0
    clean_end: int = 0
    spans: tuple[tuple[str, int, int], ...] = ()
    # The segmenter's probability that an article opens where this one does (None: the editor put it there).
    boundary_confidence: float | None = None


UNCERTAIN = (0.2, 0.8)  # boundary probabilities the split preview marks for the editor's look


@dataclass(frozen=True)
class SplitResult:
    """What ingest makes of one source: decoded text, cleaning log, articles, remainder."""

    source: str
    sha256: str
    encoding: str
    script: str
    text: str
    clean_text: str
    cleaning: tuple[CleanStep, ...]
    articles: tuple[ArticleDraft, ...]
    remainder: tuple[Remainder, ...] = ()
    # Line starts the segmenter weighed, as (clean offset, probability that an article opens there): the
    # chosen ones and every other with a probability of at least 0.2, for the preview to mark.
    boundaries: tuple[tuple[int, float], ...] = ()
    # The article starts (clean offsets) the segmenter proposed; an editor's resplit keeps them, so an
    # import can tell a corrected split from an accepted one.
    proposed: tuple[int, ...] = ()

    def uncertain(self) -> tuple[int, ...]:
        """Clean offsets of the boundaries the editor should look at: chosen or not, the segmenter gave
        them a probability between UNCERTAIN's bounds."""
        low, high = UNCERTAIN
        return tuple(offset for offset, p in self.boundaries if low <= p <= high)


@dataclass(frozen=True)
class Article:
    """A stored article at one revision."""

    id: ArticleId
    bulletin_id: BulletinId | None
    seq: int
    title: str
    body: str
    category: str | None
    category_source: str | None
    confidence: float | None
    needs_decision: bool
    date: str | None
    date_text: str | None
    subheadings: tuple[str, ...]
    editors_note: str | None
    units: tuple[str, ...]
    people: tuple[str, ...]
    script: str
    status: str
    revision: int
    first_line: int | None
    last_line: int | None
    created: str
    updated: str


@dataclass(frozen=True)
class ArticleRow:
    """A light row for lists: what the article list shows without loading bodies."""

    id: ArticleId
    title: str
    category: str | None
    needs_decision: bool
    date: str | None
    units: str
    status: str
    script: str
    bulletin_id: BulletinId | None
    updated: str


@dataclass(frozen=True)
class Revision:
    article_id: ArticleId
    revision: int
    snapshot: dict
    at: str
    reason: str
    author: str = ""  # who made it: a database user, or the editor's name on a store file ('' before schema 8)


@dataclass(frozen=True)
class Bulletin:
    id: BulletinId
    source: str
    sha256: str
    encoding: str
    script: str
    imported_at: str
    article_count: int


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    position: int
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]
    rank: int


@dataclass(frozen=True)
class Term:
    """A protected word (kind 'protect'), a fixed conversion pair ('override') or a flagged word ('flag')."""

    word: str
    kind: str = "protect"
    simplified: str | None = None
    traditional: str | None = None
    note: str = ""


@dataclass(frozen=True)
class IssueSection:
    title: str | None
    article_ids: tuple[ArticleId, ...]


@dataclass(frozen=True)
class Issue:
    """One 期 of a series: masthead facts, ordered sections of articles, closing band."""

    id: IssueId
    series: str
    year: int
    number: int
    total_number: int | None
    date: str | None
    compiling_unit: str
    status: str
    editors_note: str | None
    show_contents: bool
    sections: tuple[IssueSection, ...]
    recipients_bao: str = ""
    recipients_song: str = ""
    recipients_fa: str = ""
    extra_recipients: str = ""
    copies: int | None = None
    revision: int = 1  # counts every write: a save built on an older one is refused (optimistic concurrency)

    @property
    def article_ids(self) -> tuple[ArticleId, ...]:
        return tuple(a for s in self.sections for a in s.article_ids)


@dataclass(frozen=True)
class Submission:
    """A file found in the inbox folder: who sent it (unit, and how that was told), when it arrived,
    and the bulletin it became once imported (None: not yet)."""

    id: int
    path: str
    name: str
    sha256: str
    size: int
    unit: str
    unit_source: str       # name | metadata | attribution | editor | '' (unknown)
    title: str
    problem: str           # why it cannot be read ('' when it can)
    arrived_at: str
    bulletin_id: BulletinId | None


@dataclass(frozen=True)
class User:
    """Someone who works on a shared PostgreSQL store: a login role and the store's role it holds."""

    name: str
    role: str              # editor | reviewer | admin
    me: bool = False       # the account this store was opened as


@dataclass(frozen=True)
class Changed:
    """What an operation changed, so views refresh only what they show."""

    articles: tuple[ArticleId, ...] = ()
    bulletins: tuple[BulletinId, ...] = ()
    issues: tuple[IssueId, ...] = ()
    taxonomy: bool = False
    terms: bool = False
    people: bool = False
    submissions: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def touched(self) -> bool:
        """Whether anything at all changed."""
        return bool(self.articles or self.bulletins or self.issues or self.taxonomy or self.terms or self.people
                    or self.submissions)


@dataclass(frozen=True)
class RemoteChange:
    """What another editor (or program) committed to a shared store, as its notification told it.

    `everything`: too many rows to list, or news may have been missed: reload what is shown.
    `presence`: articles someone opened or left (who edits what is read again)."""

    changed: Changed
    editor: str = ""
    everything: bool = False
    presence: tuple[ArticleId, ...] = ()
