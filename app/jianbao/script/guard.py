"""The guard: where an OpenCC phrase would fire across a word boundary, cut the text there.

OpenCC matches its phrase dictionary greedily from the left and knows nothing of words, so
不断发挥 becomes 不斷髮揮 (断发 "cut hair" matched across 不断|发挥) and 沟通汇报 becomes 溝通匯報
(通汇 swallows the 汇 that 汇报 → 彙報 needed). Only phrases that pin a character to a non-default
form ("contested" phrases) can cause such errors, so the guard:

1. finds every contested phrase in the text with one OpenCC pass over a marking dictionary;
2. keeps the few whose edges a dictionary word (jieba) or another OpenCC phrase crosses;
3. segments a small window around each with jieba and proposes cut points where the phrase
   disagrees with the words (never where a longer dictionary entry covers it: 今周刊);
4. keeps a cut only if it changes the form of one-to-many characters and nothing else.

The converter then converts word by word across those cuts only.
"""
from __future__ import annotations

from dataclasses import dataclass

from jianbao.script import segment, tables
from jianbao.script.engine import converter, simplified_twin

WINDOW = 6  # characters of context on each side for segmentation
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"
SEPARATOR = "\x02"  # as in convert.py: OpenCC keeps it and matches no phrase across it


@dataclass(frozen=True)
class GuardSpot:
    """A contested phrase at text[start:end] that crossed a word boundary; cut at `cuts`."""

    start: int
    end: int
    lo: int
    hi: int
    cuts: tuple[int, ...]
    bounds: tuple[int, ...] = ()  # word boundaries of the window, when it was segmented

    def near(self, text: str) -> tuple[int, int, list[int]]:
        """The stretch of whole words that overlap the phrase and the boundaries inside it."""
        bounds = self.bounds or [self.lo + b for b in segment.boundaries(simplified_twin(text[self.lo:self.hi]))]
        lo = max((b for b in bounds if b <= self.start), default=self.lo)
        hi = min((b for b in bounds if b >= self.end), default=self.hi)
        return lo, hi, [b for b in bounds if lo <= b <= hi]

    def words(self, text: str) -> str:
        """The words around the phrase, joined by |, e.g. 不断|发挥."""
        _, _, inner = self.near(text)
        return "|".join(text[a:b] for a, b in zip(inner, inner[1:]))


def contested_occurrences(text: str, config: str) -> list[tuple[int, int]]:
    """(start, end) of contested phrases, left-most longest and not overlapping."""
    scan = tables.scan_config(config)
    if scan is None:
        return []
    if MARK_OPEN in text or MARK_CLOSE in text:  # keep offsets: same length, no false marks
        text = text.replace(MARK_OPEN, " ").replace(MARK_CLOSE, " ")
    marked = converter(str(scan)).convert(text)
    found: list[tuple[int, int]] = []
    at = marked.find(MARK_OPEN)
    while at >= 0:
        close = marked.find(MARK_CLOSE, at)
        if close < 0:
            break
        start = at - 2 * len(found)
        found.append((start, start + close - at - 1))
        at = marked.find(MARK_OPEN, close)
    return found


