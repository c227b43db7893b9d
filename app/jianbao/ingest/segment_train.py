"""Training the segmenter: the corpus of real digests, examples from every shape, fitting and adapting.

Used by scripts/build_segmenter.py, `python -m jianbao.bench split` and the Desk (an editor's corrections);
never at import time of the splitter. scikit-learn fits the shipped model; an adaptation is a few
hundred gradient steps in NumPy around the shipped weights.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jianbao.ingest.segmenter import Linear, Segmenter, glued_units
from jianbao.ingest.segment_features import TAG, all_line_features, title_end_candidates, title_end_features

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
WRAP = 28

FORMS = ("given", "one-line", "wrap28")


@dataclass(frozen=True)
class Digest:
    source: str
    name: str
    text: str  # as the file holds it (decoded)
    titles: tuple[str, ...]
    kind: str = "text"  # "text", "markdown" or "html"
    after: str = ""  # the titles are looked for after this text (a digest that lists them first as a summary)
    forms: tuple[str, ...] = FORMS  # the forms it is split in (a Markdown file does not lose its line breaks)


def corpus(folder: Path | None = None) -> list[Digest]:
    """Every digest with a truth file under tests/fixtures/digests, the sample bulletin, and the one day of
    CCTV《新闻联播》 kept as a fixture (its truth: the item headings under 详细新闻)."""
    fixtures = folder or FIXTURES
    out: list[Digest] = []
    for truth_path in sorted((fixtures / "digests").glob("*/truth.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        for d in truth["digests"]:
            path = truth_path.parent / d["file"]
            kind = {"md": "markdown", "html": "html", "htm": "html"}.get(path.suffix[1:], "text")
            out.append(Digest(truth["source"], path.name, path.read_text("utf-8"),
                              tuple(a["title"] for a in d["articles"]), kind))
    sample = fixtures / "kaifaqu-digest-2024-01.txt"
    if sample.exists():
        truth = json.loads((fixtures / "kaifaqu-digest-2024-01.truth.json").read_text("utf-8"))
        out.append(Digest("kaifaqu-sample", sample.name, sample.read_text("utf-8"),
                          tuple(a["title"] for a in truth["articles"])))
    xwlb = fixtures / "digests" / "xinwenlianbo-20221001.md"
    if xwlb.exists():
        text = xwlb.read_text("utf-8")
        details = text[text.index("## 详细新闻"):]
        titles = tuple(TAG.sub("", m.group(1).strip()) for m in re.finditer(r"^###\s+(.+)$", details, re.M))
        # As a Markdown file, and as the text a copy from its web page gives, which is also pasted without
        # line breaks or hard-wrapped (the Markdown file itself never is: its markup would stay behind).
        out.append(Digest("xinwenlianbo-20221001", xwlb.name, text, titles, "markdown", after="详细新闻",
                          forms=("given",)))
        plain, plain_titles = plain_items(details)
        out.append(Digest("xinwenlianbo-20221001", "xinwenlianbo-20221001 (plain text)", plain, plain_titles))
    return out


_BOLD_PARAGRAPH = re.compile(r"<p>\s*<strong>([^<]*)</strong>\s*</p>")


def plain_items(markdown: str) -> tuple[str, tuple[str, ...]]:
    """A Markdown digest of `### title` headings over HTML paragraphs as the plain text a copy from its web
    page gives (each heading and each paragraph on a line of its own, links and markup gone: a title line,
    then its paragraphs), and its titles. An item with no text of its own before its first bold paragraph
    but a lead formula ("国内联播快讯" over "央视网消息（新闻联播）：") is a column of short news: each of
    its bold paragraphs is an article."""
    from html import unescape

    def text_of(fragment: str) -> str:
        return unescape(re.sub(r"<[^>]+>", "", fragment)).replace("\xa0", " ").strip()

    lines, titles = [], []
    for item in re.split(r"^### ", markdown, flags=re.M)[1:]:
        heading, _, body = item.partition("\n")
        bold = [text_of(m.group(1)) for m in _BOLD_PARAGRAPH.finditer(body)]
        first = _BOLD_PARAGRAPH.search(body)
        own = text_of(body[:first.start()]) if first else "x"
        column = bool(bold) and (not own or own.endswith(("：", ":")) and len(own) <= 20)
        titles += bold if column else [TAG.sub("", heading.strip())]
        lines.append(heading.strip())
        for para in re.findall(r"<p>(.*?)</p>", body, re.S):
            if text_of(para):
                lines.append(text_of(para))
    return "\n".join(lines) + "\n", tuple(titles)


def corpus_fingerprint(folder: Path | None = None) -> str:
    """A hash of every corpus file: the shipped model records the one it was built from."""
    fixtures = folder or FIXTURES
    h = hashlib.sha256()
    paths = sorted(p for p in (fixtures / "digests").rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html", ".json"))
    paths += [fixtures / "kaifaqu-digest-2024-01.txt", fixtures / "kaifaqu-digest-2024-01.truth.json"]
    for p in paths:
        if p.exists():
            h.update(p.relative_to(fixtures).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def wrapped(text: str, width: int = WRAP) -> str:
    return "\n".join("\n".join(line[i:i + width] for i in range(0, len(line), width)) or "" for line in text.split("\n"))


def form_text(digest: Digest, form: str) -> tuple[str, str]:
    """(text, kind) of a digest in one of FORMS: as given; its clean text with every line break removed
    (a paste that lost them); its clean text hard-wrapped at 28 characters."""
    if form == "given":
        return digest.text, digest.kind
    from jianbao.ingest.clean import clean
    from jianbao.ingest.html import html_to_text

    text = html_to_text(digest.text) if digest.kind == "html" else digest.text
    base = clean(text, segmenter=None).text
    return (base.replace("\n", "") if form == "one-line" else wrapped(base)), "text"


_WS = re.compile(r"\s+")


def _dense(text: str) -> tuple[str, list[int]]:
    """Text without whitespace, and for each of its characters the offset in `text`."""
    keep = [i for i, c in enumerate(text) if not c.isspace()]
    return "".join(text[i] for i in keep), keep


def title_offsets(text: str, titles: Iterable[str], after: str = "") -> list[int | None]:
    """Where each title starts in `text`, found in order and blind to whitespace (a title hard-wrapped
    or with its spaces changed is still found), after the text `after` when given; None for one not found."""
    dense, where = _dense(text)
    out: list[int | None] = []
    pos = 0
    if after:
        found = dense.find(_WS.sub("", after))
        pos = found + len(_WS.sub("", after)) if found >= 0 else 0
    for title in titles:
        t = _WS.sub("", title)
        at = dense.find(t, pos) if t else -1
        if at < 0:
            out.append(None)
            continue
        out.append(where[at])
        pos = at + len(t)
    return out


# ---- examples ----

def line_examples(clean_text: str, titles: Iterable[str], *, blank_before: list[bool] | None = None,
                  heading: list[int] | None = None, after: str = "") -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels (1: an article opens here) of the non-empty lines of a clean text."""
    texts, starts = [], []
    pos = 0
    for line in clean_text.split("\n"):
        if line.strip():
            texts.append(line)
            starts.append(pos)
        pos += len(line) + 1
    labels = [0] * len(texts)
    for off in title_offsets(clean_text, titles, after):
        if off is None:
            continue
        i = bisect.bisect_right(starts, off) - 1
        if i > 0 and TAG.fullmatch(texts[i - 1].strip()):
            i -= 1
        if i >= 0:
            labels[i] = 1
    return all_line_features(texts, blank_before=blank_before, heading=heading), labels


