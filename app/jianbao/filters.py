"""What the article list is narrowed to: one small dataclass, importable at the GUI's start-up.

It lives apart from models.py, whose twenty-odd dataclasses cost ~20 ms to create: the window
builds a filter before its first paint, and models are not needed then.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list is narrowed to; every field optional."""

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
