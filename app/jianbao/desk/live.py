"""Working together on a shared store: news of the others' changes, and who has which article open."""
from __future__ import annotations

from jianbao.models import ArticleId
from jianbao.store import Store


class LiveOps:
    store: Store  # or a PgStore: only a shared store has news and presence (on SQLite these do nothing)

    def listen(self):
        """A listener for the changes other desks commit (None on a store only this desk uses).

        It holds a connection of its own: `fileno()` turns readable when news may have come, and
        `changes()` returns the `RemoteChange`s waiting, without blocking (store/live.py)."""
        return self.store.listen()

    def hold_article(self, article_id: ArticleId | None) -> None:
        """Show the other editors that this one has the article open (None: no article); they are told."""
        if not self.store.read_only:
            self.store.hold_article(article_id)

    def presence(self) -> dict[ArticleId, tuple[str, ...]]:
        """Articles other editors have open, with their names."""
        return self.store.presence()

    @property
    def shared(self) -> bool:
        """Whether other desks may work on this store at the same time."""
        return self.store.engine == "postgresql"