def correction_examples(text: str, clean_text: str, starts: Iterable[int], segmenter: Segmenter,
                        known_units: frozenset[str] = frozenset()) -> tuple[list, list] | None:
    """Line examples of a bulletin an editor split by hand: `text` as it was split, its clean text and the
    clean offsets of the starts the editor kept. None when the text no longer cleans the same way (the
    offsets would point elsewhere)."""
    from jianbao.ingest import line_context, prepare

    cleaned, decoded = prepare(text, "text", segmenter)
    if cleaned.text != clean_text:
        return None
    blank, heading = line_context(decoded, cleaned)
    chosen = set(starts)
    texts, labels, pos = [], [], 0
    for line in clean_text.split("\n"):
        if line.strip():
            texts.append(line)
            labels.append(int(pos in chosen))
        pos += len(line) + 1
    return all_line_features(texts, blank_before=blank, heading=heading, known_units=known_units), labels


def glued_examples(text: str, titles: Iterable[str], after: str = "") -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of where a title ends, in a text that lost its line breaks (after the cleaning
    rules that come before the learned step): every candidate of every place a title could start, so the
    model says both whether a title starts there and where it ends (1 only at the end of a true title)."""
    from jianbao.ingest.segment_features import word_bounds

    offsets = {off: t for off, t in zip(title_offsets(text, titles, after), titles) if off is not None}
    feats, labels = [], []
    for start, piece, skip, after_close, body, shares in glued_units(text):
        title = offsets.get(start + skip)
        end = len(title) if title and piece[skip:].startswith(title) else -1
        candidates = title_end_candidates(body, tagged=bool(skip))
        bounds = word_bounds(body) if candidates else None
        for k in candidates:
            feats.append(title_end_features(body, k, after_close=after_close, bounds=bounds, shares=shares))
            labels.append(1 if k == end else 0)
    return feats, labels


def virtual_examples(text: str, titles: Iterable[str], segmenter: Segmenter, after: str = "") -> tuple[list, list]:
    """Line-model examples from the pieces `virtual_lines` cuts a text without line breaks into."""
    from jianbao.ingest.segmenter import virtual_lines

    cut = [(a, b, more) for a, b, _, more in virtual_lines(text, segmenter) if text[a:b].strip()]
    pieces = [(a, b) for a, b, _ in cut]
    texts = [text[a:b] for a, b in pieces]
    starts = {off for off in title_offsets(text, titles, after) if off is not None}
    # A piece opens an article when a title starts at its start, or right after a 【tag】 opening it.
    labels = [int(a in starts or any(TAG.fullmatch(text[a:off].strip()) for off in starts if a < off < b))
              for a, b in pieces]
    from jianbao.ingest.segmenter import piece_features

    return piece_features(all_line_features(texts), [more for _, _, more in cut]), labels


def split_inputs(text: str, kind: str, segmenter: Segmenter | None):
    """What the splitter sees of a text: (clean text, blank-before flags, heading levels) of its lines,
    computed exactly as `jianbao.ingest` does."""
    from jianbao.ingest import line_context, prepare

    cleaned, decoded = prepare(text, kind, segmenter)
    blank, heading = line_context(decoded, cleaned)
    return cleaned.text, blank, heading


def examples(digests: Iterable[Digest], segmenter_for_glued: Segmenter | None = None,
             forms: Iterable[str] = FORMS) -> dict[str, tuple[list, list]]:
    """Training examples of both models from every form of every digest. The line model learns from text
    as the glued-title step (with `segmenter_for_glued`) leaves it, as it will see it, and from the pieces
    that step judges."""
    from jianbao.ingest.clean import clean

    lines_x, lines_y, glued_x, glued_y = [], [], [], []
    lines_g, glued_g = [], []
    for d in digests:
        for form in (f for f in forms if f in d.forms):
            text, kind = form_text(d, form)
            if form == "one-line":
                ruled = clean(text, segmenter=None).text
                fx, fy = glued_examples(ruled, d.titles, d.after)
                glued_x += fx
                glued_y += fy
                glued_g += [d.source] * len(fy)
                if segmenter_for_glued is not None:
                    fx, fy = virtual_examples(ruled, d.titles, segmenter_for_glued, d.after)
                    lines_x += fx
                    lines_y += fy
                    lines_g += [d.source] * len(fy)
            if segmenter_for_glued is None:
                continue
            clean_text, blank, heading = split_inputs(text, kind, segmenter_for_glued)
            fx, fy = line_examples(clean_text, d.titles, blank_before=blank, heading=heading, after=d.after)
            lines_x += fx
            lines_y += fy
            lines_g += [d.source] * len(fy)
    return {"lines": (lines_x, lines_y, lines_g), "glued": (glued_x, glued_y, glued_g)}


# ---- fitting ----

def fit_linear(x: list[dict[str, float]], y: list[int], groups: list[str] | None = None, c: float = 1.0) -> Linear:
    """A logistic regression (scikit-learn, L2), kept as named weights; the "bias" feature is the intercept.
    With `groups` (the source of each example) every source weighs the same in the fit: a paper with
    fifty paragraphs an article does not drown a digest of short items."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    if len(set(y)) < 2:
        return Linear({"bias": 6.0 if y and y[0] else -6.0})
    weights = None
    if groups:
        count = Counter(groups)
        weights = [len(groups) / (len(count) * count[g]) for g in groups]
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(matrix, y, sample_weight=weights)
    return Linear({name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4})


