"""What the article list shows: the core's ArticleFilter (plain data, cheap to import) and merging two."""
from __future__ import annotations

from dataclasses import asdict, replace

from jianbao.filters import ArticleFilter


def merged(base: ArticleFilter, other: ArticleFilter) -> ArticleFilter:
    """`base` with every field `other` sets (the sidebar's scope narrowed by the filter bar)."""
    return replace(base, **{k: v for k, v in asdict(other).items() if v is not None})
