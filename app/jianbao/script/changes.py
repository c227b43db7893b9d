"""The change list of a conversion: every changed stretch, with the one-to-many ones marked."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import lru_cache

from jianbao.script.convert import Change, Conversion, Piece
from jianbao.script.engine import converter
from jianbao.script.tables import later_stages

_CLAUSE = re.compile(r"(?<=[\n。！？；，、])")


def list_changes(conv: Conversion) -> Iterator[Change]:
    source = conv.source
    model = _model(conv.config)
    marked = model.ambiguous if model is not None else frozenset()
    after_main = later_stages(conv.config)
    guarded = _guarded_positions(conv)
    for piece in conv.pieces:
        before = source[piece.start:piece.end]
        if piece.term is not None:
            if before != piece.output:
                label = "人名（逐字转换，保留本字）" if piece.term.kind == "name" else "词表"
                yield Change(piece.start, piece.end, before, piece.output, False,
                             f"{label}：{before} → {piece.output}")
            continue
        for i1, i2, j1, j2 in _blocks(before, piece.output):
            start, end = piece.start + i1, piece.start + i2
            after = piece.output[j1:j2]
            if i2 - i1 != j2 - j1:
                yield Change(start, end, source[start:end], after, False, "词语转换")
                continue
            run = start
            for pos in range(start, end):  # one Change per run; a character worth a note on its own
                if source[pos] not in marked and pos not in guarded:
                    continue
                note = _note(source, pos, after[pos - start], model, after_main, guarded)
                if run < pos:
                    yield Change(run, pos, source[run:pos], after[run - start:pos - start])
                yield Change(pos, pos + 1, source[pos], after[pos - start], *note)
                run = pos + 1
            if run < end:
                yield Change(run, end, source[run:end], after[run - start:])


def _note(source: str, pos: int, out: str, model, after_main: dict[str, str],
          guarded: dict[int, str]) -> tuple[bool, str, str]:
    """(uncertain, reason, settling word) for a guarded or one-to-many character."""
    if pos in guarded:
        return True, guarded[pos], ""
    ch = source[pos]
    forms = _forms(model.config, ch)
    for offset, length, keys in model.pins.get(ch, ()):  # shortest phrases first
        start = pos - offset
        if start >= 0:
            form = keys.get(source[start:start + length])
            if form is not None and after_main.get(form, form) == out:
                word = source[start:start + length]
                return True, f"一对多（{ch}：{forms}），按词语“{word}”作 {out}", word
    return True, f"一对多（{ch}：{forms}），词典未定，按默认作 {out}", ""


@lru_cache(maxsize=4096)
def _forms(config: str, ch: str) -> str:
    after_main = later_stages(config)
    return "/".join(dict.fromkeys(after_main.get(c, c) for c in _model(config).chars[ch]))


def _blocks(a: str, b: str) -> Iterator[tuple[int, int, int, int]]:
    """Differing stretches (i1, i2, j1, j2) between `a` and its conversion `b`."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        k = 0
        while k < len(diff):
            first = last = diff[k]
            k += 1
            while k < len(diff) and diff[k] == last + 1:
                last = diff[k]
                k += 1
            yield first, last + 1, first, last + 1
        return
    # Lengths differ (regional vocabulary): align clause by clause, diff only the odd ones out.
    a_parts, b_parts = _CLAUSE.split(a), _CLAUSE.split(b)
    if len(a_parts) == len(b_parts) > 1:
        ia = ib = 0
        for pa, pb in zip(a_parts, b_parts):
            for i1, i2, j1, j2 in _blocks(pa, pb):
                yield ia + i1, ia + i2, ib + j1, ib + j2
            ia += len(pa)
            ib += len(pb)
        return
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for k1, k2, _, _ in _blocks(a[i1:i2], b[j1:j2]):
                yield i1 + k1, i1 + k2, j1 + k1, j1 + k2
        else:
            yield i1, i2, j1, j2


def _model(config: str):
    from jianbao.script.tables import config_model, dictionaries_readable

    if not config or not dictionaries_readable():
        return None
    return config_model(config)


def _guarded_positions(conv: Conversion) -> dict[int, str]:
    """Input positions where the guard's cuts changed the result, with the reason."""
    if not conv.spots:
        return {}
    raw = converter(conv.config)
    marks: dict[int, str] = {}
    for spot in conv.spots:
        plain = raw.convert(conv.source[spot.lo:spot.hi])
        ours = _output_range(conv.pieces, spot.lo, spot.hi)
        if ours is None or len(plain) != len(ours):
            continue
        lo, hi, _ = spot.near(conv.source)
        reason = (f"防误转：词典词组“{conv.source[spot.start:spot.end]}”跨了词界，按词 "
                  f"{spot.words(conv.source)} 转换（不分词会作 {plain[lo - spot.lo:hi - spot.lo]}）")
        for k, (x, y) in enumerate(zip(plain, ours)):
            if x != y:
                marks[spot.lo + k] = reason
    return marks


def _output_range(pieces: tuple[Piece, ...], lo: int, hi: int) -> str | None:
    """The output for input [lo, hi) when the pieces there kept their length, else None."""
    out = []
    for p in pieces:
        if p.end <= lo or p.start >= hi:
            continue
        if len(p.output) != p.end - p.start:
            return None
        a, b = max(lo, p.start), min(hi, p.end)
        out.append(p.output[a - p.start:b - p.start])
    return "".join(out)