def fit(digests: list[Digest], meta: dict | None = None) -> Segmenter:
    """Both models from these digests: the glued-title model first, then the line model on the text it
    restores."""
    glued = fit_linear(*examples(digests, None, forms=("one-line",))["glued"])
    # The line model is fitted on the forms as they look before any glued title is restored (its own
    # pieces teach it those), then the glued step uses it.
    partial = Segmenter(Linear({"bias": -20.0}), glued)
    first = Segmenter(fit_linear(*examples(digests, partial)["lines"]), glued)
    # Again on the text the first line model restores: the lines it will see after a glued title is cut.
    return Segmenter(fit_linear(*examples(digests, first)["lines"]), glued, meta or {})


def adapted(base: Segmenter, corrections: Iterable[tuple[list[dict[str, float]], list[int]]],
            strength: float = 1.0, steps: int = 300) -> Segmenter:
    """The line model refitted to an editor's corrected bulletins (their line features and the starts the
    editor kept), staying near the shipped weights (L2 pull towards them): logistic loss by gradient
    descent in NumPy, well under a second for a few bulletins."""
    import numpy as np

    xs, ys = [], []
    for fx, fy in corrections:
        xs += fx
        ys += fy
    if not xs:
        return base
    names = sorted({n for f in xs for n in f})
    index = {n: k for k, n in enumerate(names)}
    m = np.zeros((len(xs), len(names)))
    for r, f in enumerate(xs):
        for n, v in f.items():
            m[r, index[n]] = v
    y = np.array(ys, dtype=float)
    from jianbao.ingest.segmenter import PRIORS

    offset = np.array([sum(PRIORS.get(n, 0.0) for n in f) for f in xs])
    w0 = np.array([base.lines.weights.get(n, 0.0) for n in names])
    w = w0.copy()
    weight = np.where(y == 1, max(1.0, (y == 0).sum() / max(1, (y == 1).sum())), 1.0)
    lr = 0.5
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(m @ w + offset, -30, 30)))
        grad = m.T @ ((p - y) * weight) / len(y) + 0.01 / strength * (w - w0)
        w -= lr * grad
    weights = dict(base.lines.weights)
    weights.update({n: float(v) for n, v in zip(names, w)})
    return Segmenter(Linear(weights), base.glued, {**base.meta, "adapted_on": len(xs)})


