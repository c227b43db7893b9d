"""Category names across scripts, the shipped seed's hint words, and the editors' keyword rules."""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence

from jianbao.fold import fold
from jianbao.models import Category


@functools.lru_cache(maxsize=4096)
def key(name: str) -> str:
    """The script- and width-insensitive identity of a category name (經濟普查 == 经济普查)."""
    return fold(name).strip()


@functools.cache
def seed() -> tuple[Category, ...]:
    """The shipped taxonomy (resources/categories.json), the default when there is no store."""
    from jianbao.paths import resource_path

    items = json.loads(resource_path("categories.json").read_text("utf-8"))
    return tuple(Category(i["code"], i["name"], n, tuple(i.get("keywords", ()))) for n, i in enumerate(items, 1))


@functools.cache
def _hints() -> dict[str, tuple[str, ...]]:
    from jianbao.paths import resource_path

    items = json.loads(resource_path("categories.json").read_text("utf-8"))
    table: dict[str, tuple[str, ...]] = {}
    for item in items:
        words = tuple(item.get("hints", ()))
        table[item["code"]] = words
        table[key(item["name"])] = words
    return table


def hints(category: Category | str) -> tuple[str, ...]:
    """Words typical of a category, from the seed (by code or name); none for categories editors added."""
    if isinstance(category, Category):
        return _hints().get(category.code) or _hints().get(key(category.name), ())
    return _hints().get(key(category), ())


def spellings(*sources: Iterable[Category | str]) -> dict[str, str]:
    """Display name for each category key: the first source that names it wins (store before tags before seed)."""
    names: dict[str, str] = {}
    for source in sources:
        for item in source:
            name = item.name if isinstance(item, Category) else item
            if name and name.strip():
                names.setdefault(key(name), name)
    return names


def match_rule(title: str, rules: Sequence[Category]) -> tuple[Category, str] | None:
    """The category whose keyword occurs in the title (longest keyword wins, then the category order)."""
    folded = fold(title or "")
    best: tuple[int, int, Category, str] | None = None
    for order, category in enumerate(rules):
        for word in category.keywords:
            w = fold(word).strip()
            if w and w in folded and (best is None or (-len(w), order) < (best[0], best[1])):
                best = (-len(w), order, category, word)
    return None if best is None else (best[2], best[3])
