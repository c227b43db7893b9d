"""How well the categories are predicted: leave-one-out (small stores) or 10-fold cross-validation."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from jianbao.classify import features, taxonomy
from jianbao.classify.model import CategoryModel, Example
from jianbao.models import Category

LEAVE_ONE_OUT_MAX = 200  # above this many examples, 10 folds tell as much in a fraction of the time
FOLDS = 10


@dataclass(frozen=True)
class Evaluation:
    """Held-out accuracy per category and overall, the confusions, and how often the model is unsure."""

    method: str
    examples: int
    threshold: float
    accuracy: float | None            # over categories with at least two examples
    accuracy_all: float | None
    per_category: dict[str, dict] = field(default_factory=dict)
    confusions: list[dict] = field(default_factory=list)
    below_threshold: float | None = None
    confidence_right: float | None = None
    confidence_wrong: float | None = None
    by_rule: int = 0
    predictions: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("predictions")
        return data


def _folds(n: int, k: int | None) -> list[list[int]]:
    if k is None:
        k = n if n <= LEAVE_ONE_OUT_MAX else FOLDS
    k = max(2, min(k, n))
    import random

    order = list(range(n))
    if k < n:
        random.Random(0).shuffle(order)  # same folds every run: figures comparable from day to day
    return [order[i::k] for i in range(k)]


def cross_validate(examples: Sequence[Example], *, categories: Sequence[Category | str] = (),
                   rules: Sequence[Category] = (), threshold: float, folds: int | None = None) -> Evaluation:
    """Each example predicted by a model trained on the others (rules first, as on import)."""
    n = len(examples)
    method = "leave-one-out" if (folds is None and n <= LEAVE_ONE_OUT_MAX) or folds == n else f"{FOLDS if folds is None else folds}-fold"
    if n < 2:
        return Evaluation(method, n, threshold, None, None)
    names = taxonomy.spellings(categories, (ex.category for ex in examples))
    matrix = features.rows([(ex.title, ex.body) for ex in examples])
    predicted: list[tuple[str, float, str]] = [("", 0.0, "")] * n
    for held in _folds(n, folds):
        held_set = set(held)
        train = [i for i in range(n) if i not in held_set]
        model = CategoryModel(categories)
        model.put_rows([examples[i] for i in train], matrix[train])
        todo = []
        for i in held:
            hit = taxonomy.match_rule(examples[i].title, rules)
            if hit is not None:
                predicted[i] = (taxonomy.key(hit[0].name), 1.0, "rule")
            else:
                todo.append(i)
        if todo:
            for i, p in zip(todo, model.predict_rows(matrix[todo], [len(examples[i].body) for i in todo])):
                predicted[i] = (taxonomy.key(p.category or ""), p.confidence, "model")
    return _summarise(examples, predicted, names, method, threshold)


def _summarise(examples: Sequence[Example], predicted, names: dict[str, str], method: str,
               threshold: float) -> Evaluation:
    truth = [taxonomy.key(ex.category) for ex in examples]
    sizes = Counter(truth)
    right = [t == p[0] for t, p in zip(truth, predicted)]
    testable = [i for i, t in enumerate(truth) if sizes[t] >= 2]
    per_category = {}
    for label in sorted(sizes, key=lambda k: (-sizes[k], k)):
        idx = [i for i, t in enumerate(truth) if t == label]
        correct = sum(right[i] for i in idx)
        per_category[names.get(label, label)] = {"examples": len(idx), "correct": correct,
                                                 "accuracy": round(correct / len(idx), 4)}
    pairs = Counter((t, p[0]) for t, p, ok in zip(truth, predicted, right) if not ok)
    confusions = [{"actual": names.get(a, a), "predicted": names.get(b, b) if b else None, "count": c}
                  for (a, b), c in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]
    model_made = [i for i, p in enumerate(predicted) if p[2] == "model"]
    conf_right = [predicted[i][1] for i in model_made if right[i]]
    conf_wrong = [predicted[i][1] for i in model_made if not right[i]]

    def mean(xs):
        return round(sum(xs) / len(xs), 4) if xs else None

    return Evaluation(
        method=method, examples=len(examples), threshold=threshold,
        accuracy=mean([right[i] for i in testable]),
        accuracy_all=mean(right),
        per_category=per_category, confusions=confusions,
        below_threshold=mean([predicted[i][1] < threshold for i in model_made]),
        confidence_right=mean(conf_right), confidence_wrong=mean(conf_wrong),
        by_rule=sum(1 for p in predicted if p[2] == "rule"),
        predictions=[{"key": ex.key, "title": ex.title, "actual": names.get(t, t), "predicted": names.get(p[0], p[0]),
                      "confidence": p[1], "source": p[2]} for ex, t, p in zip(examples, truth, predicted)],
    )