def corrected(segmenter: Segmenter, digest: Digest) -> Segmenter:
    """`segmenter` adapted to one digest an editor split right by hand (as given): what the Desk does with a
    bulletin corrected in the split preview."""
    text, kind = form_text(digest, "given")
    clean_text, blank, heading = split_inputs(text, kind, segmenter)
    return adapted(segmenter, [line_examples(clean_text, digest.titles, blank_before=blank, heading=heading,
                                             after=digest.after)])


def leave_one_out(digests: list[Digest], only: str | None = None) -> Iterator[tuple[str, Segmenter, list[Digest]]]:
    """For each source (or `only` that one): a model fitted on the other sources, and that source's digests."""
    sources = sorted({d.source for d in digests})
    for source in sources if only is None else [only]:
        train = [d for d in digests if d.source != source]
        yield source, fit(train), [d for d in digests if d.source == source]


# ---- evaluation ----

@dataclass
class Score:
    truth: int = 0
    predicted: int = 0
    titles: int = 0  # truth titles found exactly, at the right place
    boundaries: int = 0  # article starts found at the right place

    def add(self, other: Score) -> None:
        self.truth += other.truth
        self.predicted += other.predicted
        self.titles += other.titles
        self.boundaries += other.boundaries

    @property
    def recall(self) -> float:
        return self.titles / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        return self.titles / self.predicted if self.predicted else 1.0

    @property
    def boundary_f1(self) -> float:
        total = self.truth + self.predicted
        return 2 * self.boundaries / total if total else 1.0


def evaluate(segmenter: Segmenter, digest: Digest, form: str) -> Score:
    """Split one form of a digest and compare with its truth. Places are counted in characters other than
    whitespace (the same in every form): an article's place is where its 【tag】 or title starts."""
    from jianbao.ingest import split_html, split_text

    text, kind = form_text(digest, form)
    if kind == "html":
        result = split_html(text, classify=False, segmenter=segmenter)
    else:
        result = split_text(text, classify=False, segmenter=segmenter)
    clean_text = result.clean_text
    dense_before = [0] * (len(clean_text) + 1)
    for i, c in enumerate(clean_text):
        dense_before[i + 1] = dense_before[i] + (not c.isspace())
    truth = {}
    for off, title in zip(title_offsets(clean_text, digest.titles, digest.after), digest.titles):
        if off is not None:
            tag = TAG.match(title)
            truth[dense_before[off]] = _WS.sub("", title[tag.end():] if tag else title)
    score = Score(truth=len(digest.titles), predicted=len(result.articles))
    for a in result.articles:
        # A headline's 【tag】 is the article's category by design: where the truth's title holds the tag, the
        # article starts at its tag and its title is what follows ("【大美中国】乐享假期" -> 大美中国, 乐享假期).
        heads = [s for k, s, _ in a.spans if k in ("tag", "title")] or [a.clean_start]
        place = next((dense_before[s] for s in heads if dense_before[s] in truth), None)
        if place is not None:
            score.boundaries += 1
            score.titles += truth[place] == _WS.sub("", a.title)
    return score
