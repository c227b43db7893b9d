"""The store: the only code that speaks SQL. `Store(path)` opens (and migrates) one file."""
from __future__ import annotations

from jianbao.store.articles import ArticleFilter, ArticlesMixin
from jianbao.store.base import StoreBase, restore_backup
from jianbao.store.bulletins import BulletinsMixin
from jianbao.store.classify import ClassifyQueriesMixin
from jianbao.store.findings import FindingsMixin
from jianbao.store.issues import IssuesMixin
from jianbao.store.schema import SCHEMA_VERSION
from jianbao.store.stats import StatsMixin
from jianbao.store.taxonomy import TaxonomyMixin


class Store(ArticlesMixin, BulletinsMixin, IssuesMixin, TaxonomyMixin, FindingsMixin, ClassifyQueriesMixin, StatsMixin,
            StoreBase):
    """One Jianbao store file: bulletins, articles with revisions, issues, taxonomy, terms."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["ArticleFilter", "SCHEMA_VERSION", "Store", "restore_backup"]
