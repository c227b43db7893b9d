"""Protected words and fixed conversion pairs: the plain-text file format and the matcher.

File format, one entry a line, `#` starts a comment:

    后川            a protected word: never converted, kept as written
    对表=對表       a pair: Simplified form = Traditional form, each used for its own script
    !某词           a word proofreading should flag (kept, not used by conversion)
    ~高质量发展     a standard formulation (提法): proofreading flags it written with a slip

In memory there is one more kind, 'name': a person's name from the leaders' roster, converted
character by character so that 范/于/余 stay themselves (see names.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jianbao.errors import InputError
from jianbao.models import Term

KINDS = ("protect", "override", "flag", "expression")
MAX_TERM = 40  # characters; longer lines are a pasted paragraph, not a term


def parse_terms(text: str, *, source: str = "词表") -> list[Term]:
    """Terms from the text of a terms file; raises InputError naming the first bad line."""
    terms: dict[tuple[str, str], Term] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line, _, comment = raw.partition("#")
        line, note = line.strip(), comment.strip()
        if not line:
            continue
        kind = "protect"
        if line.startswith("!") or line.startswith("！"):
            kind, line = "flag", line[1:].strip()
        elif line.startswith("~") or line.startswith("～"):
            kind, line = "expression", line[1:].strip()
        if "=" in line or "＝" in line:
            simplified, _, traditional = line.replace("＝", "=").partition("=")
            simplified, traditional = simplified.strip(), traditional.strip()
            if kind in ("flag", "expression") or not simplified or not traditional or "=" in traditional:
                raise InputError(f"{source}第 {number} 行格式不对：成对的词应写成“简体=繁體”", detail=raw.strip())
            term = Term(simplified, "override", simplified, traditional, note)
        else:
            term = Term(line, kind, note=note)
        if not term.word or len(term.word) > MAX_TERM or any(ch.isspace() for ch in term.word):
            raise InputError(f"{source}第 {number} 行不是一个词（不能含空格，最长 {MAX_TERM} 字）", detail=raw.strip())
        terms[(term.word, term.kind)] = term
    return list(terms.values())


def load_terms_file(path: str | Path) -> list[Term]:
    """Terms from a UTF-8 (or UTF-8 with BOM) text file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取词表文件：{path}", detail=exc.strerror or str(exc)) from exc
    if b"\0" in data[:4096]:
        raise InputError(f"词表文件不是文本：{path.name}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise InputError(f"词表文件的编码无法识别：{path.name}（请存为 UTF-8）") from exc
    return parse_terms(text, source=f"词表 {path.name} ")


def dump_terms(terms: Iterable[Term]) -> str:
    """The text of a terms file for `terms` (read back by parse_terms)."""
    lines = []
    for t in terms:
        if t.kind == "override":
            entry = f"{t.simplified or t.word}={t.traditional or t.word}"
        elif t.kind == "flag":
            entry = f"!{t.word}"
        elif t.kind == "expression":
            entry = f"~{t.word}"
        else:
            entry = t.word
        lines.append(f"{entry}  # {t.note}" if t.note else entry)
    return "\n".join(lines) + ("\n" if lines else "")


@dataclass(frozen=True)
class TermMatcher:
    """Finds terms in a text; `output(found, config, to_simplified)` says what an occurrence becomes."""

    pattern: re.Pattern[str] | None
    forms: dict[str, tuple[str, str, Term]]  # occurrence -> (simplified form, traditional form, term)

    def output(self, found: str, config: str, to_simplified: bool) -> str:
        simplified, traditional, term = self.forms[found]
        if term.kind == "name":
            from jianbao.script.detect import detect
            from jianbao.script.names import convert_name

            report = detect(found)  # 張恒愷 counts as Traditional though OpenCC calls 恒 Simplified
            if report.script == "unknown" or report.majority == ("s" if to_simplified else "t"):
                return found  # already written in the target script (or in shared characters: 于洋)
            return convert_name(found, config)
        return simplified if to_simplified else traditional

    def term(self, found: str) -> Term:
        return self.forms[found][2]


CONVERSION_KINDS = ("protect", "override", "name")


@lru_cache(maxsize=32)
def matcher(terms: tuple[Term, ...]) -> TermMatcher:
    """A matcher for conversion terms: longest first, so 张恒恺 wins over 张恒."""
    forms: dict[str, tuple[str, str, Term]] = {}
    for t in terms:  # earlier terms win: the caller puts the editor's own before the roster's
        if t.kind == "protect" and not (t.simplified or t.traditional):
            forms.setdefault(t.word, (t.word, t.word, t))
        elif t.kind in ("protect", "override"):
            simplified = t.simplified or t.word
            traditional = t.traditional or t.word
            for written in {t.word, simplified, traditional}:
                forms.setdefault(written, (simplified, traditional, t))
        elif t.kind == "name":
            from jianbao.script.names import name_forms

            for written in name_forms(t.word):
                forms.setdefault(written, (written, written, t))
    words = sorted((w for w in forms if w), key=lambda w: (-len(w), w))
    pattern = re.compile("|".join(map(re.escape, words))) if words else None
    return TermMatcher(pattern, forms)
