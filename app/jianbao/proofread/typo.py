"""`typo`: wrong characters (错别字): a window the dictionary barely knows, one confusable character away
from a word it knows well (noisy channel: dictionary frequency as the prior, sound or shape as the channel).

    >>> from jianbao.proofread import check_text
    >>> [(f.text, f.suggestion) for f in check_text("我们己经取得成绩，要再接再励。", kinds=["typo"])]
    [('己经', '已经'), ('再接再励', '再接再厉')]
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from jianbao.proofread import lm
from jianbao.proofread.base import Context, Finding, check
from jianbao.proofread.confusion import confusables, why

# Particles and the commonest function characters: a slip between them (的/地/得) needs grammar, not a
# dictionary, and guessing at them is where a checker cries wolf.
FUNCTION = frozenset("的地得了着过在是和与及或对为有也就都而以将把被从向于之其所这那个们我你他她它不没很又还再")
LOW_FREQ = 5             # an idiom this rare may itself be a common slip (jieba lists 再接再励: 3)
MIN_FREQ = {2: 300, 3: 100, 4: 30}
RATIO = 20               # the fix must be this much more usual than what stands there
MARGIN = 3.0             # and make its sentence this much likelier (natural log; about log RATIO)
# A character left standing alone by the segmenter is suspect only when it is rarely a word by itself
# (己 is, 已 is not): the replacement must be this much commoner as a one-character word.
ALONE_RATIO = 10
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# One character standing alone where the segmenter found no word: a fix must make a dictionary word this
# common, this much commoner than what stands there, be attested beside its neighbours in the corpus counts
# while the character written is not, and make the stretch around it this much likelier. Tuned on the train
# splits (ECSpell law/med, SIGHAN 2015) and on clean real text, never on the test sets.
CHAR_MIN_FREQ, CHAR_RATIO, CHAR_MARGIN, CHAR_CONTEXT = 50, 50, 6.0, 4
# The commonest surnames: a lone one is usually a name (潘力, 刘洋) beside characters that are no slip.
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                     "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_jieba_lock = threading.Lock()


def _tokens(run: str) -> list[str]:
    import jieba

    with _jieba_lock:  # jieba's lazy initialisation is not thread-safe
        return jieba.lcut(run, HMM=False)


def protected_spans(ctx: Context, simp: str) -> list[tuple[int, int]]:
    """Where the store's own names, leaders and terms stand: never flagged."""
    words = {lm.simplified_aligned(p.name) for p in ctx.roster if p.name}
    for t in ctx.terms:
        if t.kind in ("flag", "expression"):  # words the office wants found, or found written wrong
            continue
        words.update(lm.simplified_aligned(w) for w in (t.word, t.simplified, t.traditional) if w)
    spans = []
    for word in words:
        if len(word) >= 2:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(word), simp))
    return spans


def unguarded(ctx: Context, simp: str, found: list) -> list:
    """The items of `found` ((start, end, ...)) that no earlier check claimed and no protected word covers."""
    guarded = protected_spans(ctx, simp)
    return [item for item in found if not ctx.is_claimed(item[0], item[1])
            and not any(s < item[1] and item[0] < e for s, e in guarded)]


def in_script(fix: str, original: str, traditional: bool) -> str:
    """`fix` (Simplified) written in the text's script; where it has the original's length, the original's
    own characters stay wherever the fix does not change them."""
    if not traditional:
        return fix
    from jianbao.script.engine import converter

    conv = converter("s2t").convert(fix)
    conv = conv if len(conv) == len(fix) else fix
    if len(original) != len(fix):
        return conv
    return "".join(o if lm.simple_char(o) == f else c for o, f, c in zip(original, fix, conv))


def _windows(run: str) -> list[tuple[int, int, bool]]:
    """(start, end, alone) in `run` worth a look: rare four-character idioms (alone False), and short
    stretches of single characters the segmenter could not join into any word (alone True)."""
    freq = lm.model().freq
    out, pos, singles = [], 0, []
    for tok in _tokens(run) + [""]:
        if len(tok) == 1:
            singles.append(pos)
        else:
            if len(singles) >= 2:
                first = singles[0]
                n = len(singles)
                out.extend((first + a, first + a + size, True) for size in (2, 3, 4) for a in range(n - size + 1))
            singles = []
            if len(tok) == 4 and freq.get(tok, 0) <= LOW_FREQ:
                out.append((pos, pos + len(tok), False))
        pos += len(tok)
    return out


