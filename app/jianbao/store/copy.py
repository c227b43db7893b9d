"""Copying a whole store from one engine to the other (SQLite <-> PostgreSQL), row for row.

Every table is copied with its ids, in one transaction on the destination, which must be empty: a copy
that fails leaves nothing behind. The search index is not copied but rebuilt from the articles by the
destination's own engine (its words are the same; their storage differs).
"""
from __future__ import annotations

from collections.abc import Callable

from jianbao.errors import StoreError

# Parents before children (foreign keys are checked as rows arrive).
TABLES = (
    "bulletins", "articles", "units", "people", "article_units", "article_people", "revisions", "issues",
    "issue_articles", "categories", "terms", "drafts", "ignored_findings", "split_corrections", "submissions",
)
# Tables with ids the database assigns: PostgreSQL's counters must start past the copied ones.
_IDENTITY = ("bulletins", "units", "people", "revisions", "issues", "terms", "submissions")
BATCH = 2000


def columns(store, table: str) -> list[str]:
    """A table's columns, in the order the store's schema declares them."""
    if store.engine == "postgresql":
        rows = store.conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                  "AND table_schema = current_schema() ORDER BY ordinal_position", (table,))
        return [r[0] for r in rows]
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]


def count_rows(store) -> dict[str, int]:
    return {t: int(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def copy_store(source, target, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty store `target`; returns the rows copied per table."""
    if any(count_rows(target).values()):
        raise StoreError(f"目标资料库 {target} 不是空的；请复制到一个新的资料库，以免混合两份资料")
    copied: dict[str, int] = {}
    with target.transaction():
        for table in TABLES:
            names = columns(source, table)
            missing = set(names) - set(columns(target, table))
            if missing:
                raise StoreError(f"目标资料库缺少 {table} 的列 {sorted(missing)}，请先升级 Jianbao")
            listed = ", ".join(names)
            insert = f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(names))})"
            rows = source.conn.execute(f"SELECT {listed} FROM {table}").fetchall()
            for start in range(0, len(rows), BATCH):
                target.conn.executemany(insert, rows[start:start + BATCH])
            copied[table] = len(rows)
            if progress is not None:
                progress(table, len(rows))
        if target.engine == "postgresql":
            for table in _IDENTITY:
                target.conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
        target.conn.execute("UPDATE search_state SET indexed_upto = 0")
        target.index_pending()
    return copied
