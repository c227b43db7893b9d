"""The category model: complement naive Bayes over hashed character n-grams, updated in place as editors relabel.

Naive Bayes keeps per-category sums of the examples' features, so moving one article
from one category to another is an exact update of two sums (scikit-learn's
`partial_fit` with weights -1 and +1), not a retraining: it stays well under a second
for a store of 10,000 articles. Each category also gets one pseudo-example made of
its own name and the seed's hint words, so a category with no example yet can still
be suggested (with little confidence).
"""
from __future__ import annotations

import copy
import functools
import threading
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from jianbao.classify import features, taxonomy
from jianbao.models import Category

ALPHA = 0.5           # smoothing; ALPHA, PRIOR_WEIGHT and features.TITLE_WEIGHT chosen by leave-one-out on the sample
PRIOR_WEIGHT = 8.0    # the name-and-hints pseudo-example counts as eight articles: a prior that real examples outgrow
NEAR_DUPLICATE = 0.9  # cosine of the leads above which an article is the same story re-sent
NEAR_MIN_CHARS = 60   # leads shorter than this say too little to call anything a duplicate
DENSE_LEADS = 1 << 20  # cells (leads x n-grams) up to which the leads are compared as a dense block


@functools.lru_cache(maxsize=8)
def _prior_rows(docs: tuple[str, ...]):
    """The taxonomy's pseudo-examples (name and hint words as both title and body): the same few dozen for
    every model made during an import, so made once."""
    return features.rows(features.folded_many([(words, words) for words in docs]))


@dataclass(frozen=True)
class Prediction:
    """A suggested category with how sure the model is and why, in words for the editor."""

    category: str | None
    confidence: float
    source: str = "model"
    reason: str = ""
    alternatives: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Example:
    """One labelled article as the model sees it: title and lead already script-folded."""

    key: Hashable
    title: str
    body: str
    category: str


