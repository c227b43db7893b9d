"""The store: the only code that speaks SQL. One interface, a backend per engine.

`Store(path)` opens (and migrates) one SQLite file, the embedded default; `PgStore(url)` a PostgreSQL
database, an office's shared store. `open_store` takes either (a `postgresql://` URL or a path).
"""
from __future__ import annotations

from pathlib import Path

from jianbao.store.articles import ArticleFilter, ArticlesMixin
from jianbao.store.base import StoreBase, restore_backup
from jianbao.store.bulletins import BulletinsMixin
from jianbao.store.classify import ClassifyQueriesMixin
from jianbao.store.findings import FindingsMixin
from jianbao.store.inbox import InboxMixin
from jianbao.store.issues import IssuesMixin
from jianbao.store.live import SharedDesk, SingleDesk
from jianbao.store.pg_users import PgUsersMixin
from jianbao.store.postgres import PgStoreBase, display_url, is_postgres_url
from jianbao.store.schema import SCHEMA_VERSION
from jianbao.store.stats import StatsMixin
from jianbao.store.taxonomy import TaxonomyMixin


class _Operations(ArticlesMixin, BulletinsMixin, IssuesMixin, TaxonomyMixin, FindingsMixin, ClassifyQueriesMixin,
                  StatsMixin, InboxMixin):
    """Every store operation, written once for both engines."""

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # type: ignore[attr-defined]


class Store(_Operations, SingleDesk, StoreBase):
    """One Jianbao store file: bulletins, articles with revisions, issues, taxonomy, terms."""


class PgStore(_Operations, PgUsersMixin, SharedDesk, PgStoreBase):
    """The same store on a PostgreSQL database (shared by an office's editors, each with a role)."""


def open_store(location: str | Path, *, read_only: bool = False, author: str | None = None,
               password: str | None = None) -> Store | PgStore:
    """A store at a path (SQLite; revisions signed `author`, else the computer's user) or a postgresql:// URL
    (revisions signed by the server's login role; `password` when the URL and libpq's own sources have none;
    `author`, else $JIANBAO_EDITOR, is the name the other editors see: store/live.py)."""
    if is_postgres_url(location):
        return PgStore(str(location), read_only=read_only, password=password, author=author)
    return Store(location, read_only=read_only, author=author)


__all__ = ["ArticleFilter", "PgStore", "SCHEMA_VERSION", "Store", "display_url", "open_store", "restore_backup"]
