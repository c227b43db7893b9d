"""Proofreading: what a careful editor would mark in a text, each finding with its span, reason and fix.

>>> [f.suggestion for f in check_text("农村(社区)", kinds=["punctuation"])]
['（', '）']
"""
from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Sequence

from jianbao.errors import JianbaoError
from jianbao.models import Person, Term
from jianbao.proofread.base import REGISTRY, Context, Finding, OtherText

# Stable kind names, in the order the checks run: damage and markup first, so later checks
# leave the spans they explain alone.
KINDS = ("encoding-damage", "markup", "expression", "typo", "punctuation", "number", "script-mixing", "conversion",
         "person", "duplicate", "term")
KIND_NAMES = {
    "encoding-damage": "乱码", "markup": "网页标记", "expression": "规范提法", "typo": "错别字", "punctuation": "标点", "number": "数字", "script-mixing": "简繁混用",
    "conversion": "繁简转换", "person": "领导姓名职务", "duplicate": "重复稿件", "term": "规范用语",
}
_MODULES = ("encoding", "markup", "expression", "typo", "punctuation", "numbers", "script_checks", "person", "duplicate", "term")
# A wrong formulation is also a wrong character: claimed, so `typo` does not report it a second time.
CLAIMING = ("encoding-damage", "markup", "expression")
# The kinds an editor can answer with "this word is right" (Desk.remember_word): it joins the store's dictionary.
LEARNABLE_KINDS = ("typo", "expression")


# The script checks need the conversion module; each check module is imported once, on first use.
_NEEDS = {"script_checks": "jianbao.script"}


def _load() -> None:
    for name in _MODULES:
        needed = _NEEDS.get(name)
        if needed and importlib.util.find_spec(needed) is None:
            continue
        if importlib.util.find_spec(f"jianbao.proofread.{name}") is not None:
            importlib.import_module(f"jianbao.proofread.{name}")


def available_kinds() -> tuple[str, ...]:
    """The kinds this installation can check (the script checks need the conversion module)."""
    _load()
    return tuple(k for k in KINDS if k in REGISTRY)


def parse_kinds(kinds: Iterable[str] | str | None) -> tuple[str, ...]:
    """Validate kind names (a list or a comma-separated string); None means all."""
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = [k for k in kinds.split(",")]
    chosen = tuple(k.strip() for k in kinds if k.strip())
    unknown = [k for k in chosen if k not in KINDS]
    if unknown or not chosen:
        raise JianbaoError(f"未知的检查类别：{'、'.join(unknown) or '（空）'}；可选：{', '.join(KINDS)}")
    return chosen


def _others(others: Iterable[OtherText | tuple[str, str] | str]) -> list[OtherText]:
    out = []
    for k, item in enumerate(others, start=1):
        if isinstance(item, OtherText):
            out.append(item)
        elif isinstance(item, str):
            out.append(OtherText(f"其他稿件 {k}", item))
        else:
            out.append(OtherText(str(item[0]), str(item[1])))
    return out


def check_text(text: str, *, kinds: Iterable[str] | str | None = None, roster: Sequence[Person] = (),
               terms: Sequence[Term] = (), others: Iterable[OtherText | tuple[str, str] | str] = ()) -> list[Finding]:
    """Every finding of the chosen kinds in `text` (pure: reads nothing, changes nothing).

    roster: the leaders (name, titles, rank); terms: the store's terms (kind 'flag' are checked);
    others: texts to compare against for duplicates (OtherText, (label, text) pairs or plain strings).
    """
    chosen = parse_kinds(kinds) if kinds is not None else available_kinds()
    missing = [k for k in chosen if k not in available_kinds()]
    if missing:
        raise JianbaoError(f"本机无法进行“{'、'.join(KIND_NAMES[k] for k in missing)}”检查（缺少简繁转换模块）")
    ctx = Context(text, roster=tuple(roster), terms=tuple(terms), others=_others(others))
    findings: list[Finding] = []
    for kind in KINDS:
        if kind in CLAIMING and kind not in chosen:
            # Still run the span-claiming checks so other kinds do not flag what they explain.
            ctx.claimed.extend((f.start, f.end) for f in REGISTRY[kind](ctx))
            continue
        if kind not in chosen:
            continue
        found = list(REGISTRY[kind](ctx))
        findings.extend(found)
        if kind in CLAIMING:
            ctx.claimed.extend((f.start, f.end) for f in found)
    findings.sort(key=lambda f: (f.start, KINDS.index(f.kind), f.end))
    return findings


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """`text` with every finding's suggestion applied (findings without one, or overlapping an earlier one, are skipped)."""
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted((f for f in findings if f.suggestion is not None), key=lambda f: (f.start, f.end)):
        if f.start < last_end or text[f.start:f.end] != f.text:
            continue
        chosen.append(f)
        last_end = max(f.end, f.start + 1 if f.start == f.end else f.end)
    for f in reversed(chosen):
        text = text[:f.start] + f.suggestion + text[f.end:]
    return text


def propose_roster(text: str) -> list[Person]:
    """Leaders named with their titles in `text`, ranked, for the editor to confirm."""
    from jianbao.proofread.person import propose_roster as propose

    return propose(text)


__all__ = ["Finding", "KINDS", "KIND_NAMES", "LEARNABLE_KINDS", "OtherText", "apply_fixes", "check_text", "parse_kinds",
           "propose_roster"]
