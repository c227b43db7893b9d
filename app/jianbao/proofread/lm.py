"""How plausible a piece of Chinese is: a word-frequency model from jieba's dictionary, loaded once, lazily.

Traditional text is scored through OpenCC t2s (the dictionary is Simplified). Words are scored
by the best segmentation (as jieba does: log of frequency over total); a character-bigram model
built from the same dictionary ranks partial repairs cheaply before the word model reranks them.
"""
from __future__ import annotations

import heapq
import math
import os
import pickle
import threading
from array import array
from functools import lru_cache
from pathlib import Path

from jianbao.proofread.base import is_han

MAX_WORD = 8
# "——" (破折号) and "……" (省略号) stand for one mark while scoring; a lone "—" or "…" is rare in running text.
DASH, ELLIPSIS = "\uE000", "\uE001"
# Chinese punctuation is ordinary in running text (the commonest marks most); other symbols are rare in a bulletin.
PUNCT_LOGP_BY_MARK = {"，": math.log(0.05), "。": math.log(0.03), "、": math.log(0.015),
                      **dict.fromkeys("“”", math.log(0.012)), **dict.fromkeys("：；（）《》", math.log(0.004)),
                      **dict.fromkeys("？！‘’·", math.log(0.001)), DASH: math.log(0.002), ELLIPSIS: math.log(0.001),
                      "—": -12.0, "…": -12.0}
ASCII_LOGP = math.log(0.002)
RARE_LOGP = -16.0

_lock = threading.Lock()
_model: "_Model | None" = None
_t2s_local = threading.local()


CACHE_VERSION = 1
# Character pairs counted in public government and news text (scripts/build_lm.py): what the dictionary
# lacks (发力, 思政, 凝心) is attested here.
BIGRAMS = "lm/bigrams.tsv.gz"
_pairs: dict[str, int] | None = None


