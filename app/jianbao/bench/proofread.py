"""`python -m jianbao.bench proofread`: how the `typo` and `expression` checks judge real text.

- false findings per 2,000 characters of clean real text (the sample after its own fixes, the digests
  and the clean digest of tests/fixtures, when run from a checkout; the shipped sample alone otherwise);
- sentence-level detection and correction precision, recall and F1 (the standard definitions, see
  jianbao.bench.csc) on the public sets: SIGHAN 2015 test (Simplified and Traditional) and ECSpell's law
  and medical test splits, beside published figures of other systems; with --train also on the train
  splits the thresholds were tuned on (marked so); then on the same clean sentences as above, half given one wrong
  character from the checker's own confusion sets (seeded: an upper bound, not an honest figure);
- encoding damage on text it never saw: real digests put through the chain that damaged the sample (a
  character-by-character Simplified->Traditional conversion, then `gbk.damage`), each checked whole, then scored
  line by line: damaged lines found (recall and precision) and restored exactly, on the dev sources the repair
  was tuned on and, apart, on held-out text it was never tuned on and the language model never counted
  (`--only damage` runs this alone). Measured 2026-12-07: dev (3 sources, 1,597 lines, 186 damaged) recall
  0.995, precision 1.000, exact 0.747; held out (新闻联播 2022-10-01 and two 人民日报 days, 511 lines, 166
  damaged) recall 1.000, precision 1.000, exact 0.741;
- characters per second on a 25,000-character issue, and the ratio of its time to one raw OpenCC t2s
  pass over the same text (the peer, measured in the same run).
"""
from __future__ import annotations

import argparse
import random
import re
import time
from dataclasses import replace
from pathlib import Path

KINDS = ["typo", "expression"]
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]")


def clean_texts() -> list[tuple[str, str]]:
    from jianbao.paths import sample_path
    from jianbao.proofread import apply_fixes, check_text

    sample = sample_path().read_text("utf-8")
    out = [("sample (after its fixes)", apply_fixes(sample, check_text(sample)))]
    fixtures = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
    for rel in ("digests/xinwenlianbo-20221001.md", "digests/evening-news-digest.txt",
                "proofread/clean-simplified-digest.txt"):
        if (fixtures / rel).exists():
            out.append((rel, (fixtures / rel).read_text("utf-8")))
    return out


def inject(sentence: str, rng: random.Random) -> tuple[str, int, str] | None:
    """One wrong character in a common word of `sentence`: (new sentence, position, right character)."""
    from jianbao.proofread import lm
    from jianbao.proofread.confusion import confusables
    from jianbao.proofread.typo import FUNCTION, _tokens

    freq, pos, options = lm.model().freq, 0, []
    for tok in _tokens(sentence):
        if len(tok) >= 2 and freq.get(tok, 0) >= 1000 and all(lm.is_han(c) for c in tok):
            for i, ch in enumerate(tok):
                if ch not in FUNCTION:
                    options.extend((pos + i, tok, i, alt) for alt in sorted(confusables(ch))
                                   if freq.get(tok[:i] + alt + tok[i + 1:], 0) == 0)
        pos += len(tok)
    if not options:
        return None
    at, _tok, _i, alt = rng.choice(options)
    return sentence[:at] + alt + sentence[at + 1:], at, sentence[at]


def sentence_scores(texts: list[str], seed: int) -> dict[str, float]:
    from jianbao.proofread import check_text

    rng = random.Random(seed)
    sentences = [s.strip() for t in texts for s in _SENTENCE.findall(t) if len(s.strip()) >= 10]
    tp_d = tp_c = flagged = wrong = 0
    for sentence in sentences:
        made = inject(sentence, rng) if rng.random() < 0.5 else None
        text = made[0] if made else sentence
        findings = check_text(text, kinds=KINDS)
        flagged += bool(findings)
        if made:
            wrong += 1
            hit = [f for f in findings if f.start <= made[1] < f.end]
            tp_d += bool(hit)
            tp_c += any(f.suggestion is not None and text[:f.start] + f.suggestion + text[f.end:] == sentence for f in hit)
    out = {"sentences": len(sentences), "with a slip": wrong}
    for name, tp in (("detection", tp_d), ("correction", tp_c)):
        p, r = tp / flagged if flagged else 0.0, tp / wrong if wrong else 0.0
        out.update({f"{name} precision": p, f"{name} recall": r, f"{name} F1": 2 * p * r / (p + r) if p + r else 0.0})
    return out


TO_FULL = str.maketrans(",;?:()!", "，；？：（）！")


