"""`duplicate`: a text that is the same or nearly the same as another (in this issue or an earlier one),
or a paragraph repeated inside the text.

Character 4-gram shingles over the Han characters of a Simplified copy: insensitive to script,
punctuation width, spacing and small edits, and the containment score also catches an article
reprinted inside a longer one. An inverted index keeps it linear in the amount of text.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from jianbao.proofread import lm
from jianbao.proofread.base import HAN, Context, Finding, OtherText, check

K = 4
MIN_SHINGLES = 20          # shorter texts say too little to call them duplicates
SAME = 0.85                # Jaccard: "the same article"
CONTAINED = 0.8            # share of the shorter text found in the longer one
HAN_RUN = re.compile(f"[{HAN}]+")


def shingles(text: str) -> tuple[set[str], dict[str, int]]:
    """The text's shingles, and where each first occurs (offset into `text`)."""
    simp = lm.simplified_aligned(text)
    seen: dict[str, int] = {}
    stream, where = [], []
    for m in HAN_RUN.finditer(simp):
        stream.append(m.group())
        where.extend(range(m.start(), m.end()))
    joined = "".join(stream)
    for i in range(len(joined) - K + 1):
        seen.setdefault(joined[i:i + K], where[i])
    return set(seen), seen


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def _verdict(jac: float, cont: float) -> str | None:
    if jac >= SAME:
        return "几乎相同" if jac < 0.999 else "完全相同"
    if cont >= CONTAINED:
        return "大段重复"
    return None


def _against_others(ctx: Context) -> list[Finding]:
    mine, first = shingles(ctx.text)
    if len(mine) < MIN_SHINGLES:
        return []
    out = []
    for other in ctx.others:
        theirs, _ = shingles(other.text)
        if len(theirs) < MIN_SHINGLES:
            continue
        jac, cont = similarity(mine, theirs)
        verdict = _verdict(jac, cont)
        if verdict is None:
            continue
        shared = [first[s] for s in mine & theirs]
        start, end = min(shared), max(shared) + K
        end = min(len(ctx.text), _extend(ctx.text, end))
        out.append(ctx.finding("duplicate", start, end,
                               f"与“{other.label}”{verdict}（相似度 {jac:.0%}，重合 {cont:.0%}），请确认是否重复刊发",
                               None, confidence=min(0.99, max(jac, cont))))
    return out


def _extend(text: str, end: int) -> int:
    """Stretch a span's end over the Han characters a 4-gram start does not reach."""
    han = 0
    while end < len(text) and han < K - 1 and text[end] != "\n":
        han += bool(re.match(f"[{HAN}]", text[end]))
        end += 1
    return end


def _repeated_paragraphs(ctx: Context) -> list[Finding]:
    paragraphs = []
    index: dict[str, list[int]] = defaultdict(list)
    for number, start, line in ctx.lines():
        sh, _ = shingles(line)
        if len(sh) < MIN_SHINGLES:
            continue
        k = len(paragraphs)
        paragraphs.append((number, start, line, sh))
        for s in sh:
            index[s].append(k)
    out = []
    for k, (number, start, line, sh) in enumerate(paragraphs):
        shared = Counter(j for s in sh for j in index[s] if j < k)
        for j, count in shared.most_common(3):
            if count < MIN_SHINGLES // 2:
                break
            jac, cont = similarity(sh, paragraphs[j][3])
            verdict = _verdict(jac, cont)
            if verdict:
                out.append(ctx.finding("duplicate", start, start + len(line),
                                       f"本段与第 {paragraphs[j][0]} 行{verdict}（相似度 {jac:.0%}），请确认是否重复",
                                       None, confidence=min(0.99, max(jac, cont))))
                break
    return out


@check("duplicate")
def check_duplicates(ctx: Context) -> list[Finding]:
    return _against_others(ctx) + _repeated_paragraphs(ctx)


__all__ = ["OtherText", "shingles", "similarity", "check_duplicates"]