def find_spots(text: str, config: str, skip: list[tuple[int, int]] = ()) -> list[GuardSpot]:
    """Where `config` would convert a phrase across a word boundary in `text`.

    `skip`: sorted, non-overlapping spans (protected terms) the guard leaves alone.
    """
    model = tables.config_model(config)
    from_traditional = config.split("2", 1)[-1].startswith("s")
    vocab = segment.dictionary()
    phrases = model.phrases
    spots: list[GuardSpot] = []
    skip_iter = iter(skip)
    blocked = next(skip_iter, None)
    for start, end in contested_occurrences(text, config):
        while blocked is not None and blocked[1] <= start:
            blocked = next(skip_iter, None)
        if blocked is not None and blocked[0] < end:
            continue
        if not from_traditional and start >= 3 and not (
                segment.straddled(text, start, vocab) or segment.straddled(text, start, phrases)):
            continue  # the usual case, decided before any slicing: see the window tests below
        line_lo = text.rfind("\n", 0, start) + 1
        line_hi = text.find("\n", end)
        lo = max(line_lo, start - WINDOW)
        hi = min(len(text) if line_hi < 0 else line_hi, end + WINDOW)
        # Cheap tests first: most contested phrases sit cleanly between words.
        window = text[lo:hi]
        words = simplified_twin(window) if from_traditional else window  # jieba knows Simplified words
        at, stop = start - lo, end - lo
        crossed_start = segment.straddled(words, at, vocab)
        shadowed = segment.straddled(window, at, model.phrases)
        if not (crossed_start or shadowed):
            continue  # starts a word and nothing swallows its first character
        if window[at:stop] in model.nested and _inside_longer_phrase(window, at, stop, model.phrases):
            continue  # a more specific dictionary entry (今周刊, 一出戏院) decided it on purpose
        cuts = set()
        bounds: list[int] = []
        if not crossed_start and not segment.straddled(words, stop, vocab):
            cuts.add(start)  # a whole word whose first character a phrase from before would swallow
        else:
            bounds = [lo + b for b in segment.boundaries(words)]
            at_bound = set(bounds)
            if start not in at_bound:
                # The phrase starts inside a word (不|断发|挥, 负责|人参|加): convert its words apart.
                # One that only runs into the next word (周线|图) is left to OpenCC, right there.
                cuts.update(b for b in bounds if start < b < end)
            elif shadowed and min((b for b in bounds if b > start), default=hi) >= end:
                # The phrase begins a word and a phrase from the previous word would swallow its
                # first character (沟|通汇|报): cut before it. Not when the phrase itself runs into
                # the next word (盆|里加|热): there the previous phrase (盆里) is right.
                cuts.add(start)
        if cuts:
            spots.append(GuardSpot(start, end, lo, hi, tuple(sorted(cuts)), tuple(bounds)))
    return _only_settling_characters(text, spots, config, model)


def _only_settling_characters(text: str, spots: list[GuardSpot], config: str, model) -> list[GuardSpot]:
    """The spots whose cuts change the conversion, and only in the form of one-to-many characters
    (发 → 發 not 髮). A cut that would change vocabulary (圖示 → 图标) is not the guard's business,
    so OpenCC's reading stands there. All windows go through OpenCC in two calls."""
    if not spots:
        return spots
    conv = converter(config)
    sep = SEPARATOR
    plain_parts = [text[s.lo:s.hi] for s in spots]
    cut_parts = [[text[a:b] for a, b in zip((s.lo, *s.cuts), (*s.cuts, s.hi))] for s in spots]
    if any(sep in p for p in plain_parts):
        plains = [conv.convert(p) for p in plain_parts]
        cuts = ["".join(conv.convert(x) for x in parts) for parts in cut_parts]
    else:
        plains = conv.convert(sep.join(plain_parts)).split(sep)
        flat = conv.convert(sep.join(x for parts in cut_parts for x in parts)).split(sep)
        if len(plains) != len(spots) or len(flat) != sum(map(len, cut_parts)):
            return []  # OpenCC did not keep the separators: keep its own reading everywhere
        cuts, at = [], 0
        for parts in cut_parts:
            cuts.append("".join(flat[at:at + len(parts)]))
            at += len(parts)
    kept = []
    for spot, plain, cut in zip(spots, plains, cuts):
        width = spot.hi - spot.lo
        if len(plain) == len(cut) == width and plain != cut and all(
                x == y or model.one_to_many(text[spot.lo + k]) for k, (x, y) in enumerate(zip(plain, cut))):
            kept.append(spot)
    return kept


def _inside_longer_phrase(text: str, start: int, end: int, phrases: dict[str, str]) -> bool:
    """Whether a dictionary phrase up to 3 characters longer than text[start:end] covers it."""
    for a in range(max(0, start - 3), start + 1):
        for b in range(end, min(len(text), end + 3) + 1):
            if (a, b) != (start, end) and b - a <= end - start + 3 and text[a:b] in phrases:
                return True
    return False


def phrase_holds(simplified: str, pos: int, word: str) -> bool:
    """Whether the dictionary phrase `word` that settled the character at `pos` of `simplified` is a word
    there: the segmenter keeps it whole (or inside a longer word). 对标对表 splits as 对|标|对|表, so the
    phrase 对表 (對錶, "set a watch") does not hold there and a fix resting on it is not offered."""
    n = len(word)
    for start in range(max(0, pos - n + 1), pos + 1):
        if simplified[start:start + n] != word:
            continue
        lo, hi = max(0, start - WINDOW), min(len(simplified), start + n + WINDOW)
        cuts = [lo + b for b in segment.boundaries(simplified[lo:hi])]
        return not any(start < c < start + n for c in cuts)
    return True   # not found as such (a longer OpenCC entry): leave the converter's word standing
