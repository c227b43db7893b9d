"""Categories on the desk: the store's model kept current as editors relabel, re-classifying, evaluation, taxonomy.

One model per store file lives in this process (shared by every Desk on that file) and is
brought up to date by `retrain()`: it reads only the revisions of labelled articles, re-reads
the few that changed, and moves their sums in the naive Bayes model (well under a second for
10,000 articles). The first call builds it from scratch: run it off the GUI thread.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from jianbao.classify import DEFAULT_THRESHOLD, LABELLED_SOURCES, fill_categories, taxonomy
from jianbao.models import Article, ArticleId, Category, Changed, SplitResult
from jianbao.store import Store


@dataclass(frozen=True)
class ModelInfo:
    """What `retrain` did: examples and categories known, rows re-read, whether it started over, time taken."""

    examples: int
    categories: int
    updated: int
    rebuilt: bool
    seconds: float


@dataclass(frozen=True)
class Reassignment:
    """One article whose suggested category (or its doubt) changed when re-classifying."""

    article_id: ArticleId
    title: str
    old: str | None
    new: str | None
    confidence: float
    needs_decision: bool
    source: str


class _Entry:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.model = None
        self.revisions: dict[int, int] = {}
        self.taxonomy: tuple | None = None


_ENTRIES: dict[tuple, _Entry] = {}
_ENTRIES_LOCK = threading.Lock()


def _entry(store: Store) -> _Entry:
    # Keyed by file identity too: a store restored from a backup is a new file with old ids.
    try:
        st = store.path.resolve().stat()
        ident = (str(store.path.resolve()), st.st_ino, st.st_dev)
    except (OSError, AttributeError):  # AttributeError: a server's store has no file (path None)
        ident = (str(store.path or store), id(store), 0)
    with _ENTRIES_LOCK:
        return _ENTRIES.setdefault(ident, _Entry())


class ClassifyOps:
    store: Store

    classify_threshold: float = DEFAULT_THRESHOLD

    # -- the model -------------------------------------------------------------------
    def retrain(self, changed_article_ids: Iterable[int] = ()) -> ModelInfo:
        """Bring this store's model up to date with every tag and editor choice (call it in a worker thread).

        `changed_article_ids` may name the articles just edited; the store is checked for every
        change anyway (one light query), so nothing is missed when it is left out.
        """
        from jianbao.classify import features
        from jianbao.classify.model import CategoryModel, Example

        started = time.perf_counter()
        del changed_article_ids  # a hint only: revisions tell what changed
        entry = _entry(self.store)
        index = self.store.labelled_index()
        categories = self.store.categories()
        signature = tuple((c.name, c.keywords) for c in categories)
        with entry.lock:
            if entry.model is None:
                entry.model = CategoryModel(categories)
            elif signature != entry.taxonomy:
                entry.model.set_categories(categories)
            entry.taxonomy = signature
            current = {aid: (rev, cat) for aid, rev, cat in index}
            gone = [aid for aid in entry.revisions if aid not in current]
            stale = [aid for aid, (rev, _) in current.items() if entry.revisions.get(aid) != rev]
            texts = self.store.folded_leads(stale, chars=features.BODY_CHARS)
            entry.model.remove(gone)
            entry.model.put(Example(aid, *texts[aid], current[aid][1]) for aid in stale if aid in texts)
            for aid in gone:
                del entry.revisions[aid]
            for aid in stale:
                entry.revisions[aid] = current[aid][0]
            rebuilt = entry.model.fit()
            model = entry.model
        return ModelInfo(model.examples, len(model.categories), len(stale) + len(gone), rebuilt,
                         round(time.perf_counter() - started, 4))

    def category_model(self):
        """The store's model, up to date (a CategoryModel: `predict`, `categories`, `examples`)."""
        self.retrain()
        return _entry(self.store).model

    # -- classifying -------------------------------------------------------------------
    def classify_drafts(self, result: SplitResult) -> SplitResult:
        """Fill the categories of a split's untagged drafts from this store's rules and model."""
        if all(d.category is not None for d in result.articles):
            return replace(result, articles=tuple(fill_categories(result.articles)))
        drafts = fill_categories(result.articles, rules=self.store.categories(), model=self.category_model(),
                                 threshold=self.classify_threshold)
        return replace(result, articles=tuple(drafts))

    def suggest_category(self, article_id: ArticleId):
        """What the rules or the model would give this article, with the reason (a `Prediction`)."""
        from jianbao.classify.model import Prediction

        art = self.store.article(article_id)
        hit = taxonomy.match_rule(art.title, self.store.categories())
        if hit is not None:
            return Prediction(hit[0].name, 1.0, "rule", f"标题含关键词“{hit[1]}”")
        model = self.category_model()
        (title, body), = self.store.folded_leads([article_id], chars=_body_chars()).values()
        return model.predict([(title, body)], exclude=article_id)[0]

    def reclassify(self, ids: Sequence[int] | None = None, *, dry_run: bool = False) -> tuple[list[Reassignment], Changed]:
        """Re-predict the articles a model or rule classified (never a tag's or an editor's choice) and save changes."""
        wanted = set(self.store.unlabelled_ids())
        ids = [i for i in (wanted if ids is None else ids) if i in wanted]
        if not ids:
            return [], Changed()
        rules = self.store.categories()
        model = self.category_model()
        texts = self.store.folded_leads(ids, chars=_body_chars())
        order = [i for i in sorted(ids) if i in texts]
        predictions = model.predict([texts[i] for i in order])
        moves: list[Reassignment] = []
        for aid, p in zip(order, predictions):
            art = self.store.article(ArticleId(aid))
            hit = taxonomy.match_rule(art.title, rules)
            new, conf, source = (hit[0].name, 1.0, "rule") if hit else (p.category, p.confidence, "model")
            doubt = new is None or (source == "model" and conf < self.classify_threshold)
            if _same(art, new, doubt, source):
                continue
            moves.append(Reassignment(art.id, art.title, art.category, new, conf, doubt, source))
        if dry_run or not moves:
            return moves, Changed()
        with self.store.transaction():
            for m in moves:
                self.store.update_article(m.article_id, {"category": m.new, "category_source": m.source,
                                                         "confidence": m.confidence, "needs_decision": m.needs_decision},
                                          reason="重新分类")
        return moves, Changed(articles=tuple(m.article_id for m in moves))

    def classify_eval(self, *, threshold: float | None = None, folds: int | None = None):
        """Held-out accuracy of rules + model on this store's labelled articles (an `Evaluation`)."""
        from jianbao.classify.evaluate import cross_validate
        from jianbao.classify.model import Example

        index = self.store.labelled_index()
        texts = self.store.folded_leads([aid for aid, _, _ in index], chars=_body_chars())
        examples = [Example(aid, *texts[aid], cat) for aid, _, cat in index if aid in texts]
        categories = self.store.categories()
        return cross_validate(examples, categories=categories, rules=categories, folds=folds,
                              threshold=self.classify_threshold if threshold is None else threshold)

    # -- the taxonomy ----------------------------------------------------------------------
    def categories(self) -> list[Category]:
        return self.store.categories()

    def add_category(self, name: str) -> tuple[Category, Changed]:
        name = _clean_name(name)
        return self.store.ensure_category(name), Changed(taxonomy=True)

    def rename_category(self, old: str, new: str) -> Changed:
        """Rename a category and every article that carries it (each keeps a revision)."""
        count = self.store.rename_category(old, _clean_name(new))
        return Changed(taxonomy=True, extra={"articles_changed": count})

    def merge_categories(self, source: str, target: str) -> Changed:
        count = self.store.merge_categories(source, target)
        return Changed(taxonomy=True, extra={"articles_changed": count})

    def reorder_categories(self, names: Sequence[str]) -> Changed:
        self.store.reorder_categories(list(names))
        return Changed(taxonomy=True)

    def set_category_keywords(self, name: str, keywords: Iterable[str]) -> Changed:
        """The editor's rules: an untagged article whose title contains one of these words gets this category."""
        from jianbao.errors import JianbaoError

        if self.store.category_for(name) is None:
            raise JianbaoError(f"没有名为“{name}”的栏目")
        words = [w.strip() for w in keywords if w and w.strip()]
        self.store.set_category_keywords(name, list(dict.fromkeys(words)))
        return Changed(taxonomy=True)


def _body_chars() -> int:
    from jianbao.classify import features

    return features.BODY_CHARS


def _clean_name(name: str) -> str:
    from jianbao.errors import JianbaoError

    name = (name or "").strip().strip("【】[]")
    if not name:
        raise JianbaoError("栏目名称不能为空")
    if len(name) > 20:
        raise JianbaoError(f"栏目名称太长（{len(name)} 字），请不超过 20 字")
    return name


def _same(art: Article, new: str | None, doubt: bool, source: str) -> bool:
    same_name = (art.category is None and new is None) or (
        art.category is not None and new is not None and taxonomy.key(art.category) == taxonomy.key(new))
    return same_name and art.needs_decision == doubt and art.category_source == source


__all__ = ["ClassifyOps", "LABELLED_SOURCES", "ModelInfo", "Reassignment"]
