"""`script-mixing` and `conversion`: characters of the other script, and what a naive one-to-one
converter left wrong in Traditional text (干部 for 幹部, 并 for 並, 后勁 for 後勁 …).

Both use the conversion module (`jianbao.script`). A Traditional text is converted to Simplified
and back (OpenCC's phrase dictionaries pick 幹 in 幹部 and 乾 in 乾淨), with protected terms, the
roster's names and the names the text itself gives with titles. A character still in its
Simplified form that the round trip changes is a finding: `conversion` when it is one of the
one-to-many characters a naive converter gets wrong, `script-mixing` otherwise (and for
Traditional characters in a Simplified text). A Traditional shape that the standard writes otherwise
(鑒 for 鑑, 墻 for 牆: Unihan variants of one character) is a `conversion` finding too. Names are never touched (后川, 三里橋, 張恒愷):
protected, or — when the converter could only guess — a character before a place-name suffix is
left alone.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jianbao.models import Term
from jianbao.proofread.base import Context, Finding, check

PLACE_SUFFIX = set("川村莊庄橋桥溝沟河灣湾屯寨堡坡峪窪洼營营鋪铺店崗岗嶺岭")
ROUND_TRIP = "tw"       # mainland Traditional follows the Taiwan standard forms (為, 群, 裡) more than OpenCC's own


@dataclass(frozen=True)
class Spot:
    start: int
    end: int
    right: str
    one_to_many: bool
    guess: str | None      # the converter's note when it could only guess
    variant: bool = False  # a Traditional shape that is not the standard one (鑒 for 鑑, 恒 for 恆, 墻 for 牆)


def _protected(ctx: Context) -> tuple[Term, ...]:
    from jianbao.proofread.person import propose_roster

    names = {p.name for p in ctx.roster} | {p.name for p in propose_roster(ctx.text)}
    terms = [t for t in ctx.terms if t.kind in ("protect", "override")]
    known = {t.word for t in terms}
    return tuple(terms) + tuple(Term(n, "protect", note="人名") for n in sorted(names) if n not in known)


def _aligned(text: str, to: str, terms: Sequence[Term]):
    """(converted text of the same length, changes) — lines whose length changes are left as they were."""
    from jianbao.script import convert

    whole = convert(text, to, terms=terms)
    if len(whole.text) == len(text):
        return whole.text, whole.changes, whole.config
    lines = []
    for line in text.split("\n"):
        conv = convert(line, to, terms=terms)
        lines.append(conv.text if len(conv.text) == len(line) else line)
    return "\n".join(lines), (), whole.config


def _change_at(changes, starts: list[int], i: int):
    k = bisect.bisect_right(starts, i) - 1
    return changes[k] if k >= 0 and changes[k].start <= i < changes[k].end else None


def _phrase_holds(simple: str, back: str, config: str, changes, starts: list[int], i: int) -> bool:
    """Whether a phrase that pinned position i to a form other than the character's default (表 -> 錶 by
    对表) is a word there: a fix is never itself a phrase matched across words (對標對表 is not 對錶)."""
    from jianbao.script.engine import converter
    from jianbao.script.guard import phrase_holds

    change = _change_at(changes, starts, i)
    word = getattr(change, "word", "") if change is not None else ""
    if not word or converter(config).convert(simple[i]) == back[i]:
        return True
    return phrase_holds(simple, i, word)


def _note(changes, starts: list[int], i: int) -> str | None:
    """The converter's note on position i when it could only guess (changes sorted by start)."""
    k = bisect.bisect_right(starts, i) - 1
    if k >= 0 and changes[k].start <= i < changes[k].end:
        change = changes[k]
        # A one-to-many character no dictionary word settled (OpenCC's default form, or the guard's call).
        if change.uncertain and not getattr(change, "word", ""):
            return change.reason
    return None


