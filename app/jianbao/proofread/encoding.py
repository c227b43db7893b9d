"""`encoding-damage`: GBK bytes broken by a blind punctuation replace, UTF-8 read as GBK, U+FFFD.

The sample's chain (issue 6): GBK text; full-width marks replaced by ASCII on the raw bytes,
so a character ending in 0xA3 and the next one were eaten as a mark; decoded the Windows-936
way. A '?' after a Chinese character and before , ; ? : ( ) ! opens a span that runs until the
decoding realigns. We rebuild the span's bytes (each '?' is one lost byte, each ASCII mark is
A3 xx again, a dropped user-defined pair may hide between two garbled characters), decode them
on the right boundaries, and rank the candidates by the dictionary model.
"""
from __future__ import annotations

import heapq
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jianbao.proofread import lm
from jianbao.proofread.base import Context, Finding, check, is_han
from jianbao.proofread.gbk import (PUNCT_BYTES, char_bytes, chars_with_lead, chars_with_trail, is_trail, is_uda,
                                   pair_char)
from jianbao.proofread.mojibake import replacement_chars, utf8_mojibake

TRIGGER = re.compile(r"\?(?=[,;?:()!])")
MAX_TOKENS = 80
RERANK = 256            # candidates rescored by the word model
BEAM = 64               # hypotheses kept per (byte position, open pair)
KEEP = 8
INSERT_LOGP = -1.8       # log-odds of a dropped user-defined pair: ~14% of misaligned pairs (trail AA-AF, F8-FE)
SEEN_BONUS = 2.0         # per character pair of a repair that the same document uses elsewhere
PER_PARENT = 8           # children kept per beam entry, so one guess cannot crowd out the rest
QUOTE_LOGP = -8.0        # per quote left unpaired in the paragraph
MIN_GAIN = 4.0           # the repair must beat the damaged text by this much (nats)
CONTEXT = 6
SCRIPT_LOGP = -8.0       # per character written in the other script than the paragraph's
STRAY_LOGP = -2.0        # per ASCII letter or mark inside the damaged span: the stray bytes are evidence themselves
STOP_LOGP = -2.0         # a full stop inside a repair followed by a Han character (the model's 。 ignores what follows)
MARK_PAIR_LOGP = -8.0    # per pair of marks running text never has (。。 、。 “， 。》)
OPEN_ENDED = set("、，；：“‘（《〈【")


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    candidates: tuple[tuple[str, float], ...]   # (text, score), best first


# -- tokenising a damaged span -----------------------------------------------------------------------------------
def _tokenise(text: str, i: int) -> list[tuple[list[int | None], set[int], int]]:
    """Byte hypotheses for the span opened by the '?' at i: (cells, insertion slots, end offset).

    cells are the span's true bytes (None = lost byte); slots are cell indices where a dropped
    user-defined pair may have stood. Usually one hypothesis; a '?' inside the run can be a lost
    byte or a replaced ？, which branches.
    """
    results: list[tuple[list[int | None], set[int], int]] = []

    def walk(j: int, cells: list[int | None], slots: set[int], depth: int) -> None:
        if depth > MAX_TOKENS or len(results) > 4 or j >= len(text):
            return
        ch = text[j]
        nxt = text[j + 1] if j + 1 < len(text) else ""
        here = len(cells)
        inner = {here} if depth > 1 else set()   # no dropped pair right after the opening lost byte
        if ch == "?":
            nb = char_bytes(nxt) if nxt else None
            if not nb or not is_trail(nb[0]):
                # A lost byte (an orphan lead for the Windows decoder): the run realigns after it.
                results.append((cells + [None], slots | inner, j + 1))
            if nb and j > i:
                walk(j + 1, cells + list(PUNCT_BYTES["?"]), slots | inner, depth + 1)
            return
        if ch in PUNCT_BYTES:
            walk(j + 1, cells + list(PUNCT_BYTES[ch]), slots | inner, depth + 1)
            return
        data = char_bytes(ch)
        if data is None:
            return
        if len(data) == 1:
            # An ASCII trail byte or 0x80: the decoder realigns here, if it can be a trail at all.
            if is_trail(data[0]) or data[0] == 0x80:
                results.append((cells + [data[0]], slots | inner, j + 1))
            return
        walk(j + 1, cells + list(data), slots | inner, depth + 1)

    walk(i + 1, [None], set(), 1)
    return results


