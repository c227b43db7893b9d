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
# Where the fix makes no dictionary word (恨高兴 -> 很高兴), the corpus must have seen it beside both
# neighbours this often, and the stretch must grow this much likelier.
PAIR_MIN, PAIR_MARGIN = 2, 3.0
# A rare idiom or a stretch of lone characters one slip away from a common word is seldom wrong; a single
# character judged by counts is right about two times in three (python -m jianbao.bench proofread --train).
WINDOW_CONFIDENCE, CHAR_CONFIDENCE = 0.85, 0.65
# A two-character word the corpus never shows (二婶 in 二婶人民法院) next to a confusable one it shows this
# often, this much commoner in the dictionary, and this much likelier in place (a real-word slip).
WORD_PAIR_MIN, WORD_RATIO, WORD_MARGIN = 10, 10, 6.0
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


def _windows(run: str, tokens: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, alone) in `run` worth a look: rare four-character idioms (alone False), and short
    stretches of single characters the segmenter could not join into any word (alone True)."""
    freq = lm.model().freq
    out, pos, singles = [], 0, []
    for tok in tokens + [""]:
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


def _char_fix(run: str, i: int) -> tuple[int, str] | None:
    """(start, word) of the common word one confusable character at run[i] makes, if that is the fix."""
    freq, ch = lm.model().freq, run[i]
    if attested(run, i, ch):   # seen beside a neighbour in real text: no slip (and the cheapest test)
        return None
    best = None
    for alt in confusables(ch):
        for size in (2, 3, 4):
            for s in range(max(0, i - size + 1), min(i, len(run) - size) + 1):
                word = run[s:s + size]
                fixed = word[:i - s] + alt + word[i - s + 1:]
                f = freq.get(fixed, 0)
                if f >= CHAR_MIN_FREQ and f >= CHAR_RATIO * max(freq.get(word, 0), 1) and (best is None or f > best[2]):
                    best = (s, fixed, f, alt)
    if best is not None:
        start, fixed, _, alt = best
        if attested(run, i, alt) and not _variant(ch, alt) and _gain(run, i, alt) >= CHAR_MARGIN:
            return start, fixed
    return _pair_fix(run, i)


def _gain(run: str, i: int, alt: str) -> float:
    """How much likelier the stretch around run[i] grows with `alt` there (natural log)."""
    left, right = run[max(0, i - CHAR_CONTEXT):i], run[i + 1:i + 1 + CHAR_CONTEXT]
    return lm.score(left + alt + right) - lm.score(left + run[i] + right)


def _pair_fix(run: str, i: int) -> tuple[int, str] | None:
    """(i, character) when a confusable character stands beside both neighbours in the corpus counts."""
    prev, nxt = run[i - 1:i], run[i + 1:i + 2]
    if not prev or not nxt:
        return None
    best = None
    for alt in confusables(run[i]):
        a, b = lm.pair_count(prev + alt), lm.pair_count(alt + nxt)
        if a >= PAIR_MIN and b >= PAIR_MIN and (best is None or a * b > best[1]):
            best = (alt, a * b)
    if best is None or _variant(run[i], best[0]) or _gain(run, i, best[0]) < PAIR_MARGIN:
        return None
    return i, best[0]


def _lone(tokens: list[str]) -> set[int]:
    """Offsets of the one-character tokens."""
    single, pos = set(), 0
    for tok in tokens:
        if len(tok) == 1:
            single.add(pos)
        pos += len(tok)
    return single


def _char_slips(run: str, tokens: list[str]) -> list[tuple[int, str, int]]:
    """(start, word as it should be, changed index) for lone characters in `run` that are one-character slips;
    the span is the word the fix makes (效律 -> 效率), so the editor sees the slip in its word."""
    single = _lone(tokens)
    out = []
    for i in sorted(single):
        if run[i] in FUNCTION or _near_surname(run, i, single):
            continue
        fix = _char_fix(run, i)
        if fix:
            out.append((fix[0], fix[1], i - fix[0]))
    return out


def _outer_seen(run: str, pos: int, k: int, alt: str) -> bool:
    """Whether `alt`, put at index k of the two-character word at `pos`, stands beside the character outside."""
    if k == 0:
        return pos == 0 or bool(lm.pair_count(run[pos - 1] + alt))
    return pos + 2 >= len(run) or bool(lm.pair_count(alt + run[pos + 2]))


def _word_slips(run: str, tokens: list[str]) -> list[tuple[int, str, int]]:
    """(start, word as it should be, changed index) for two-character words that are real-word slips."""
    freq, out, pos = lm.model().freq, [], 0
    for tok in tokens:
        if len(tok) == 2 and not lm.pair_count(tok):
            best = None
            for k, ch in enumerate(tok):
                for alt in () if ch in FUNCTION else confusables(ch):
                    fixed = tok[:k] + alt + tok[k + 1:]
                    seen = lm.pair_count(fixed)
                    if seen >= WORD_PAIR_MIN and freq.get(fixed, 0) >= WORD_RATIO * max(freq.get(tok, 0), 1) \
                            and not _variant(ch, alt) and (best is None or seen > best[0]):
                        best = (seen, k, fixed)
            # The changed character must also stand beside its outer neighbour in the corpus (刮骨疗毒 is no 骨病).
            if best and _outer_seen(run, pos, best[1], best[2][best[1]]) \
                    and _gain(run, pos + best[1], best[2][best[1]]) >= WORD_MARGIN:
                out.append((pos, best[2], best[1]))
        pos += len(tok)
    return out


def find_typos(simp: str) -> list[tuple[int, int, str, int]]:
    """(start, end, fix, changed index, confidence) for each slip in Simplified text, left to right, not
    overlapping. Confidence: about the precision measured on the train splits for each way of finding one."""
    found = []
    for m in HAN_RUN.finditer(simp):
        run, base = m.group(), m.start()
        tokens = _tokens(run)
        single = _lone(tokens)
        taken: list[tuple[int, int]] = []
        for s, e, alone in sorted(_windows(run, tokens), key=lambda w: w[0] - w[1]):  # longer windows first
            if any(s < te and ts < e for ts, te in taken):
                continue
            fix = _best_fix(run[s:e], alone)
            if fix is None or _variant(run[s + fix[1]], fix[0][fix[1]]) or (alone and (
                    attested(run, s + fix[1], run[s + fix[1]]) or _near_surname(run, s + fix[1], single))):
                continue
            left, right = run[max(0, s - 3):s], run[e:e + 3]
            if lm.score(left + fix[0] + right) - lm.score(left + run[s:e] + right) < MARGIN:
                continue
            taken.append((s, e))
            found.append((base + s, base + e, fix[0], fix[1], WINDOW_CONFIDENCE))
        for s, word, k in _char_slips(run, tokens) + _word_slips(run, tokens):
            # The same stretch written the same way again is a name or a term (路丙辉 six times), not a slip.
            if simp.count(run[max(0, s + k - 1):s + k + 2]) > 1:
                continue
            if not any(s < te and ts < s + len(word) for ts, te in taken):
                taken.append((s, s + len(word)))
                found.append((base + s, base + s + len(word), word, k, CHAR_CONFIDENCE))
    return sorted(found)


@check("typo")
def check_typos(ctx: Context) -> list[Finding]:
    simp = lm.simplified_aligned(ctx.text)
    traditional = lm.is_traditional(ctx.text, simp)
    out = []
    for start, end, fix, i, confidence in unguarded(ctx, simp, find_typos(simp)):
        original = ctx.text[start:end]
        suggestion = in_script(fix, original, traditional)
        wrong, right = original[i], suggestion[i]
        message = f"疑为错别字：“{original}”应为“{suggestion}”（“{wrong}”与“{right}”{why(simp[start + i], fix[i])}）"
        out.append(ctx.finding("typo", start, end, message, suggestion, severity="error", confidence=confidence))
    return out
