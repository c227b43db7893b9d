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


class Desk(ComposeOps, StatsOps, ClassifyOps, IngestOps, InboxOps, ProofreadOps, IssueOps, ConvertOps, ArticleOps,
           LiveOps, MaintenanceOps, DeskCore):
    """All operations on one store."""


def open_desk(store: str | Path | None = None, *, read_only: bool = False, editor: str = "") -> Desk:
    """A Desk on `store` (else $JIANBAO_STORE, else the user data folder); on a shared store the others see
    this desk's editor as `editor` (else $JIANBAO_EDITOR, else the database login)."""
    import os

    from jianbao.paths import store_location

    return Desk(store_location(store), read_only=read_only, editor=editor or os.environ.get("JIANBAO_EDITOR", ""))


__all__ = ["Desk", "open_desk"]
