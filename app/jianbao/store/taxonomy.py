"""Categories, units, people (the leaders' roster) and terms."""
from __future__ import annotations

import json
from collections.abc import Iterable

from jianbao.errors import JianbaoError
from jianbao.fold import fold
from jianbao.models import Category, Person, Term


class TaxonomyMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    # -- categories ----------------------------------------------------------------
    def categories(self) -> list[Category]:
        rows = self.conn.execute("SELECT code, name, position, keywords FROM categories ORDER BY position, name")
        return [Category(r[0], r[1], r[2], tuple(json.loads(r[3]))) for r in rows]

    def category_for(self, name: str) -> Category | None:
        """The category whose name matches `name` in either script."""
        key = fold(name)
        return next((c for c in self.categories() if fold(c.name) == key or c.code == name), None)

    def ensure_category(self, name: str) -> Category:
        """The category of that name (script-insensitive), created at the end of the list when new."""
        found = self.category_for(name)
        if found:
            return found
        with self.transaction():
            position = self.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM categories").fetchone()[0]
            code = fold(name)
            self.conn.execute("INSERT INTO categories(code, name, position) VALUES (?,?,?)", (code, name, position))
        return Category(code, name, position)

    def seed_categories(self, items: Iterable[dict]) -> None:
        with self.transaction():
            for position, item in enumerate(items, start=1):
                self.conn.execute(
                    "INSERT INTO categories(code, name, position, keywords) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                    (item["code"], item["name"], position, json.dumps(item.get("keywords", []), ensure_ascii=False)),
                )

    def rename_category(self, old: str, new: str) -> int:
        """Rename a category and every article that carries it; returns how many articles changed."""
        cat = self.category_for(old)
        if cat is None:
            raise JianbaoError(f"没有名为“{old}”的栏目")
        if self.category_for(new) and fold(new) != fold(old):
            raise JianbaoError(f"栏目“{new}”已存在，请使用“合并”")
        with self.transaction():
            self.conn.execute("UPDATE categories SET name = ? WHERE code = ?", (new, cat.code))
            return self._recategorise(cat.name, new, reason=f"栏目改名：{cat.name} → {new}")

    def merge_categories(self, source: str, target: str) -> int:
        """Move every article of `source` into `target` and drop `source`."""
        src, dst = self.category_for(source), self.category_for(target)
        if src is None or dst is None:
            raise JianbaoError(f"栏目“{source if src is None else target}”不存在")
        with self.transaction():
            count = self._recategorise(src.name, dst.name, reason=f"栏目合并：{src.name} → {dst.name}")
            self.conn.execute("DELETE FROM categories WHERE code = ?", (src.code,))
            return count

    def _recategorise(self, old_name: str, new_name: str, *, reason: str) -> int:
        ids = [r[0] for r in self.conn.execute("SELECT id, category FROM articles WHERE category IS NOT NULL")
               if fold(r[1]) == fold(old_name)]
        for article_id in ids:
            self.update_article(article_id, {"category": new_name}, reason=reason)  # type: ignore[attr-defined]
        return len(ids)

    def reorder_categories(self, names: list[str]) -> None:
        with self.transaction():
            for position, name in enumerate(names, start=1):
                cat = self.category_for(name)
                if cat:
                    self.conn.execute("UPDATE categories SET position = ? WHERE code = ?", (position, cat.code))

    def set_category_keywords(self, name: str, keywords: Iterable[str]) -> None:
        cat = self.category_for(name) or self.ensure_category(name)
        with self.transaction():
            self.conn.execute(
                "UPDATE categories SET keywords = ? WHERE code = ?",
                (json.dumps([k for k in keywords if k], ensure_ascii=False), cat.code),
            )

    # -- units ---------------------------------------------------------------------
    def units(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM units ORDER BY name")]

    # -- people (roster) -----------------------------------------------------------
    def people(self) -> list[Person]:
        rows = self.conn.execute("SELECT name, titles, rank FROM people ORDER BY rank, name")
        return [Person(r[0], tuple(json.loads(r[1])), r[2]) for r in rows]

    def roster(self) -> list[Person]:
        """People with titles: the leaders whose names and titles are checked."""
        return [p for p in self.people() if p.titles]

    def save_person(self, person: Person) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO people(name, titles, rank) VALUES (?,?,?) "
                "ON CONFLICT(name) DO UPDATE SET titles = excluded.titles, rank = excluded.rank",
                (person.name, json.dumps(list(person.titles), ensure_ascii=False), person.rank),
            )

    def remove_person(self, name: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE people SET titles = '[]' WHERE name = ?", (name,))

    # -- terms ---------------------------------------------------------------------
    def terms(self, kind: str | None = None) -> list[Term]:
        sql = "SELECT word, kind, simplified, traditional, note FROM terms"
        rows = self.conn.execute(sql + (" WHERE kind = ?" if kind else "") + " ORDER BY kind, word",
                                 (kind,) if kind else ())
        return [Term(*r) for r in rows]

    def save_terms(self, terms: Iterable[Term]) -> int:
        count = 0
        with self.transaction():
            for t in terms:
                self.conn.execute(
                    "INSERT INTO terms(word, kind, simplified, traditional, note) VALUES (?,?,?,?,?) "
                    "ON CONFLICT(word, kind) DO UPDATE SET simplified = excluded.simplified, "
                    "traditional = excluded.traditional, note = excluded.note",
                    (t.word, t.kind, t.simplified, t.traditional, t.note),
                )
                count += 1
        return count

    def add_term(self, term: Term) -> None:
        """Add a term unless the store has that word of that kind (an editor's add; changing one is an admin's)."""
        with self.transaction():
            self.conn.execute("INSERT INTO terms(word, kind, simplified, traditional, note) VALUES (?,?,?,?,?) "
                              "ON CONFLICT (word, kind) DO NOTHING",
                              (term.word, term.kind, term.simplified, term.traditional, term.note))

    def remove_term(self, word: str, kind: str = "protect") -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM terms WHERE word = ? AND kind = ?", (word, kind))