# -- searching the repair ---------------------------------------------------------------------------------------
def _pair_options(a: int | None, b: int | None) -> list[str]:
    if a is None and b is None:
        return []
    if a is None:
        return [ch for _, ch in chars_with_trail(b)]
    if b is None:
        return [ch for _, ch in chars_with_lead(a)]
    ch = pair_char(a, b)
    return [ch] if ch else []


UDA_LEADS = tuple(range(0xA1, 0xA8)) + tuple(range(0xAA, 0xB0)) + tuple(range(0xF8, 0xFF))
MAX_INSERTS = 8          # dropped pairs assumed in one span (simplified text drops many: 开 = BF AA)
MAX_IN_A_ROW = 3         # …and in a row at one place
WIDE = 48               # characters tried around dropped pairs, where the bytes constrain little
OPEN_BEAM = 8           # hypotheses kept while a dropped pair is open
OPEN_WIDTH = 20          # characters tried that may open a dropped pair (at most 20 share a first byte)


def _uda_trails(t: int) -> range:
    return range(0x40, 0xA1) if t <= 0xA7 else range(0xA1, 0xFF)


@lru_cache(maxsize=4096)
def _opening(x: int) -> tuple[tuple[str, int], ...]:
    """Characters (x, t) whose second byte t opens a dropped user-defined pair [t l]."""
    return tuple((ch, t) for t in UDA_LEADS if (ch := pair_char(x, t)) is not None)


@lru_cache(maxsize=4096)
def _closing(t: int, y: int | None) -> tuple[str, ...]:
    """Characters (l, y) whose first byte l closes the dropped pair [t l] (y None: a lost byte, any trail)."""
    if y is None:
        return tuple(ch for l in _uda_trails(t) if is_uda(t, l) for _, ch in chars_with_lead(l))
    return tuple(ch for l in _uda_trails(t) if is_uda(t, l) and (ch := pair_char(l, y)) is not None)


@lru_cache(maxsize=256)
def _bridging(t: int) -> tuple[tuple[str, int], ...]:
    """Characters (l, t2) between two dropped pairs in a row."""
    return tuple((ch, t2) for l in _uda_trails(t) if is_uda(t, l) for t2 in UDA_LEADS if (ch := pair_char(l, t2)))


Entry = tuple[str, float, int]   # decoded text so far, bigram score, dropped pairs assumed


def _prune(entries: list[Entry], width: int) -> list[Entry]:
    return heapq.nlargest(width, entries, key=lambda e: e[1])


def _beam(cells: list[int | None], slots: set[int], left: str) -> list[tuple[str, float, int]]:
    """Best decodings of the cells on true boundaries, with dropped pairs: (text, score, insertions).

    At a slot (between a lead and a trail cell) dropped pairs [t l] may stand: the true characters
    are then (lead, t) … (l, trail), with more dropped pairs in between when (l, t2) follows.
    Hypotheses covering the same bytes compete (bucketed by cell position and open pair); their
    scores include the prior of each dropped pair, so hypotheses with more of them compete fairly.
    """
    n = len(cells)
    aligned: dict[int, list[Entry]] = {0: [("", 0.0, 0)]}
    opened: dict[int, dict[int, list[Entry]]] = {}
    for pos in range(n + 1):
        if pos in opened:
            # Inside dropped pairs: close onto the trail cell here, or bridge to another dropped pair.
            fresh = opened.pop(pos)
            for _round in range(MAX_IN_A_ROW):
                bridged: dict[int, list[Entry]] = {}
                for t, entries in fresh.items():
                    for text, sc, ins in _prune(entries, OPEN_BEAM):
                        prev = text[-1] if text else left
                        aligned.setdefault(pos + 1, []).extend(
                            (text + ch, sc + lp, ins) for ch, lp in _top_closing(prev, t, cells[pos]))
                        if ins < MAX_INSERTS:
                            for ch, t2, lp in _top_bridging(prev, t):
                                bridged.setdefault(t2, []).append((text + ch, sc + lp, ins + 1))
                if not bridged:
                    break
                fresh = bridged
        if pos not in aligned:
            continue
        entries = aligned.pop(pos)
        if pos == n:
            return sorted(entries, key=lambda e: -e[1])
        if pos + 1 >= n:
            continue
        a, b = cells[pos], cells[pos + 1]
        for text, sc, ins in _prune(entries, BEAM):
            prev = text[-1] if text else left
            aligned.setdefault(pos + 2, []).extend((text + ch, sc + lp, ins) for ch, lp in _top_pairs(prev, a, b))
            if pos + 1 in slots and ins < MAX_INSERTS and a is not None:
                for ch, t2, lp in _top_opening(prev, a):
                    opened.setdefault(pos + 1, {}).setdefault(t2, []).append((text + ch, sc + lp, ins + 1))
    return []


