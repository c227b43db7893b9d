"""Categories for untagged articles, learned from the store's tagged and editor-chosen articles.

Order of evidence for a draft without a 【tag】:
1. an editor's keyword rule (a category's keywords found in the title): source 'rule', explainable;
2. the model (`CategoryModel`): character n-grams of the script-folded title and lead, so
   Traditional and Simplified articles teach each other; below the threshold the draft is
   marked `needs_decision` (the best guess is kept as a suggestion, never silently).

scikit-learn is imported only when a model is actually trained (the GUI starts without it).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jianbao.classify import taxonomy
from jianbao.classify.features import folded, folded_many, split_text
from jianbao.models import ArticleDraft, Category

DEFAULT_THRESHOLD = 0.5  # below even odds the editor decides; `jianbao classify eval` shows the share it flags
LABELLED_SOURCES = ("tag", "editor")

__all__ = ["DEFAULT_THRESHOLD", "LABELLED_SOURCES", "fill_categories", "build_model", "explain"]


def build_model(examples: Sequence[tuple[str, str]] = (), categories: Sequence[Category | str] = ()):
    """A fitted model from (text, category) pairs (text = title, newline, body) and a taxonomy."""
    from jianbao.classify.model import CategoryModel, Example

    model = CategoryModel(categories or taxonomy.seed())
    model.put(Example(("example", n), *folded(*split_text(text)), category)
              for n, (text, category) in enumerate(examples) if category and category.strip())
    model.fit()
    return model


def _tagged(draft: ArticleDraft) -> ArticleDraft:
    if draft.category is None:
        return draft
    if draft.category_source == "tag" and draft.confidence is not None and not draft.needs_decision:
        return draft  # as the splitter makes them: nothing to change
    if draft.category_source in (None, "tag"):
        return replace(draft, category_source="tag", confidence=1.0 if draft.confidence is None else draft.confidence,
                       needs_decision=False)
    return draft


OWN_PER_CATEGORY = 40  # a source's own tagged articles taught per category; more adds time, not accuracy


def _capped(drafts: list[tuple[int, ArticleDraft]]) -> list[tuple[int, ArticleDraft]]:
    """At most OWN_PER_CATEGORY drafts of each category, in order (a year of bulletins in one file)."""
    seen: dict[str, int] = {}
    kept = []
    for n, d in drafts:
        seen[d.category] = seen.get(d.category, 0) + 1
        if seen[d.category] <= OWN_PER_CATEGORY:
            kept.append((n, d))
    return kept


def fill_categories(drafts: Sequence[ArticleDraft], *, examples: Sequence[tuple[str, str]] = (),
                    rules: Sequence[Category] = (), threshold: float | None = None,
                    model=None) -> list[ArticleDraft]:
    """The drafts with category, category_source, confidence and needs_decision filled where the category is None.

    Tagged drafts keep their tag (source 'tag', confidence 1.0) and, with `examples` (from the store:
    articles categorised by a tag or an editor), teach the model. `rules` is the store's taxonomy: its
    spellings are used for predictions and its keywords are rules that win over the model. `model`
    (a fitted CategoryModel, e.g. the desk's cached one) replaces training from `examples`.
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    out = [_tagged(d) for d in drafts]
    todo = [n for n, d in enumerate(out) if d.category is None]
    if not todo:
        return out
    for n in list(todo):
        hit = taxonomy.match_rule(out[n].title, rules)
        if hit is not None:
            category, word = hit
            out[n] = replace(out[n], category=category.name, category_source="rule", confidence=1.0,
                             needs_decision=False)
            todo.remove(n)
    if not todo:
        return out
    from jianbao.classify.model import CategoryModel, Example

    labelled = _capped([(n, d) for n, d in enumerate(out)
                        if d.category and d.category.strip() and d.category_source in LABELLED_SOURCES])
    own = [Example(("draft", n), title, body, d.category)
           for (n, d), (title, body) in zip(labelled, folded_many([(d.title, d.body) for _, d in labelled]))]
    if model is None:
        model = CategoryModel(list(rules) or taxonomy.seed())
        model.put(Example(("example", n), *folded(*split_text(text)), category)
                  for n, (text, category) in enumerate(examples) if category and category.strip())
        if not rules:
            # No store: a Traditional bulletin's predictions are spelled as its own tags, not as the seed.
            model.respell(ex.category for ex in own)
    elif own:
        model = model.copy()
    model.put(own)
    predictions = model.predict(folded_many([(out[n].title, out[n].body) for n in todo]))
    for n, p in zip(todo, predictions):
        out[n] = replace(out[n], category=p.category, category_source="model" if p.category else None,
                         confidence=p.confidence, needs_decision=p.category is None or p.confidence < threshold)
    return out


def explain(draft: ArticleDraft, *, rules: Sequence[Category] = (), model=None) -> str:
    """Why a draft got its category, in words for the editor."""
    if draft.category_source == "tag":
        return f"原文标注【{draft.category}】"
    if draft.category_source == "editor":
        return "编辑指定"
    if draft.category_source == "rule":
        hit = taxonomy.match_rule(draft.title, rules)
        return f"标题含关键词“{hit[1]}”" if hit else "关键词规则"
    if model is not None:
        p = model.predict([folded(draft.title, draft.body)])[0]
        return p.reason
    return "模型判断" if draft.category else "未归类"