@lru_cache(maxsize=1)
def variant_pairs() -> frozenset[tuple[str, str]]:
    """(shape, other shape) of one character, from Unihan (resources/variants.tsv, scripts/build_variants.py)."""
    from importlib import resources

    lines = (resources.files("jianbao") / "resources" / "variants.tsv").read_text("utf-8").splitlines()
    return frozenset((ln[0], ln[2]) for ln in lines if len(ln) == 3 and not ln.startswith("#"))


@lru_cache(maxsize=64)
def _analyse(text: str, terms: tuple[Term, ...]) -> tuple[str, tuple[Spot, ...]]:
    """The text's majority script and the spots where the round trip says a character is wrong."""
    from jianbao.script import detect
    from jianbao.script.tables import config_model

    report = detect(text)
    majority = report.majority if report.script != "unknown" else "s"
    spots: list[Spot] = []
    if majority == "s":
        fixed, _, _ = _aligned(text, "s", terms)
        for span in report.spans:
            if fixed[span.start:span.end] != span.text:
                spots.append(Spot(span.start, span.end, fixed[span.start:span.end], False, None))
        return majority, tuple(spots)
    simple, _, _ = _aligned(text, "s", terms)
    back_t, _, _ = _aligned(simple, "t", terms)
    back, changes, config = _aligned(simple, ROUND_TRIP, terms)
    model = config_model(config)
    changes = sorted(changes, key=lambda c: c.start)
    starts = [c.start for c in changes]

    def differs(i: int) -> bool:
        return text[i] != back_t[i] and text[i] != back[i]

    i, n = 0, len(text)
    while i < n:
        if text[i] != simple[i] and (text[i], back[i]) in variant_pairs():
            # A variant shape: the standard (Taiwan's forms, as the round trip) writes the same character in
            # another shape; OpenCC's own Traditional may keep it (鑒), the standard does not (鑑).
            spots.append(Spot(i, i + 1, back[i], False, None, variant=True))
            i += 1
            continue
        if not (differs(i) and text[i] == simple[i]):
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and differs(start - 1):
            start -= 1
        while end < n and differs(end):
            end += 1
        guess = _note(changes, starts, i)
        if not _phrase_holds(simple, back, config, changes, starts, i):
            i = end
            continue
        if not (guess and end < n and text[end] in PLACE_SUFFIX):   # 后川: a place name; the converter only guessed
            spots.append(Spot(start, end, back[start:end], model.one_to_many(text[i]), guess))
        i = end
    return majority, tuple(spots)


@check("conversion")
def check_conversion(ctx: Context) -> list[Finding]:
    majority, spots = _analyse(ctx.text, _protected(ctx))
    out = []
    for s in spots:
        if majority != "t" or not (s.one_to_many or s.variant) or ctx.is_claimed(s.start, s.end):
            continue
        wrong = ctx.text[s.start:s.end]
        if s.variant:
            out.append(ctx.finding("conversion", s.start, s.end, f"“{wrong}”是异体字形，标准字体作“{s.right}”",
                                   s.right, confidence=0.8))
            continue
        message = f"“{wrong}”是简体字形，繁体文本中应为“{s.right}”（机械一对一转换的常见错误）"
        if s.guess:
            message += "；转换词典也无法确定，请核对"
        out.append(ctx.finding("conversion", s.start, s.end, message, s.right, confidence=0.55 if s.guess else 0.85))
    return out


@check("script-mixing")
def check_script_mixing(ctx: Context) -> list[Finding]:
    majority, spots = _analyse(ctx.text, _protected(ctx))
    names = {"s": "简体", "t": "繁体"}
    other = "t" if majority == "s" else "s"
    out = []
    for s in spots:
        if (majority == "t" and (s.one_to_many or s.variant)) or ctx.is_claimed(s.start, s.end):
            continue
        wrong = ctx.text[s.start:s.end]
        out.append(ctx.finding("script-mixing", s.start, s.end,
                               f"{names[majority]}文本中混入{names[other]}字“{wrong}”，应为“{s.right}”",
                               s.right, confidence=0.8))
    return out
