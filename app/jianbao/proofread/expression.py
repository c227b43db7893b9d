"""`expression`: a standard formulation (提法) written with one character changed, missing, added or swapped.

    >>> from jianbao.proofread import check_text
    >>> [(f.text, f.suggestion) for f in check_text("深入开展扫黑险恶专项斗争", kinds=["expression"])]
    [('扫黑险恶', '扫黑除恶')]
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from jianbao.proofread import lm
from jianbao.proofread.base import Context, Finding, check, is_han
from jianbao.proofread.confusion import confusables
from jianbao.proofread.typo import FUNCTION, in_script, unguarded


@lru_cache(maxsize=1)
def shipped() -> tuple[str, ...]:
    """The shipped list (resources/expressions.txt)."""
    text = (resources.files("jianbao") / "resources" / "expressions.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _slip(window: str, term: str) -> str | None:
    """How `window` is `term` written wrong (one edit), or None. Changes at a term's ends must look or sound
    alike (两个维度 is no slip of 两个维护); a missing character only counts in longer terms."""
    n, m = len(term), len(window)
    if m == n:
        diff = [i for i in range(n) if window[i] != term[i]]
        if len(diff) == 1:
            i = diff[0]
            if not is_han(window[i]):
                return None
            if 0 < i < n - 1 or window[i] in confusables(term[i]):
                return "写错一字"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and window[diff[0]] == term[diff[1]] \
                and window[diff[1]] == term[diff[0]]:
            return "字序颠倒"
        return None
    if m == n - 1 and n >= 5:
        return "漏字" if any(term[:i] + term[i + 1:] == window for i in range(1, n - 1)) else None
    if m == n + 1:
        # An added 的 or 和 is usually a choice of style (高质量的发展), not a slip.
        return "多字" if any(window[:i] + window[i + 1:] == term and is_han(window[i]) and window[i] not in FUNCTION
                           for i in range(1, n)) else None
    return None


def find_slips(simp: str, terms: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """(start, end, term, how) for each slip of a term in Simplified text; correct uses are never touched."""
    right: list[tuple[int, int]] = []
    for term in terms:
        at = simp.find(term)
        while at >= 0:
            right.append((at, at + len(term)))
            at = simp.find(term, at + 1)
    known = set(terms)
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for term in terms:
        n = len(term)
        if n < 4:
            continue
        for j in range(n - 1):
            at = simp.find(term[j:j + 2])
            while at >= 0:
                for start in {at - j - 1, at - j, at - j + 1}:
                    for size in (n - 1, n, n + 1):
                        s, e = start, start + size
                        if s < 0 or e > len(simp) or (s, e) in found:
                            continue
                        window = simp[s:e]
                        if window in known or any(a < e and s < b for a, b in right):
                            continue
                        how = _slip(window, term)
                        if how:
                            found[(s, e)] = (term, how)
                at = simp.find(term[j:j + 2], at + 1)
    # Overlapping windows of one slip: keep the shortest edit of each place.
    out, last_end = [], -1
    for (s, e), (term, how) in sorted(found.items(), key=lambda x: (x[0][0], abs(x[0][1] - x[0][0] - len(x[1][0])))):
        if s >= last_end:
            out.append((s, e, term, how))
            last_end = e
    return out


@check("expression")
def check_expressions(ctx: Context) -> list[Finding]:
    simp = lm.simplified_aligned(ctx.text)
    traditional = lm.is_traditional(ctx.text, simp)
    out = []
    own = tuple(lm.simplified_aligned(t.word) for t in ctx.terms if t.kind == "expression")
    for s, e, term, how in unguarded(ctx, simp, find_slips(simp, tuple(dict.fromkeys(shipped() + own)))):
        original = ctx.text[s:e]
        fix = in_script(term, original, traditional)
        out.append(ctx.finding("expression", s, e, f"规范提法“{fix}”{how}：“{original}”", fix,
                               severity="error", confidence=0.9))
    return out
