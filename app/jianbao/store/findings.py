"""Proofreading findings the editor chose to ignore, per article (table ignored_findings, schema v2)."""
from __future__ import annotations


from jianbao.errors import NotFoundError
from jianbao.models import ArticleId


class FindingsMixin:
    conn: object  # sqlite3.Connection or postgres.PgConnection

    def ignored_findings(self, article_id: ArticleId) -> set[tuple[str, str]]:
        """(kind, text) pairs ignored on this article."""
        rows = self.conn.execute("SELECT kind, text FROM ignored_findings WHERE article_id = ?", (article_id,))
        return {(r[0], r[1]) for r in rows}

    def ignore_finding(self, article_id: ArticleId, kind: str, text: str) -> None:
        with self.transaction():  # type: ignore[attr-defined]
            if not self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise NotFoundError(f"找不到编号为 {article_id} 的文章")
            self.conn.execute("INSERT INTO ignored_findings(article_id, kind, text) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                              (article_id, kind, text))

    def unignore_finding(self, article_id: ArticleId, kind: str, text: str) -> None:
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute("DELETE FROM ignored_findings WHERE article_id = ? AND kind = ? AND text = ?",
                              (article_id, kind, text))