def _best_fix(window: str, alone: bool) -> tuple[str, int] | None:
    freq = lm.model().freq
    have = max(freq.get(window, 0), 1)
    best = None
    for i, ch in enumerate(window):
        if ch in FUNCTION:
            continue
        for alt in confusables(ch):
            if alone and freq.get(alt, 0) < ALONE_RATIO * max(freq.get(ch, 0), 1):
                continue
            fix = window[:i] + alt + window[i + 1:]
            f = freq.get(fix, 0)
            if f >= MIN_FREQ.get(len(fix), 30) and f >= RATIO * have and (best is None or f > best[2]):
                best = (fix, i, f)
    return (best[0], best[1]) if best else None


def _near_surname(run: str, i: int, single: set[int]) -> bool:
    """Whether run[i] is a lone surname before a lone character, or one of the two lone characters after one."""
    if run[i] in SURNAMES and i + 1 in single:
        return True
    return any(i - k in single and run[i - k] in SURNAMES and all(j in single for j in range(i - k, i))
               for k in (1, 2) if i - k >= 0)


@lru_cache(maxsize=8192)
def _variant(ch: str, alt: str) -> bool:
    """Whether `ch` is a Taiwan form of `alt` (著 for 着): a script matter for the script checks, not a slip."""
    from jianbao.script.engine import converter

    return converter("tw2s").convert(ch) == alt


def attested(run: str, i: int, c: str) -> bool:
    """Whether `c` in place of run[i] stands beside a neighbour somewhere in the corpus counts."""
    prev, nxt = run[i - 1:i], run[i + 1:i + 2]
    return bool(prev and lm.pair_count(prev + c)) or bool(nxt and lm.pair_count(c + nxt))


def _char_fix(run: str, i: int) -> str | None:
    """The character that belongs at run[i], if one confusable character makes a common word there."""
    freq, ch = lm.model().freq, run[i]
    best = None
    for alt in confusables(ch):
        for size in (2, 3, 4):
            for s in range(max(0, i - size + 1), min(i, len(run) - size) + 1):
                word = run[s:s + size]
                f = freq.get(word[:i - s] + alt + word[i - s + 1:], 0)
                if f >= CHAR_MIN_FREQ and f >= CHAR_RATIO * max(freq.get(word, 0), 1) and (best is None or f > best[1]):
                    best = (alt, f)
    if best is None:
        return None
    alt = best[0]
    if attested(run, i, ch) or not attested(run, i, alt) or _variant(ch, alt):
        return None
    left, right = run[max(0, i - CHAR_CONTEXT):i], run[i + 1:i + 1 + CHAR_CONTEXT]
    return alt if lm.score(left + alt + right) - lm.score(left + ch + right) >= CHAR_MARGIN else None


def _char_slips(run: str) -> list[tuple[int, str]]:
    """(position, right character) for lone characters in `run` that are one-character slips."""
    single, pos = set(), 0
    for tok in _tokens(run):
        if len(tok) == 1:
            single.add(pos)
        pos += len(tok)
    out = []
    for i in sorted(single):
        if run[i] in FUNCTION or _near_surname(run, i, single):
            continue
        alt = _char_fix(run, i)
        if alt:
            out.append((i, alt))
    return out


def find_typos(simp: str) -> list[tuple[int, int, str, int]]:
    """(start, end, fix, changed index) for each slip in Simplified text, left to right, not overlapping."""
    found = []
    for m in HAN_RUN.finditer(simp):
        run, base = m.group(), m.start()
        taken: list[tuple[int, int]] = []
        for s, e, alone in sorted(_windows(run), key=lambda w: w[0] - w[1]):  # longer windows first
            if any(s < te and ts < e for ts, te in taken):
                continue
            fix = _best_fix(run[s:e], alone)
            if fix is None or (alone and attested(run, s + fix[1], run[s + fix[1]])) \
                    or _variant(run[s + fix[1]], fix[0][fix[1]]):
                continue
            left, right = run[max(0, s - 3):s], run[e:e + 3]
            if lm.score(left + fix[0] + right) - lm.score(left + run[s:e] + right) < MARGIN:
                continue
            taken.append((s, e))
            found.append((base + s, base + e, fix[0], fix[1]))
        for i, alt in _char_slips(run):
            if not any(ts <= i < te for ts, te in taken):
                found.append((base + i, base + i + 1, alt, 0))
    return sorted(found)


@check("typo")
def check_typos(ctx: Context) -> list[Finding]:
    simp = lm.simplified_aligned(ctx.text)
    traditional = lm.is_traditional(ctx.text, simp)
    out = []
    for start, end, fix, i in unguarded(ctx, simp, find_typos(simp)):
        original = ctx.text[start:end]
        suggestion = in_script(fix, original, traditional)
        wrong, right = original[i], suggestion[i]
        message = f"疑为错别字：“{original}”应为“{suggestion}”（“{wrong}”与“{right}”{why(simp[start + i], fix[i])}）"
        out.append(ctx.finding("typo", start, end, message, suggestion, severity="error", confidence=0.85))
    return out
