"""Where articles begin: a learned probability for every candidate boundary, and a decoder.

The model is two logistic regressions kept as data (`resources/segmenter.json`, rebuilt by
`scripts/build_segmenter.py` from the digests in tests/fixtures/digests):
- `lines`: an article opens on this line (features: `segment_features.line_features`);
- `glued`: in text that lost its line breaks, a title glued to its lead ends here.
An editor's corrections refit the weights around the shipped ones (`adapted`).
"""
from __future__ import annotations

import json
import math
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat

from jianbao.ingest.cohesion import Cohesion, Shares
from jianbao.ingest.segment_features import (
    TAG, word_bounds, all_line_features, is_title_like, title_end_candidates, title_end_features,
)
from jianbao.script.engine import simplified_twin

# Structure a source marks itself, added to the learned weights (log-odds): a Markdown heading at the
# digest's article level, a 【tag】 opening a line (or under a title), a reporting unit or a closing
# credit "（本报记者 苏雁）" on the line before, the digest's own header ("本期主要内容") above (and a
# headline right above a tagged title is such a header); in a digest with none of these, a headline
# after a finished paragraph; a headline over an agency lead or a dateline ("央视网消息（新闻联播）：",
# "本报北京1月2日电") in any digest, and the first item under a column's bare lead ("国内联播快讯",
# "央视网消息（新闻联播）：", then the items). Every 简报 and newspaper convention
# says so, but few digests in the corpus carry each, too few to learn from.
PRIORS = {"heading=common": 8.0, "heading-doc:plain-line": -4.0, "tag+title": 6.0, "tag-alone": 6.0,
          "title+next-tag-alone": 6.0, "prev:attribution": 3.0, "prev:closing-credit": 3.0,
          "unmarked:title+prev-ended": 3.0, "header-word": -4.0, "prev:header-word": 3.0,
          "title+next-tag-title": -4.0, "title+next-lead=agency": 4.0, "title+next-lead=dateline": 4.0,
          "title+prev-bare-lead": 4.0, "title+next-bare-lead": -4.0}
# The same for a title glued to its lead: the formulas a news lead opens with ("央视网消息", "本报讯",
# "新华社北京1月2日电", "1月3日，", "记者从…获悉") follow a headline in every news convention, while
# the digests of the corpus that lost their line breaks show each formula a few times at most. A title
# never holds the metadata labels printed under it ("發稿單位：", "来源：").
GLUED_PRIORS = {"lead=agency": 4.0, "lead=dateline": 4.0, "lead=date": 2.0, "lead=reporter": 2.0, "lead=time": 1.0,
                "a-holds-label": -4.0}


@dataclass(frozen=True)
class Linear:
    """A logistic regression over named features."""

    weights: dict[str, float]

    def score(self, features: dict[str, float]) -> float:
        return sum(map(operator.mul, map(self.weights.get, features, repeat(0.0)), features.values()))

    def prob(self, features: dict[str, float]) -> float:
        return _sigmoid(self.score(features))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


@dataclass(frozen=True)
class Segmenter:
    lines: Linear
    glued: Linear
    meta: dict = field(default_factory=dict, compare=False)

    # ---- line starts ----

    def line_probabilities(self, texts: list[str], *, blank_before: list[bool] | None = None,
                           heading: list[int] | None = None, known_units: frozenset[str] = frozenset(),
                           extra: list[dict[str, float]] | None = None) -> list[float]:
        return self.line_starts(texts, blank_before=blank_before, heading=heading, known_units=known_units,
                                extra=extra)[0]

    def line_starts(self, texts: list[str], *, blank_before: list[bool] | None = None,
                    heading: list[int] | None = None, known_units: frozenset[str] = frozenset(),
                    extra: list[dict[str, float]] | None = None) -> tuple[list[float], list[int]]:
        """The probability that an article opens on each line, and the lines `decode` chooses."""
        feats = all_line_features(texts, blank_before=blank_before, heading=heading, known_units=known_units)
        if extra is not None:
            feats = piece_features(feats, extra)
        scores = [self._with_priors.score(f) for f in feats]
        scores, chosen = consistent(texts, feats, scores)
        probs = [_sigmoid(z) for z in scores]
        return probs, chosen if chosen is not None else decode(texts, probs)

    # ---- titles glued to their lead ----

    def glued_title_end(self, unit: str, *, after_close: bool = False, tagged: bool = False,
                        shares: Shares | None = None) -> tuple[int, float] | None:
        """Where a title at the start of `unit` would end (the best candidate) and the model's probability
        of that end, or None when none can."""
        best, best_score = None, -math.inf
        candidates = title_end_candidates(unit, tagged)
        bounds = word_bounds(unit) if candidates else None
        for k in candidates:
            score = self._glued_with_priors.score(title_end_features(unit, k, after_close=after_close, bounds=bounds,
                                                                        shares=shares))
            if score > best_score:
                best, best_score = k, score
        return None if best is None else (best, _sigmoid(best_score))

    @property
    def _with_priors(self) -> Linear:
        """The learned line weights with the fixed priors added: one lookup a feature."""
        return self._priored("lines", PRIORS)

    @property
    def _glued_with_priors(self) -> Linear:
        return self._priored("glued", GLUED_PRIORS)

    def _priored(self, model: str, priors: dict[str, float]) -> Linear:
        key = f"_priored_{model}"
        cached = self.__dict__.get(key)
        if cached is None:
            weights = dict(getattr(self, model).weights)
            for name, value in priors.items():
                weights[name] = weights.get(name, 0.0) + value
            cached = Linear(weights)
            object.__setattr__(self, key, cached)
        return cached

    def to_json(self) -> dict:
        return {"meta": self.meta, "lines": self.lines.weights, "glued": self.glued.weights}

    @classmethod
    def from_json(cls, data: dict) -> Segmenter:
        return cls(Linear(dict(data["lines"])), Linear(dict(data["glued"])), dict(data.get("meta", {})))


