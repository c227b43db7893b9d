"""Operations on stored articles: list, search, read, edit, revisions, drafts."""
from __future__ import annotations

from collections.abc import Mapping

from jianbao.models import Article, ArticleId, ArticleRow, Bulletin, Category, Changed, Revision
from jianbao.store import ArticleFilter, Store


class ArticleOps:
    store: Store

    def list_articles(self, f: ArticleFilter = ArticleFilter(), **kw) -> list[ArticleRow]:
        return self.store.list_articles(f, **kw)

    def count_articles(self, f: ArticleFilter = ArticleFilter()) -> int:
        return self.store.count_articles(f)

    def search(self, query: str, limit: int = 100) -> list[ArticleId]:
        return self.store.search(query, limit=limit)

    def article(self, article_id: ArticleId) -> Article:
        return self.store.article(article_id)

    def edit_article(self, article_id: ArticleId, changes: Mapping, *, expected_revision: int | None = None,
                     reason: str = "edited") -> tuple[Article, Changed]:
        """Save an edit as a new revision; raises ConflictError when the article moved on elsewhere."""
        changes = dict(changes)
        if "category" in changes and "category_source" not in changes:
            changes["category_source"] = "editor"
            changes.setdefault("needs_decision", False)
            changes.setdefault("confidence", 1.0)
        art = self.store.update_article(article_id, changes, reason=reason, expected_revision=expected_revision)
        return art, Changed(articles=(article_id,), taxonomy="category" in changes)

    def revisions(self, article_id: ArticleId) -> list[Revision]:
        return self.store.revisions(article_id)

    def restore_revision(self, article_id: ArticleId, revision: int) -> tuple[Article, Changed]:
        return self.store.restore_revision(article_id, revision), Changed(articles=(article_id,))

    def save_draft(self, article_id: ArticleId, base_revision: int, payload: Mapping) -> None:
        self.store.save_draft(article_id, base_revision, payload)

    def drafts(self) -> list[tuple[ArticleId, int, dict, str]]:
        return self.store.drafts()

    def discard_draft(self, article_id: ArticleId) -> None:
        self.store.discard_draft(article_id)

    # -- read-only lists for pickers and the sidebar ---------------------------------
    def bulletins(self) -> list[Bulletin]:
        """Imported sources, newest first, with their article counts."""
        return self.store.bulletins()

    def categories(self) -> list[Category]:
        return self.store.categories()

    def units(self) -> list[str]:
        """Every reporting unit the store knows (for completers)."""
        return self.store.units()

    def people_names(self) -> list[str]:
        return [p.name for p in self.store.people()]