def _top(prev: str, options: Sequence[str], width: int = PER_PARENT) -> tuple[tuple[str, float], ...]:
    return lm.top_chars(prev, tuple(options), width)


@lru_cache(maxsize=65536)
def _top_pairs(prev: str, a: int | None, b: int | None) -> tuple[tuple[str, float], ...]:
    """The likeliest characters for the byte pair (a, b) after `prev` (None = lost byte)."""
    # A lost byte leaves a hundred characters or more: the bigram alone is a poor judge of the best few.
    return _top(prev, _pair_options(a, b), WIDE if a is None or b is None else PER_PARENT)


@lru_cache(maxsize=65536)
def _top_closing(prev: str, t: int, y: int | None) -> tuple[tuple[str, float], ...]:
    # A lost trail byte leaves thousands of characters; the word model picks among more of them.
    return _top(prev, _closing(t, y), WIDE if y is not None else PER_PARENT * 8)


@lru_cache(maxsize=65536)
def _top_opening(prev: str, a: int) -> tuple[tuple[str, int, float], ...]:
    return _with_lead_bytes(prev, _opening(a), OPEN_WIDTH)


@lru_cache(maxsize=65536)
def _top_bridging(prev: str, t: int) -> tuple[tuple[str, int, float], ...]:
    return _with_lead_bytes(prev, _bridging(t), WIDE)


def _with_lead_bytes(prev: str, options: tuple[tuple[str, int], ...], width: int) -> tuple[tuple[str, int, float], ...]:
    """The likeliest (character, its second byte) that opens a dropped pair, with the pair's prior."""
    second = dict(options)
    return tuple((ch, second[ch], lp + INSERT_LOGP) for ch, lp in lm.top_chars(prev, tuple(second), width))


def _extend(text: str, sc: float, top: Sequence[tuple[str, float]]) -> list[Entry]:
    return [(text + ch, sc + logp) for ch, logp in top]


def _quote_errors(text: str) -> int:
    """Quotes left unpaired; a quote that closes the paragraph after its full stop may close one opened
    paragraphs before (a quotation of several paragraphs opens each one and closes only the last)."""
    errors, stack = 0, []
    for k, ch in enumerate(text):
        if ch in "“‘":
            stack.append(ch)
        elif ch in "”’":
            want = "“" if ch == "”" else "‘"
            if stack and stack[-1] == want:
                stack.pop()
            elif not (k == len(text) - 1 and k and text[k - 1] in "。？！"):
                errors += 1
    return errors + len(stack)


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def document_pairs(text: str) -> frozenset[str]:
    """The Han character pairs a document uses (Simplified): its own vocabulary backs up the dictionary."""
    simple = lm.simplified_aligned(text)
    return frozenset(simple[k:k + 2] for k in range(len(simple) - 1)
                     if is_han(simple[k]) and is_han(simple[k + 1]))


def repair_at(text: str, i: int, seen: frozenset[str] = frozenset()) -> Repair | None:
    """The ranked repairs of the damaged span opened by the '?' at offset i, or None when it is not damage.

    `seen`: character pairs the document uses elsewhere (document_pairs), a bonus for repairs that reuse them.
    """
    pa, pb = _paragraph(text, i, i)
    rep = _repair_in_paragraph(text[pa:pb], i - pa, seen)
    return None if rep is None else Repair(rep.start + pa, rep.end + pa, rep.candidates)