def naive_traditional(text: str) -> str:
    """The first step of the sample's chain: each character converted alone (干部 stays 干部, 发 is 發)."""
    from jianbao.script.engine import converter

    conv = converter("s2t")
    return "".join(conv.convert(ch) for ch in text)


# The chain-built set, split by source (never by lines of one document). The repair was tuned on DEV; HELD_OUT
# is text the language model never counted (scripts/build_lm.py reads tests/fixtures/digests/*/ only).
DEV = ("digests/tw-tainan-city-gov", "digests/rmrb-rss-pages", "digests/mo-gcs-press")
HELD_OUT = ("digests/xinwenlianbo-20221001.md", "proofread/damage")


def damage_documents(names: tuple[str, ...]) -> list[list[str]]:
    """The real digests named (relative to tests/fixtures), each as its paragraphs of 10 characters or more."""
    from jianbao.ingest import split_file

    fixtures = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
    paths = [p for name in names for p in ([fixtures / name] if (fixtures / name).is_file()
                                           else sorted((fixtures / name).glob("*.*")))
             if p.suffix in (".md", ".txt") and p.name != "README.md"]
    return [[p for a in split_file(path, classify=False).articles for p in a.body.split("\n") if len(p) >= 10]
            for path in paths]


def damage_scores(documents: list[list[str]]) -> dict[str, float]:
    """Put each digest through the chain and check it whole, as an editor would; score it line by line.

    A line is damaged when more than its marks' width changed: full-width and ASCII marks count as the
    same (TO_FULL on both sides), a mark replaced on its own boundaries being the punctuation check's business.
    """
    from jianbao.proofread import apply_fixes, check_text
    from jianbao.proofread.gbk import damage

    lines = damaged = found_damaged = flagged = exact = 0
    for paragraphs in documents:
        pairs = []
        for paragraph in paragraphs:
            clean = naive_traditional(paragraph)
            try:
                pairs.append((clean.translate(TO_FULL), damage(clean)))
            except UnicodeEncodeError:  # a character outside GBK cannot take this road
                continue
        text = "\n".join(broken for _, broken in pairs)
        findings = check_text(text, kinds=["encoding-damage"])
        start = 0
        for clean, broken in pairs:
            end = start + len(broken)
            mine = [f for f in findings if start <= f.start < end]
            local = [replace(f, start=f.start - start, end=f.end - start) for f in mine]
            hurt = broken.translate(TO_FULL) != clean
            lines += 1
            damaged += hurt
            flagged += bool(mine)
            found_damaged += hurt and bool(mine)
            exact += hurt and apply_fixes(broken, local).translate(TO_FULL) == clean
            start = end + 1
    return {"damage paragraphs": lines, "damaged": damaged,
            "damage detection recall": found_damaged / damaged if damaged else 0.0,
            "damage detection precision": found_damaged / flagged if flagged else 0.0,
            "damage restored exactly": exact / damaged if damaged else 0.0}


def damage_report() -> None:
    for label, names in (("dev (tuned on)", DEV), ("held out (never tuned on, never counted by the LM)", HELD_OUT)):
        print(f"encoding damage, {label}: {', '.join(names)}")
        for key, value in damage_scores(damage_documents(names)).items():
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value} paragraphs")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench proofread", description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--train", action="store_true", help="also score the train splits the thresholds were tuned on")
    parser.add_argument("--only", choices=["damage"], help="run one section alone")
    args = parser.parse_args(argv)
    if args.only == "damage":
        damage_report()
        return 0

    from jianbao.bench import csc
    from jianbao.proofread import check_text, lm

    texts = clean_texts()
    chars = findings = 0
    for name, text in texts:
        found = check_text(text, kinds=KINDS)
        chars, findings = chars + len(text), findings + len(found)
        print(f"clean text {name}: {len(found)} findings in {len(text)} chars")
    print(f"false findings per 2000 chars of clean text: {findings * 2000 / chars:.2f} findings")
    csc.report(train=args.train)
    print("seeded slips from the checker's own confusion sets (an upper bound):")
    for key, value in sentence_scores([t for _, t in texts], args.seed).items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value} sentences")

    damage_report()

    issue = "\n".join(t for _, t in texts)
    issue = (issue * (25_000 // len(issue) + 1))[:25_000]
    start = time.perf_counter()
    check_text(issue, kinds=KINDS)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    lm.to_simplified(issue)
    peer = time.perf_counter() - start
    print(f"typo+expression on a 25,000-char issue: {ours:.3f} s ({len(issue) / ours:,.0f} chars/s)")
    print(f"raw OpenCC t2s over the same text: {peer:.4f} s")
    print("typo+expression time / raw OpenCC pass")
    print(f"ratio: {ours / peer:.2f}x")
    return 0
