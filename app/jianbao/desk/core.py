"""The Desk's base: owns the store, seeds the taxonomy on a new store."""
from __future__ import annotations

import json
from pathlib import Path

from jianbao.paths import resource_path
from jianbao.store import Store


class DeskCore:
    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.store = Store(path, read_only=read_only)
        if not read_only and not self.store.categories():
            self.store.seed_categories(json.loads(resource_path("categories.json").read_text("utf-8")))

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