class CategoryModel:
    """Examples in, predictions out; thread-safe; `fit()` applies pending changes incrementally when it can."""

    def __init__(self, categories: Iterable[Category | str] = (), *, alpha: float = ALPHA) -> None:
        self.alpha = alpha
        self._lock = threading.RLock()
        self._names: dict[str, str] = {}
        self._prior_keys: list[str] = []
        self._prior_X = None
        self._keys: list[Hashable] = []
        self._index: dict[Hashable, int] = {}
        self._labels: list[str | None] = []   # None: a dead row (replaced or removed), dropped at the next full fit
        self._titles: list[str] = []
        self._texts: list[int] = []           # hash of the folded text, to tell a relabel from an edit
        self._X = None
        self._nb = None
        self._cols = None                     # the hashed columns the fitted model knows (training's vocabulary)
        self._pending: list[tuple[int, str, float]] = []
        self._dirty = True
        self.set_categories(categories)

    # -- what it knows ---------------------------------------------------------------
    @property
    def examples(self) -> int:
        return sum(1 for label in self._labels if label is not None)

    @property
    def categories(self) -> list[str]:
        """Display names of every category the model can suggest."""
        return [self._names[k] for k in self._classes()]

    def name(self, label: str) -> str:
        return self._names.get(label, label)

    def respell(self, names: Iterable[str]) -> None:
        """Show these categories as spelled here (e.g. as a bulletin's own tags) rather than as first seen."""
        with self._lock:
            for name in names:
                self._names[taxonomy.key(name)] = name

    def set_categories(self, categories: Iterable[Category | str]) -> None:
        """The taxonomy: spellings to show, and one name-and-hints pseudo-example per category."""
        with self._lock:
            cats = [c if isinstance(c, Category) else Category(taxonomy.key(c), c, 0) for c in categories]
            for c in cats:
                self._names[taxonomy.key(c.name)] = c.name  # the store's spelling wins over a tag's
            keys = list(dict.fromkeys(taxonomy.key(c.name) for c in cats if c.name.strip()))
            if keys == self._prior_keys:
                return
            docs = []
            for k in keys:
                cat = next(c for c in cats if taxonomy.key(c.name) == k)
                words = " ".join((cat.name, *taxonomy.hints(cat), *cat.keywords))
                docs.append(words)
            self._prior_keys = keys
            self._prior_X = _prior_rows(tuple(docs)) if docs else None
            self._dirty = True

    # -- changing the examples -----------------------------------------------------------
    def put(self, examples: Iterable[Example]) -> None:
        """Add examples, or replace those with the same key (a relabel costs no re-reading of the text)."""
        with self._lock:
            fresh: list[Example] = []
            for ex in examples:
                label = taxonomy.key(ex.category)
                self._names.setdefault(label, ex.category)
                row = self._index.get(ex.key)
                if row is not None and self._texts[row] == hash((ex.title, ex.body)):
                    self._relabel(row, label)
                    continue
                if row is not None:
                    self._kill(row)
                fresh.append(ex)
            if fresh:
                self._append(fresh, features.rows([(ex.title, ex.body) for ex in fresh]))

    def put_rows(self, examples: Sequence[Example], matrix) -> None:
        """Add new examples whose feature rows are already computed (cross-validation reuses them)."""
        with self._lock:
            for ex in examples:
                self._names.setdefault(taxonomy.key(ex.category), ex.category)
            self._append(examples, matrix)

    def remove(self, keys: Iterable[Hashable]) -> None:
        with self._lock:
            for k in keys:
                row = self._index.pop(k, None)
                if row is not None:
                    self._kill(row)

    def _append(self, examples: Sequence[Example], matrix) -> None:
        from scipy import sparse

        start = len(self._keys)
        self._X = matrix if self._X is None else sparse.vstack([self._X, matrix], format="csr")
        for n, ex in enumerate(examples):
            label = taxonomy.key(ex.category)
            self._keys.append(ex.key)
            self._index[ex.key] = start + n
            self._labels.append(label)
            self._titles.append(ex.title)
            self._texts.append(hash((ex.title, ex.body)))
            self._pending.append((start + n, label, 1.0))

    def _relabel(self, row: int, label: str) -> None:
        old = self._labels[row]
        if old == label:
            return
        if old is not None:
            self._pending.append((row, old, -1.0))
        self._labels[row] = label
        self._pending.append((row, label, 1.0))

    def _kill(self, row: int) -> None:
        old = self._labels[row]
        if old is not None:
            self._pending.append((row, old, -1.0))
        self._labels[row] = None

    # -- training ------------------------------------------------------------------
    def _classes(self) -> list[str]:
        return sorted(set(self._prior_keys) | {lab for lab in self._labels if lab is not None})

    def fit(self) -> bool:
        """Bring the model up to date; returns True when it had to start over (new category, taxonomy change)."""
        with self._lock:
            if self._nb is not None and not self._dirty and not self._pending:
                return False
            classes = self._classes()
            incremental = (self._nb is not None and not self._dirty
                           and set(classes) == set(self._nb.classes_.tolist()))
            if incremental:
                self._apply_pending()
            else:
                self._full_fit(classes)
            self._pending.clear()
            self._dirty = False
            return not incremental

    def _apply_pending(self) -> None:
        import numpy as np

        rows = [r for r, _, _ in self._pending]
        self._nb.partial_fit(self._X[rows][:, self._cols], [lab for _, lab, _ in self._pending],
                             sample_weight=np.array([w for _, _, w in self._pending]))

    def _full_fit(self, classes: list[str]) -> None:
        import numpy as np
        from scipy import sparse
        from sklearn.naive_bayes import ComplementNB

        self._compact()
        parts, labels, weights = [], [], []
        if self._X is not None and self._keys:
            parts.append(self._X)
            labels += self._labels
            weights += [1.0] * len(self._labels)
        if self._prior_X is not None:
            parts.append(self._prior_X)
            labels += self._prior_keys
            weights += [PRIOR_WEIGHT] * len(self._prior_keys)
        if not labels:
            self._nb = None
            return
        matrix = sparse.vstack(parts, format="csr")
        # Only the n-grams seen in training: the model's size follows the data, not the hash space.
        seen = np.zeros(matrix.shape[1], dtype=bool)
        seen[matrix.indices] = True  # a mask, not np.unique: no sort of every stored entry
        self._cols = np.flatnonzero(seen)
        nb = ComplementNB(alpha=self.alpha)
        # partial_fit with every class named up front, so a later relabel can reach any of them
        nb.partial_fit(matrix[:, self._cols], labels, classes=np.array(classes), sample_weight=np.array(weights))
        self._nb = nb

    def _compact(self) -> None:
        live = [n for n, lab in enumerate(self._labels) if lab is not None]
        if len(live) == len(self._labels):
            return
        self._X = self._X[live] if live else None
        self._keys = [self._keys[n] for n in live]
        self._labels = [self._labels[n] for n in live]
        self._titles = [self._titles[n] for n in live]
        self._texts = [self._texts[n] for n in live]
        self._index = {k: n for n, k in enumerate(self._keys)}

    def copy(self) -> CategoryModel:
        """An independent model to add a bulletin's own tagged articles to, leaving this one as it is."""
        with self._lock:
            self.fit()
            twin = copy.copy(self)
            twin._lock = threading.RLock()
            for attr in ("_names", "_prior_keys", "_keys", "_index", "_labels", "_titles", "_texts", "_pending"):
                setattr(twin, attr, copy.copy(getattr(self, attr)))
            twin._nb = copy.deepcopy(self._nb)
            return twin

    # -- predicting ------------------------------------------------------------------
    def predict(self, pairs: Sequence[tuple[str, str]], *, exclude: Hashable | None = None) -> list[Prediction]:
        """A prediction per (title, body) pair, both script-folded; `exclude` leaves one example out."""
        if not pairs:
            return []
        return self.predict_rows(features.rows(pairs), [len(b) for _, b in pairs], exclude=exclude)

    def predict_rows(self, matrix, lengths: Sequence[int], *, exclude: Hashable | None = None) -> list[Prediction]:
        with self._lock:
            self.fit()
            if self._nb is None:
                return [Prediction(None, 0.0, reason="还没有可供学习的栏目") for _ in lengths]
            proba = self._nb.predict_proba(matrix[:, self._cols])
            neighbours = self._near_duplicates(matrix, lengths, exclude)
            classes = self._nb.classes_.tolist()
            out = []
            for n, p in enumerate(proba):
                order = p.argsort()[::-1]
                alts = tuple((self.name(classes[i]), round(float(p[i]), 3)) for i in order[1:3])
                best, conf = classes[order[0]], float(p[order[0]])
                reason = f"与已归类文章的用词最接近（把握 {conf:.0%}）"
                near = neighbours[n]
                if near is not None:
                    row, sim = near
                    best, conf = self._labels[row], max(conf, sim)
                    reason = f"与已归类的文章《{self._titles[row][:24]}》几乎相同（相似度 {sim:.0%}）"
                out.append(Prediction(self.name(best), round(conf, 3), "model", reason, alts))
            return out

    def _near_duplicates(self, matrix, lengths: Sequence[int], exclude: Hashable | None) -> list[tuple[int, float] | None]:
        import numpy as np

        found: list[tuple[int, float] | None] = [None] * matrix.shape[0]
        if self._X is None or not self._keys:
            return found
        lead = matrix.tocsr(copy=True)
        lead.data[lead.indices < features.BLOCK] = 0.0  # compare leads only: a re-sent story often gets a new title
        lead.eliminate_zeros()
        # Only the columns the leads use: a sparse-by-dense product on those beats sparse-by-sparse (2x) while
        # the dense block is small; a thousand leads make it hundreds of megabytes (190 ms against 10).
        used = np.zeros(lead.shape[1], dtype=bool)
        used[lead.indices] = True  # a mask, not np.unique: no sort or hash of every entry
        cols = np.flatnonzero(used)
        if lead.shape[0] * len(cols) <= DENSE_LEADS:
            sims = np.asarray(self._X[:, cols] @ lead[:, cols].toarray().T)
        else:
            sims = (self._X @ lead.T).toarray()
        dead = [n for n, lab in enumerate(self._labels) if lab is None]
        if exclude is not None and exclude in self._index:
            dead.append(self._index[exclude])
        if dead:
            sims[dead, :] = 0.0
        nearest = sims.argmax(axis=0)
        for n, row in enumerate(nearest.tolist()):
            if lengths[n] >= NEAR_MIN_CHARS and sims[row, n] >= NEAR_DUPLICATE:
                found[n] = (row, float(sims[row, n]))
        return found
