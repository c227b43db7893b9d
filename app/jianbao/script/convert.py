"""convert(): OpenCC with protected terms, fixed pairs and the cross-word guard, plus a change list."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from jianbao.errors import InputError
from jianbao.models import Term
from jianbao.script.engine import converter

TARGETS = ("s", "t", "tw", "hk")
SEPARATOR = "\x02"  # cuts the text between pieces: OpenCC keeps it and matches no phrase across it


@dataclass(frozen=True)
class Change:
    """One changed stretch: offsets into the input text, what it was, what it became, and why.

    `uncertain`: a one-to-many character (发 → 發/髮, 干 → 幹/乾/干) or a spot the guard cut:
    worth a human look. Such a character is a Change of its own. `word` is the dictionary word
    that settled its form (干部 → 幹); empty when OpenCC fell back on its default form or the
    guard decided, which are the ones most worth a look.
    """

    start: int
    end: int
    before: str
    after: str
    uncertain: bool = False
    reason: str = ""
    word: str = ""


@dataclass(frozen=True)
class Piece:
    """A stretch of the input converted on its own: plain text, or a term with a fixed output."""

    start: int
    end: int
    out_start: int
    output: str
    term: Term | None = None


@dataclass(frozen=True)
class Conversion:
    """The converted text; `changes` (computed on first use) for a preview."""

    text: str
    config: str
    source_script: str
    target: str
    source: str = field(repr=False, compare=False, default="")
    pieces: tuple[Piece, ...] = field(repr=False, compare=False, default=())
    spots: tuple = field(repr=False, compare=False, default=())
    notes: tuple[str, ...] = ()  # e.g. that the guard could not run here

    @cached_property
    def changes(self) -> tuple[Change, ...]:
        from jianbao.script.changes import list_changes

        return tuple(list_changes(self))


def resolve_config(to: str, source_script: str = "mixed", phrases: bool = False) -> str:
    """The OpenCC config for a plain target name ('' when the text is already in that script).

    A raw OpenCC config name ("s2twp", "hk2s", …) is returned unchanged.
    """
    from jianbao.script.tables import available_configs

    if to not in TARGETS:
        check_target(to)
        return to
    if to == "s":
        if source_script == "s":
            return ""
        return "tw2sp" if phrases else "t2s"
    if source_script == "t":  # already Traditional: only regional variants, never 里 → 裏 again
        return {"t": "", "tw": "t2tw", "hk": "t2hk"}[to]
    if to == "hk":
        return "s2hkp" if phrases and "s2hkp" in available_configs() else "s2hk"
    return {"t": "s2t", "tw": "s2twp" if phrases else "s2tw"}[to]


def check_target(to: str) -> None:
    """Raise InputError unless `to` is a plain target or an installed OpenCC config name."""
    from jianbao.script.tables import available_configs

    if to not in TARGETS and to not in available_configs():
        raise InputError(f"不认识的转换目标“{to}”：应为 s（简体）、t（繁体）、tw（台湾）、hk（香港）或 OpenCC 配置名")


def to_simplified(config: str, target: str) -> bool:
    return target == "s" if not config else config.split("2", 1)[-1].startswith("s")


def convert(text: str, to: str, *, phrases: bool = False, terms: Iterable[Term] = (),
            guard: bool = True) -> Conversion:
    """Convert `text` to `to` ('s', 't', 'tw', 'hk' or an OpenCC config name).

    Protected terms stay as written, override pairs take their fixed form, and phrases that
    would be matched across a word boundary are converted word by word.

    >>> convert("负责人参加", "t").text
    '負責人參加'
    """
    from jianbao.script.detect import script_of
    from jianbao.script.terms import CONVERSION_KINDS, matcher

    if not isinstance(text, str):
        raise InputError("要转换的内容不是文本")
    source_script = script_of(text) if to in TARGETS else "mixed"
    config = resolve_config(to, source_script, phrases)
    simplified = to_simplified(config, to)

    term_spans: list[tuple[int, int, Term, str]] = []
    term_tuple = tuple(t for t in terms if t.kind in CONVERSION_KINDS)
    if term_tuple:
        m = matcher(term_tuple)
        if m.pattern is not None:
            term_spans = [(x.start(), x.end(), m.term(x.group()), m.output(x.group(), config, simplified))
                          for x in m.pattern.finditer(text)]

    spots: list = []
    cuts: list[int] = []
    notes: tuple[str, ...] = ()
    if guard and config and text:
        from jianbao.script.guard import find_spots
        from jianbao.script.tables import dictionaries_readable

        if dictionaries_readable():
            spots = find_spots(text, config, [(s, e) for s, e, _, _ in term_spans])
        else:
            notes = ("读不到 OpenCC 词典（缺少 opencc_dict 工具），本次未做跨词误转检查，一对多字也未标出",)
        cuts = sorted({c for spot in spots for c in spot.cuts})

    # The input as pieces: plain stretches (split at the guard's cuts) and terms.
    bounds: list[tuple[int, int, Term | None, str]] = []
    pos, ci = 0, 0
    for start, end, term, output in [*term_spans, (len(text), len(text), None, "")]:
        while ci < len(cuts) and cuts[ci] <= start:
            if pos < cuts[ci]:
                bounds.append((pos, cuts[ci], None, ""))
                pos = cuts[ci]
            ci += 1
        if pos < start or (term is None and not bounds):
            bounds.append((pos, start, None, ""))
        if term is not None:
            bounds.append((start, end, term, output))
        pos = end

    plain = [text[s:e] for s, e, term, _ in bounds if term is None]
    outputs = _convert_all(plain, config)
    pieces: list[Piece] = []
    out_pos = 0
    converted = iter(outputs)
    for start, end, term, output in bounds:
        out = output if term is not None else next(converted)
        pieces.append(Piece(start, end, out_pos, out, term))
        out_pos += len(out)
    result = "".join(p.output for p in pieces)
    return Conversion(result, config, source_script, to, text, tuple(pieces), tuple(spots), notes)


def _convert_all(parts: list[str], config: str) -> list[str]:
    """Each part converted on its own, in one OpenCC call when the separator is free to use."""
    if not config:
        return list(parts)
    conv = converter(config)
    if len(parts) == 1:
        return [conv.convert(parts[0])]
    if not any(SEPARATOR in p for p in parts):
        out = conv.convert(SEPARATOR.join(parts)).split(SEPARATOR)
        if len(out) == len(parts):
            return out
    return [conv.convert(p) for p in parts]
