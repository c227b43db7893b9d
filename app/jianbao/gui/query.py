"""What the article list shows: a plain description of the filter, free of Qt and of the store."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True)
class ListQuery:
    """The fields of store.ArticleFilter, kept here so the window can build one before the store is loaded."""

    query: str | None = None
    category: str | None = None
    unit: str | None = None
    status: str | None = None
    script: str | None = None
    needs_decision: bool | None = None
    date_from: str | None = None
    date_to: str | None = None
    bulletin_id: int | None = None
    ids: tuple[int, ...] | None = None

    def to_filter(self) -> Any:
        """The store's ArticleFilter (imported here, on the worker, to keep it off the start-up path)."""
        from jianbao.store import ArticleFilter

        return ArticleFilter(**asdict(self))

    def merged(self, other: "ListQuery") -> "ListQuery":
        """This query with every field `other` sets."""
        return replace(self, **{k: v for k, v in asdict(other).items() if v is not None})
