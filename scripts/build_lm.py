"""Rebuild resources/lm/bigrams.tsv.gz: character-pair counts of public Chinese government and news text.

    .venv/bin/python scripts/build_lm.py

Sources (each named with its repository, commit and licence in the README beside it): the real digests of
tests/fixtures/digests/*/ (not the top-level ones, which the bench keeps for false-finding and damage
figures), and the right-hand (corrected) sides of the train splits in tests/fixtures/proofread/train
(ECSpell law, medical and official-document train splits; SIGHAN 2015 train). Traditional text is
counted in Simplified (OpenCC t2s). The first line records the sources' fingerprint; a test fails when
they change and the file was not rebuilt. `python -m jianbao.bench proofread` evaluates what it serves.
"""
from __future__ import annotations

import gzip
import io
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from jianbao.proofread.lm import BIGRAMS, corpus_fingerprint, corpus_sources, to_simplified  # noqa: E402

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def texts(path: Path) -> list[str]:
    raw = path.read_text("utf-8")
    if path.suffix == ".tsv":      # ECSpell: label, text as written, text corrected
        return [p[2] for p in (line.split("\t") for line in raw.splitlines()) if len(p) == 3]
    return [to_simplified(raw)]


def main() -> int:
    counts: Counter[str] = Counter()
    chars = 0
    for path in corpus_sources(ROOT / "tests" / "fixtures"):
        for text in texts(path):
            for run in HAN_RUN.findall(text):
                chars += len(run)
                counts.update(run[i:i + 2] for i in range(len(run) - 1))
    out = ROOT / "app" / "jianbao" / "resources" / BIGRAMS
    # mtime 0: the same sources give the same bytes
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, "utf-8") as f:
        f.write(f"# fingerprint {corpus_fingerprint(ROOT / 'tests' / 'fixtures')} chars {chars}\n")
        for pair, n in sorted(counts.items()):
            f.write(f"{pair}\t{n}\n")
    print(f"{out.relative_to(ROOT)}: {len(counts)} pairs from {chars} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
