"""The Desk's base: owns the store, seeds the taxonomy on a new store."""
from __future__ import annotations

import json
from pathlib import Path

from jianbao.paths import resource_path
from jianbao.store import Store, open_store


class DeskCore:
    store: Store  # or a PgStore: the same operations

    def __init__(self, path: str | Path, *, read_only: bool = False, password: str | None = None,
                 author: str | None = None) -> None:
        self.store = open_store(path, read_only=read_only, password=password, author=author)
        if not read_only and not self.store.categories():
            self.store.seed_categories(json.loads(resource_path("categories.json").read_text("utf-8")))

    @property
    def path(self) -> Path | None:
        """The store's file (None for a store on a PostgreSQL server)."""
        return self.store.path

    @property
    def location(self) -> str:
        """Where the store is, for the editor: a file's path, or a server URL without its password."""
        return str(self.store.path) if self.store.path is not None else str(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
