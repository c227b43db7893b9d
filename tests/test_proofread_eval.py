"""Measured quality of the encoding repair and the false-alarm rate on clean text (figures printed with -s).

Cases are made the way the sample was damaged (gbk.damage): every sentence of the clean texts
whose first character makes the chain break it, after a 。 and a different preceding sentence.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from jianbao.proofread import Finding, apply_fixes, check_text
from jianbao.proofread.gbk import damage

FIXTURES = Path(__file__).parent / "fixtures"
BREAKING = {0xAC, 0xBB, 0xBF, 0xBA, 0xA8, 0xA9, 0xA1}     # leads the chain eats after a 。 (A1 A3)
TO_FULL = str.maketrans(",;?:()!", "，；？：（）！")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=。)", text.replace("\n", "")) if len(s) > 6]


def _cases(text: str) -> list[str]:
    """Paragraphs the chain breaks as they stand, then each breakable sentence start after another sentence."""
    natural = [p for p in text.split("\n") if damage(p).translate(TO_FULL) != p]
    sents = _sentences(text)
    starters = list(dict.fromkeys(s[:18] for s in sents if s[0].encode("gbk")[0] in BREAKING))
    enders = [s[-16:] for s in sents if s.endswith("。")]
    return natural + [enders[(k * 7) % len(enders)] + start for k, start in enumerate(starters)]


def _outcome(clean: str) -> str:
    broken = damage(clean)
    found = check_text(broken, kinds=["encoding-damage"])
    if not found:
        return "missed"
    if apply_fixes(broken, found).translate(TO_FULL) == clean:
        return "exact"
    for f in found:
        for alt in f.alternatives:
            fixed = [Finding(**{**f.__dict__, "suggestion": alt}) if g is f else g for g in found]
            if apply_fixes(broken, fixed).translate(TO_FULL) == clean:
                return "alternative"
    return "wrong"


@pytest.mark.slow
def test_repair_quality_and_false_alarms(sample_text):
    clean_sample = apply_fixes(sample_text, check_text(sample_text))
    digest = (FIXTURES / "proofread" / "clean-simplified-digest.txt").read_text("utf-8")
    report = {}
    for name, text in (("traditional", clean_sample), ("simplified", digest)):
        assert check_text(text) == [], name                      # no finding of any kind on clean text
        outcomes = [_outcome(c) for c in _cases(text)]
        report[name] = {k: outcomes.count(k) for k in ("exact", "alternative", "wrong", "missed")}
    print("\nencoding repair on simulated damage:", report)
    trad = report["traditional"]
    total = sum(trad.values())
    assert total >= 20
    assert trad["exact"] >= 0.6 * total and trad["exact"] + trad["alternative"] >= 0.75 * total
