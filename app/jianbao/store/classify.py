"""What the category model reads: labelled articles' revisions and their script-folded title and lead."""
from __future__ import annotations

from collections.abc import Iterable

from jianbao.fold import fold_many
from jianbao.models import ArticleId

_LABELLED = "category IS NOT NULL AND trim(category) != '' AND category_source IN ('tag', 'editor')"


class ClassifyQueriesMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    def labelled_index(self) -> list[tuple[ArticleId, int, str]]:
        """(id, revision, category) of every article whose category came from a tag or an editor."""
        rows = self.conn.execute(f"SELECT id, revision, category FROM articles WHERE {_LABELLED} ORDER BY id")
        return [(ArticleId(r[0]), r[1], r[2]) for r in rows]

    def folded_leads(self, ids: Iterable[int], *, chars: int) -> dict[ArticleId, tuple[str, str]]:
        """Script-folded title and first `chars` characters of the body."""
        ids = list(ids)
        out: dict[ArticleId, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.conn.execute(
                f"SELECT id, title, substr(body, 1, ?) FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                (chars, *chunk),
            ).fetchall()
            folded = fold_many([text for _, title, lead in rows for text in (title, lead)])
            out.update((ArticleId(row[0]), (t, b)) for row, t, b in zip(rows, folded[0::2], folded[1::2]))
        return out

    def unlabelled_ids(self) -> list[ArticleId]:
        """Articles whose category a model or rule chose, or that have none: what re-classifying may change."""
        rows = self.conn.execute(f"SELECT id FROM articles WHERE NOT ({_LABELLED}) ORDER BY id")
        return [ArticleId(r[0]) for r in rows]
