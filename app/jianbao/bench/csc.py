"""Public Chinese spelling-check sets (SIGHAN 2015, ECSpell law and medical) scored at sentence level.

The standard definitions: a sentence is a detection hit when the set of positions the checker changes is
exactly the set of wrong positions, a correction hit when the characters put there are the right ones too;
precision counts over the sentences the checker changed, recall over the sentences that have errors.

    >>> s = score([("他再接再励", "他再接再厉", {4: "厉"})])
    >>> s["detection precision"], s["correction recall"]
    (1.0, 1.0)
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "proofread"

# Published sentence-level figures on the SIGHAN 2015 test set, (precision, recall, F1) as percentages,
# detection then correction, as printed in Table 3 of Cheng et al., "SpellGCN: Incorporating Phonological
# and Visual Similarities into Language Models for Chinese Spelling Check", ACL 2020 (its own row and
# the rows it reports for earlier systems). None: not reported there.
PUBLISHED_SIGHAN15 = {
    "Hybrid (Wang et al., 2018)": ((56.6, 69.4, 62.3), (None, None, 57.1)),
    "FASpell (Hong et al., 2019)": ((67.6, 60.0, 63.5), (66.6, 59.1, 62.6)),
    "SpellGCN (Cheng et al., 2020)": ((74.8, 80.7, 77.7), (72.1, 77.7, 75.9)),
}
# The rule-and-n-gram checker closest to ours in kind: pycorrector's kenlm corrector (jieba words,
# sound/shape confusion, a 2.8 GB Gigaword n-gram model), correction level by pycorrector's own sentence-level
# scoring, as its author recorded it in examples/evaluate_models.py of shibing624/pycorrector.
PUBLISHED_NGRAM_SIGHAN15 = {"pycorrector kenlm (correction)": (65.32, 14.92, 24.29)}

Case = tuple[str, str, dict[int, str]]     # (text as written, right text, {position: right character})


def _case(wrong: str, right: str) -> Case | None:
    if len(wrong) != len(right):
        return None
    return wrong, right, {i: r for i, (w, r) in enumerate(zip(wrong, right)) if w != r}


def sighan15(script: str) -> list[Case]:
    """The 1,100 test sentences of SIGHAN 2015 in `script` ('simplified' or 'traditional')."""
    folder = FIXTURES / "sighan15"
    wrong = (folder / f"{script}-test-error.txt").read_text("utf-8").splitlines()
    right = (folder / f"{script}-test-correct.txt").read_text("utf-8").splitlines()
    return [c for c in map(_case, wrong, right) if c]


def ecspell(domain: str) -> list[Case]:
    """ECSpell's test split for `domain` ('law' or 'med'; never the reserved 'odw')."""
    if domain not in ("law", "med"):
        raise ValueError(f"not a public ECSpell split: {domain}")
    out = []
    for line in (FIXTURES / "ecspell" / f"{domain}.test.tsv").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            case = _case(parts[1], parts[2])
            if case:
                out.append(case)
    return out


def train_splits() -> dict[str, list[Case]]:
    """The train splits the `typo` thresholds were tuned on (tests/fixtures/proofread/train)."""
    folder = FIXTURES / "train"
    wrong = (folder / "sighan15-simplified-train-error.txt").read_text("utf-8").splitlines()
    right = (folder / "sighan15-simplified-train-correct.txt").read_text("utf-8").splitlines()
    out = {"SIGHAN15 train (simplified)": [c for c in map(_case, wrong, right) if c]}
    for domain in ("law", "med"):
        rows = [line.split("\t") for line in (folder / f"ecspell-{domain}.train.tsv").read_text("utf-8").splitlines()]
        out[f"ECSpell {domain} train"] = [c for c in (_case(r[1], r[2]) for r in rows if len(r) == 3) if c]
    return out


def test_sets() -> dict[str, Callable[[], list[Case]]]:
    return {"SIGHAN15 simplified": lambda: sighan15("simplified"),
            "SIGHAN15 traditional": lambda: sighan15("traditional"),
            "ECSpell law": lambda: ecspell("law"), "ECSpell med": lambda: ecspell("med")}


def _print(name: str, s: dict[str, float]) -> None:
    print(f"{name}: {s['sentences']} sentences, {s['with errors']} with errors, {s['flagged']} flagged")
    for kind in ("detection", "correction"):
        p, r, f1 = (s[f"{kind} {m}"] for m in ("precision", "recall", "F1"))
        print(f"{name} {kind}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def predict(text: str) -> dict[int, str]:
    """{position: character put there} for every one-for-one change the `typo`/`expression` checks offer."""
    from jianbao.proofread import check_text

    out: dict[int, str] = {}
    for f in check_text(text, kinds=["typo", "expression"]):
        if f.suggestion is None or len(f.suggestion) != f.end - f.start:
            continue
        out.update({f.start + i: s for i, (w, s) in enumerate(zip(f.text, f.suggestion)) if w != s})
    return out


def _prf(tp: int, flagged: int, wrong: int) -> tuple[float, float, float]:
    p, r = (tp / flagged if flagged else 0.0), (tp / wrong if wrong else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(cases: Iterable[Case], checker: Callable[[str], dict[int, str]] = predict) -> dict[str, float]:
    """Sentence-level detection and correction precision, recall and F1 of `checker` on `cases`."""
    tp_d = tp_c = flagged = wrong = n = 0
    for text, _right, gold in cases:
        got = checker(text)
        n += 1
        flagged += bool(got)
        wrong += bool(gold)
        if gold and set(got) == set(gold):
            tp_d += 1
            tp_c += got == gold
    out: dict[str, float] = {"sentences": n, "with errors": wrong, "flagged": flagged}
    for name, tp in (("detection", tp_d), ("correction", tp_c)):
        p, r, f1 = _prf(tp, flagged, wrong)
        out.update({f"{name} precision": p, f"{name} recall": r, f"{name} F1": f1})
    return out


def report(train: bool = False) -> None:
    """Print each public set's figures, then the published ones beside them (and the train splits')."""
    if not (FIXTURES / "sighan15").exists():
        print("public sets: not in this build (run from a checkout)")
        return
    for name, load in test_sets().items():
        _print(name, score(load()))
    print("published, SIGHAN15 (Table 3 of Cheng et al., ACL 2020; percent):")
    for system, (det, cor) in PUBLISHED_SIGHAN15.items():
        fmt = lambda t: "/".join("-" if v is None else f"{v:.1f}" for v in t)  # noqa: E731
        print(f"  {system}: detection P/R/F1 {fmt(det)}, correction P/R/F1 {fmt(cor)}")
    for system, prf in PUBLISHED_NGRAM_SIGHAN15.items():
        print(f"  {system}: P/R/F1 {'/'.join(f'{v:.1f}' for v in prf)}")
    if not train:
        return
    print("train splits (the thresholds were tuned on these; not a test):")
    for name, cases in train_splits().items():
        _print(name, score(cases))
