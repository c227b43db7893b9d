"""`python -m jianbao.bench split`: where articles begin, on real digests the model was not built from.

Leave one source out: for each source of tests/fixtures/digests (and the sample), a model fitted on the
other sources splits that source's digests as given, as one line with no breaks, and hard-wrapped at 28
characters; title recall and precision (exact titles at the right place) and boundary F1 per source and
form. Then what one bulletin corrected by an editor teaches: each source's other digests split by the
left-out model adapted to its first digest (as the Desk adapts to the split preview's corrections), and the
ingest cost ratio of `bench ingest`. Runs from a checkout (the fixtures are not installed).
"""
from __future__ import annotations

import argparse
import time

from jianbao.ingest.segment_train import FIXTURES, FORMS, Score, corpus, corrected, evaluate, leave_one_out

TARGETS = {"given": (0.95, 0.90, 0.95), "one-line": (0.90, None, None), "wrap28": (0.95, 0.90, 0.95)}


def _row(name: str, scores: dict[str, Score]) -> str:
    cells = [f"{name:<24}"]
    for form in FORMS:
        s = scores[form]
        cells.append(f"{s.recall:5.2f} {s.precision:5.2f} {s.boundary_f1:5.2f}")
    return " | ".join(cells)


def _misses(score: Score, form: str) -> str:
    r, p, f = TARGETS[form]
    bad = (score.recall < r) or (p is not None and score.precision < p) or (f is not None and score.boundary_f1 < f)
    return "  below target" if bad else ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench split")
    parser.add_argument("--source", help="only this source (leave-one-out on it)")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest cost ratio")
    args = parser.parse_args(argv)
    if not (FIXTURES / "digests").exists():
        print("bench split needs a checkout: tests/fixtures/digests is not here")
        return 2
    digests = corpus()
    sources = sorted({d.source for d in digests})
    print(f"corpus: {len(digests)} digests, {sum(len(d.titles) for d in digests)} articles, {len(sources)} sources")
    print("leave one source out: title recall, title precision, boundary F1 for each form")
    print(f"{'source':<24} | " + " | ".join(f"{form:^17}" for form in FORMS))
    totals = {form: Score() for form in FORMS}
    failing = []
    learned = []  # (source, before, after): its other digests as given, before and after one is corrected
    t0 = time.perf_counter()
    for source, model, held in leave_one_out(digests, only=args.source):
        scores = {form: Score() for form in FORMS}
        for d in held:
            for form in d.forms:
                scores[form].add(evaluate(model, d, form))
        if len(held) > 1:
            before, after, fixed = Score(), Score(), corrected(model, held[0])
            for d in held[1:]:
                before.add(evaluate(model, d, "given"))
                after.add(evaluate(fixed, d, "given"))
            learned.append((source, before, after))
        for form in FORMS:
            totals[form].add(scores[form])
        note = "".join(_misses(scores[form], form) and f"  {form} below target" for form in FORMS)
        if note:
            failing.append(source)
        print(_row(source, scores) + note)
    print(_row("all (pooled)", totals))
    print(f"leave-one-out fitting and splitting: {time.perf_counter() - t0:.1f} s")
    print("targets: with line breaks recall >= 0.95, precision >= 0.90, F1 >= 0.95; one line recall >= 0.90")
    print(f"sources below a target: {', '.join(failing) if failing else 'none'}")
    if learned:
        print("after the editor corrects one digest of the source (its first), on its other digests as given:")
        print(f"{'source':<24} | {'left out':^17} | {'one corrected':^17}")
        for source, before, after in learned:
            print(" | ".join([f"{source:<24}", *(f"{s.recall:5.2f} {s.precision:5.2f} {s.boundary_f1:5.2f}"
                                                 for s in (before, after))]))
    if not args.no_ingest:
        from jianbao.bench import ingest

        print("-- ingest cost (bench ingest) --")
        ingest.main(["--repeat", "3"])
    return 0