# A digest that marks its articles one way marks them all that way: when nearly every start the model
# chooses carries one of these marks, a line without it needs stronger evidence (log-odds taken off).
MARKS = {
    "tag": lambda f: "tag" in f,
    "closed before": lambda f: "prev:attribution" in f or "prev:closing-credit" in f,
    "heading": lambda f: "heading=common" in f,
    "byline below": lambda f: "byline-below" in f,
}
CONSISTENCY = 4.0


def consistent(texts: list[str], feats: list[dict[str, float]], scores: list[float]) -> tuple[list[float], list[int] | None]:
    """The scores with the digest's own mark enforced (see MARKS), judged on the starts the model is sure
    of (a doubtful start is what the rule is for). Nothing closes before the first article. With them, the
    starts `decode` chose when no mark changed the scores (None when one did: decode them again)."""
    probs = [_sigmoid(z) for z in scores]
    chosen = decode(texts, probs)
    if not chosen:
        return scores, chosen
    sure = [i for i in chosen if probs[i] >= 0.9]
    out = list(scores)
    changed = False
    for name, has in MARKS.items():
        after = chosen[0] if name == "closed before" else -1
        judged = [i for i in sure if i > after]
        if len(judged) >= 4 and sum(has(feats[i]) for i in judged) >= 0.95 * len(judged):
            out = [z if has(f) or i <= after else z - CONSISTENCY for i, (z, f) in enumerate(zip(out, feats))]
            changed = True
    return out, None if changed else chosen


def decode(texts: list[str], probs: list[float]) -> list[int]:
    """The most probable set of article starts (indices into `texts`), under two rules: an article that is
    only a title line (or a lone 【tag】) is no article, so such a line cannot be followed by another start;
    and there is at least one article."""
    n = len(texts)
    if not n:
        return []
    eps = 1e-6
    on = [math.log(max(p, eps)) for p in probs]
    off = [math.log(max(1 - p, eps)) for p in probs]
    bare = [_bare(t) for t in texts]
    # best_off, best_on: best score of lines 0..i with line i not a start, or a start; back pointers alongside.
    best_off, best_on = off[0], on[0]
    back_off, back_on = [0] * n, [0] * n
    for i in range(1, n):
        from_on = -math.inf if bare[i - 1] else best_on
        back_off[i] = 0 if best_off >= best_on else 1
        back_on[i] = 0 if best_off >= from_on else 1
        best_off, best_on = max(best_off, best_on) + off[i], max(best_off, from_on) + on[i]
    state = 0 if best_off >= best_on else 1
    chosen = []
    for i in range(n - 1, -1, -1):
        if state:
            chosen.append(i)
        state = back_on[i] if state else back_off[i]
    chosen.reverse()
    return chosen or [max(range(n), key=lambda i: probs[i])]


@lru_cache(maxsize=8192)  # decode asks it of every line, twice when the digest's own mark is enforced
def _bare(text: str) -> bool:
    text = text.strip()
    return bool(TAG.fullmatch(text)) or (is_title_like(text) and len(text) <= 40)


_SENTENCE_BREAK = re.compile(r"(?:[。！？!?]|…+)(?:[”」』’）)]*)")
# A closing credit or unit attribution after a sentence end: "。（本报记者 苏雁）重庆铜梁：…".
_CLOSING_BRACKET = re.compile(r"[（(]([^（）()\n]{1,60})[)）]")


