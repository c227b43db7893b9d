"""The facade: every operation an editor performs, shared by the GUI and the CLI.

`Desk` is assembled from small mixins, one per area (articles, import, issues,
conversion, proofreading, export…), so each area's operations live in their own
module. Every write returns what changed (`Changed`) so views refresh themselves.
"""
from __future__ import annotations

from pathlib import Path

from jianbao.desk.core import DeskCore
from jianbao.desk.articles import ArticleOps
from jianbao.desk.classify import ClassifyOps
from jianbao.desk.compose import ComposeOps
from jianbao.desk.convert import ConvertOps
from jianbao.desk.inbox import InboxOps
from jianbao.desk.ingest import IngestOps
from jianbao.desk.issues import IssueOps
from jianbao.desk.live import LiveOps
from jianbao.desk.maintenance import MaintenanceOps
from jianbao.desk.proofread import ProofreadOps
from jianbao.desk.stats import StatsOps
from jianbao.desk.users import UserOps


class Desk(ComposeOps, StatsOps, ClassifyOps, IngestOps, InboxOps, ProofreadOps, IssueOps, ConvertOps, ArticleOps,
           LiveOps, MaintenanceOps, UserOps, DeskCore):
    """All operations on one store."""


def open_desk(store: str | Path | None = None, *, read_only: bool = False, password: str | None = None,
              author: str | None = None) -> Desk:
    """A Desk on `store` (else $JIANBAO_STORE, else the user data folder). A shared store's password: `password`,
    else the one in the URL, else the OS keyring's, else libpq's own (PGPASSWORD, ~/.pgpass)."""
    from jianbao.paths import store_location

    location = store_location(store)
    if password is None and isinstance(location, str):
        from jianbao.passwords import split_password, stored_password

        if split_password(location)[1] is None:
            password = stored_password(location)
    return Desk(location, read_only=read_only, password=password, author=author)


__all__ = ["Desk", "open_desk"]