@lru_cache(maxsize=1024)
def _repair_in_paragraph(text: str, i: int, seen: frozenset[str]) -> Repair | None:
    # Cached per paragraph: re-checking an edited article only redoes the paragraphs that changed.
    left = text[max(0, i - CONTEXT):i]
    pa, pb = _paragraph(text, i, i)
    traditional = lm.is_traditional(text[pa:pb], lm.simplified_aligned(text[pa:pb]))
    scored: dict[str, tuple[float, int]] = {}
    for cells, slots, end in _tokenise(text, i):
        if len(cells) % 2:
            continue
        right = text[end:end + CONTEXT]
        closes = end == len(text) or text[end] == "\n"
        for cand, _bigram, ins in _beam(cells, slots, left[-1:] if left else "")[:RERANK]:
            full = lm.score(left + cand + right) + ins * INSERT_LOGP + SEEN_BONUS * _reused(left[-1:] + cand, seen)
            if closes and cand[-1] in OPEN_ENDED:
                full += QUOTE_LOGP      # a paragraph does not end on 、 or an opening mark
            full += QUOTE_LOGP * _quote_errors(text[pa:i] + cand + text[end:pb])
            full += SCRIPT_LOGP * _other_script(cand, traditional)
            full += MARK_PAIR_LOGP * _bad_mark_pairs(left[-1:] + cand + right[:1])
            full += STOP_LOGP * sum(a in "。？！" and is_han(b) for a, b in zip(cand, cand[1:] + right[:1]))
            key = cand
            if key not in scored or scored[key][0] < full:
                scored[key] = (full, end)
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: -kv[1][0])
    best, (best_score, end) = ranked[0]
    right = text[end:end + CONTEXT]
    damaged = lm.score(left + text[i:end] + right) + QUOTE_LOGP * _quote_errors(text[pa:pb])
    damaged += STRAY_LOGP * sum(c.isascii() and not c.isdigit() for c in text[i:end])
    if best_score - damaged < MIN_GAIN:
        return None
    same_end = [(c, s) for c, (s, e) in ranked if e == end][:KEEP]
    return Repair(i, end, tuple(same_end))


def _other_script(cand: str, traditional: bool) -> int:
    """Characters of `cand` the paragraph's script would have written otherwise (给 in Traditional text)."""
    if traditional:
        return sum(_s2t_char(c) != c for c in cand)
    return sum(lm.simple_char(c) != c for c in cand)


@lru_cache(maxsize=65536)
def _s2t_char(ch: str) -> str:
    from jianbao.script.engine import converter

    out = converter("s2t").convert(ch)
    return out if len(out) == 1 else ch


PAUSES = set("。，、；：？！,;:!")
OPENING = set("“‘《（〈【")
CLOSING = set("》〉】")


def _bad_mark_pairs(text: str) -> int:
    """Two pauses in a row (、。), a pause right after an opening mark or before a closing title mark."""
    return sum((a in PAUSES or a in OPENING) and b in PAUSES or a in PAUSES and b in CLOSING or a == b and a in "“”‘’"
               for a, b in zip(text, text[1:]))


def _reused(cand: str, seen: frozenset[str]) -> int:
    if not seen:
        return 0
    simple = lm.simplified_aligned(cand)
    return sum(simple[k:k + 2] in seen for k in range(len(simple) - 1))


def _confidence(candidates: tuple[tuple[str, float], ...]) -> float:
    top = candidates[0][1]
    weights = [math.exp(s - top) for _, s in candidates]
    return weights[0] / sum(weights)


@check("encoding-damage")
def check_encoding(ctx: Context) -> list[Finding]:
    text = ctx.text
    out: list[Finding] = []
    covered = 0
    seen: frozenset[str] | None = None
    for m in TRIGGER.finditer(text):
        i = m.start()
        # After a letter it is English (why?!); after a digit or % (95%。” -> 95%?!) it can be damage.
        if i < covered or i == 0 or text[i - 1].isascii() and not (text[i - 1].isdigit() or text[i - 1] == "%"):
            continue
        if seen is None:
            seen = document_pairs(text)
        rep = repair_at(text, i, seen)
        if rep is None:
            continue
        covered = rep.end
        best = rep.candidates[0][0]
        alts = tuple(c for c, _ in rep.candidates[1:5])
        out.append(ctx.finding(
            "encoding-damage", rep.start, rep.end,
            f"乱码“{text[rep.start:rep.end]}”：GBK 文本中的全角标点被逐字节替换后错位解码，原文应为“{best}”",
            best, severity="error", confidence=_confidence(rep.candidates), alternatives=alts))
    out += utf8_mojibake(ctx)
    out += replacement_chars(ctx)
    return out