def _break_offsets(text: str) -> list[int]:
    """Offsets after each sentence end, and after a closing credit or attribution that follows one."""
    from jianbao.ingest.segment_features import is_closing_credit
    from jianbao.ingest.units import looks_like_units

    out = [0]
    for m in _SENTENCE_BREAK.finditer(text):
        out.append(m.end())
        bracket = _CLOSING_BRACKET.match(text, m.end())
        if bracket and (is_closing_credit(bracket.group(0)) or looks_like_units(bracket.group(1))):
            out.append(bracket.end())
    out += [m.end() for m in _SIGN_OFF_DATE.finditer(text)]
    return sorted(set(out))


# The date of a sign-off run into the next notice: after an issuer's name (or the space before the date)
# and before a character that is no punctuation ("…委员会 2025年12月3日深圳市…").
_SIGN_OFF_DATE = re.compile(r"(?<=[会局委办院部厅府处室司署关心 　])(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ 　]?(?=[\u4e00-\u9fff《“])")


def glued_units(text: str):
    """The places in text without line breaks where a title could start: after each sentence end (and
    the closing credit after it) and at each line start. Yields (offset, piece up to the next such place
    or line break, length of a 【tag】 opening it, whether a closing bracket or a tag comes just before,
    the piece after its tag as the title-end model reads it (the Simplified twin), and the cohesion
    judge of a title starting there)."""
    twin = simplified_twin(text)
    cohesion = Cohesion(twin)
    starts = _break_offsets(text)
    for a, b in zip(starts, starts[1:] + [len(text)]):
        offsets = [a] + [a + k + 1 for k, c in enumerate(text[a:b]) if c == "\n"]
        for start in offsets:
            line_end = text.find("\n", start, b)
            piece = text[start: line_end if line_end >= 0 else b]
            tag = TAG.match(piece)
            skip = tag.end() if tag else 0
            after_close = bool(tag) or (start > 0 and text[start - 1] in "）)")
            yield start, piece, skip, after_close, twin[start + skip:start + len(piece)], cohesion.at(start + skip)


CUT_MIN = 0.1


def virtual_lines(text: str, segmenter: Segmenter) -> list[tuple[int, int, int, dict[str, float]]]:
    """Text without line breaks cut where a line break could be: at every place a title could start, and
    after the title that would start there. Returns (start, end, title end or -1, features) of each
    piece; the features tell the line model how sure the title-end model was of the cut."""
    out: list[tuple[int, int, int, dict[str, float]]] = []
    for start, piece, skip, after_close, unit, shares in glued_units(text):
        found = segmenter.glued_title_end(unit, after_close=after_close, tagged=bool(skip), shares=shares)
        whole = {"piece:whole": 1.0}
        if found is None:
            out.append((start, start + len(piece), -1, whole))
            continue
        k, p = found
        if p < CUT_MIN:
            # Most sentence starts open no title: cutting each at its likeliest title end would hand the
            # line model a headline-shaped fragment for every sentence of the text.
            out.append((start, start + len(piece), -1, {**whole, f"piece:cut-p={_bucket(p)}": 1.0}))
            continue
        k += skip
        if piece[k:k + 1] == "。":
            k += 1
        sure = f"piece:cut-p={_bucket(p)}"
        if k >= len(piece):
            out.append((start, start + len(piece), -1, {**whole, sure: 1.0}))
            continue
        out.append((start, start + k, start + k, {"piece:title": 1.0, sure: 1.0}))
        out.append((start + k, start + len(piece), -1, {"piece:after-title": 1.0}))
    return out


def piece_features(feats: list[dict[str, float]], extra: list[dict[str, float]]) -> list[dict[str, float]]:
    """Line features of the pieces `virtual_lines` cut, with how each was cut."""
    return [{**f, **more} for f, more in zip(feats, extra)]


def _bucket(p: float) -> str:
    return "<0.1" if p < 0.1 else "<0.3" if p < 0.3 else "<0.6" if p < 0.6 else "<0.9" if p < 0.9 else ">=0.9"


def glued_breaks(text: str, segmenter: Segmenter) -> list[int]:
    """Offsets where a line break restores a title glued between two articles in text without line
    breaks: before the title (after the sentence ending the previous article) and after it. The line
    model judges the pieces as if they were lines."""
    pieces = virtual_lines(text, segmenter)
    texts = [text[a:b] for a, b, _, _ in pieces]
    keep = [k for k, t in enumerate(texts) if t.strip()]
    _, chosen = segmenter.line_starts([texts[k] for k in keep], extra=[pieces[k][3] for k in keep])
    out: list[int] = []
    for j in chosen:
        start, end, title_end, _ = pieces[keep[j]]
        if title_end < 0:
            continue
        if start > 0 and text[start - 1] != "\n":
            out.append(start)
        out.append(title_end)
    return sorted(set(out))


@lru_cache(maxsize=1)
def shipped() -> Segmenter:
    """The model shipped with the product."""
    data = json.loads(resources.files("jianbao.resources").joinpath("segmenter.json").read_text("utf-8"))
    return Segmenter.from_json(data)