def _parse(path: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    freq: dict[str, int] = {}
    uni: dict[str, int] = {}
    bi: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ", 2)
            word, count = parts[0], int(parts[1])
            if len(word) > MAX_WORD or count <= 0:
                continue
            freq[word] = freq.get(word, 0) + count
            for i, ch in enumerate(word):
                uni[ch] = uni.get(ch, 0) + count
                if i:
                    key = word[i - 1:i + 1]
                    bi[key] = bi.get(key, 0) + count
    return freq, uni, bi


def _pack(table: dict[str, int]) -> tuple[str, bytes]:
    # Keys as one string and counts as one array: rebuilding the dict is then a single C-level zip.
    return "\n".join(table), array("q", table.values()).tobytes()


def _unpack(keys: str, counts: bytes) -> dict[str, int]:
    values = array("q")
    values.frombytes(counts)
    return dict(zip(keys.split("\n"), values))


def _cache_file(path: str) -> Path | None:
    try:
        from platformdirs import user_cache_dir

        st = os.stat(path)
        return Path(user_cache_dir("Jianbao", appauthor=False)) / f"jieba-lm-v{CACHE_VERSION}-{st.st_size}-{int(st.st_mtime)}.pickle"
    except OSError:
        return None


def _load_tables(path: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """The dictionary's tables, from a marshal cache when one matches (parsing takes a second or more)."""
    cache = _cache_file(path)
    if cache is not None and cache.exists():
        try:
            with open(cache, "rb") as f:
                packed = pickle.load(f)
            freq, uni, bi = (_unpack(keys, counts) for keys, counts in packed)
            return freq, uni, bi
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            pass   # a damaged cache is rebuilt below
    tables = _parse(path)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.part")
            with open(tmp, "wb") as f:
                pickle.dump([_pack(t) for t in tables], f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache)
        except OSError:
            pass   # no cache folder: parse again next time
    return tables


class _Model:
    def __init__(self, path: str) -> None:
        self.freq, self.uni, self.bi = _load_tables(path)
        self.total = sum(self.freq.values())
        self.log_total = math.log(self.total)
        self.uni_total = sum(self.uni.values())
        self._followers: dict[str, tuple[str, ...]] | None = None

    def followers(self, ch: str) -> tuple[str, ...]:
        """Characters seen right after `ch` inside a dictionary word."""
        if self._followers is None:
            index: dict[str, list[str]] = {}
            for pair in self.bi:
                index.setdefault(pair[0], []).append(pair[1])
            self._followers = {k: tuple(v) for k, v in index.items()}
        return self._followers.get(ch, ())


def model() -> _Model:
    """The dictionary model, loaded on first use (about a second; less from the cache), then shared."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import jieba

                _model = _Model(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"))
    return _model


def corpus_sources(fixtures: Path) -> list[Path]:
    """The files scripts/build_lm.py counts, in order (see its docstring for why these)."""
    digests = sorted(p for p in (fixtures / "digests").glob("*/*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    train = fixtures / "proofread" / "train"
    return digests + sorted(train.glob("*.train.tsv")) + sorted(train.glob("*-train-correct.txt"))


def corpus_fingerprint(fixtures: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    for path in corpus_sources(fixtures):
        h.update(path.relative_to(fixtures).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def pair_count(pair: str) -> int:
    """How often the two characters `pair` (Simplified) stand together in the shipped corpus counts."""
    global _pairs
    if _pairs is None:
        with _lock:
            if _pairs is None:
                import gzip
                from importlib import resources

                data = gzip.decompress((resources.files("jianbao") / "resources" / BIGRAMS).read_bytes())
                lines = data.decode("utf-8").split("\n")[1:]
                _pairs = {line[:2]: int(line[3:]) for line in lines if line}
    return _pairs.get(pair, 0)


def to_simplified(text: str) -> str:
    """t2s for scoring only (one OpenCC converter per thread)."""
    conv = getattr(_t2s_local, "conv", None)
    if conv is None:
        import opencc

        conv = _t2s_local.conv = opencc.OpenCC("t2s")
    return conv.convert(text)


@lru_cache(maxsize=65536)
def simple_char(ch: str) -> str:
    out = to_simplified(ch)
    return out if len(out) == 1 else ch


def _other_logp(ch: str) -> float:
    if ch in PUNCT_LOGP_BY_MARK:
        return PUNCT_LOGP_BY_MARK[ch]
    if ch.isascii() and (ch.isalnum() or ch in " ,.;:?!()-+%/"):
        return ASCII_LOGP
    return RARE_LOGP


def _segment_logp(m: _Model, run: str) -> float:
    """Best segmentation log-probability of a run of Han characters (jieba's route, unknown = freq 1)."""
    n = len(run)
    best = [0.0] + [-math.inf] * n
    freq, log_total = m.freq, m.log_total
    for end in range(1, n + 1):
        top = -math.inf
        for start in range(max(0, end - MAX_WORD), end):
            prev = best[start]
            if prev == -math.inf:
                continue
            f = freq.get(run[start:end])
            if f is None and end - start > 1:
                continue
            top = max(top, prev + math.log(f or 1) - log_total)
        best[end] = top
    return best[n]


def score(text: str) -> float:
    """Log-probability-like plausibility of `text` (higher is better; compare texts of similar length)."""
    if not text:
        return 0.0
    m = model()
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = "".join(simple_char(c) for c in text)
    simple = simple.replace("——", DASH).replace("……", ELLIPSIS)
    total = 0.0
    run_start = None
    for i, ch in enumerate(simple + "\0"):
        if i < len(simple) and is_han(ch):
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            total += _segment_logp(m, simple[run_start:i])
            run_start = None
        if i < len(simple):
            total += _other_logp(ch)
    return total


@lru_cache(maxsize=1 << 18)
def char_logp(ch: str, prev: str | None) -> float:
    """log P(ch | prev) from the dictionary's character bigrams, backed off to unigrams."""
    m = model()
    if not is_han(ch):
        # —— and …… come in twos: the second half is nearly certain, the first an ordinary mark.
        if ch in "—…":
            return math.log(0.9) if prev == ch else _other_logp(DASH if ch == "—" else ELLIPSIS)
        return _other_logp(ch)
    c = simple_char(ch)
    p_uni = (m.uni.get(c, 0) + 0.5) / m.uni_total
    if prev and is_han(prev):
        p = simple_char(prev)
        count_prev = m.uni.get(p, 0)
        if count_prev:
            p_bi = m.bi.get(p + c, 0) / count_prev
            return math.log(0.5 * p_bi + 0.5 * p_uni)
    return math.log(p_uni)


def simplified_aligned(text: str) -> str:
    """t2s of `text` with the same length, so offsets found in it are offsets into `text`."""
    whole = to_simplified(text)
    if len(whole) == len(text):
        return whole
    lines = []
    for line in text.split("\n"):
        conv = to_simplified(line)
        lines.append(conv if len(conv) == len(line) else "".join(simple_char(c) for c in line))
    return "\n".join(lines)


def is_traditional(text: str, simp: str) -> bool:
    """Whether `text` is Traditional, given `simp`, its `simplified_aligned` form (more than 2% changed)."""
    changed = sum(a != b for a, b in zip(text, simp))
    return changed * 50 > max(1, len(text))


@lru_cache(maxsize=4096)
def _by_unigram(options: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Options sorted by their context-free log-probability, and grouped by Simplified form."""
    ranked = tuple(sorted(options, key=lambda ch: -char_logp(ch, None)))
    groups: dict[str, list[str]] = {}
    for ch in options:
        groups.setdefault(simple_char(ch), []).append(ch)
    return ranked, {k: tuple(v) for k, v in groups.items()}


def top_chars(prev: str | None, options: tuple[str, ...], k: int) -> tuple[tuple[str, float], ...]:
    """The k likeliest of `options` after `prev`, scoring only the candidates that can be among them.

    Without a dictionary bigram from `prev`, a character's score follows its unigram, so only the
    first k by unigram and the characters seen after `prev` need scoring.
    """
    ranked, groups = _by_unigram(options)
    candidates = set(ranked[:k])
    if prev in ("—", "…") and prev in groups.get(prev, ()):
        candidates.add(prev)
    if prev and is_han(prev):
        for follower in model().followers(simple_char(prev)):
            candidates.update(groups.get(follower, ()))
    scored = ((ch, char_logp(ch, prev)) for ch in candidates)
    return tuple(heapq.nlargest(k, scored, key=lambda e: e[1]))
