"""Rebuild resources/segmenter.json (where articles begin) from the real digests in tests/fixtures.

    .venv/bin/python scripts/build_segmenter.py

The model records the fingerprint of the fixtures it was built from; a test fails when they change and
the model was not rebuilt. `python -m jianbao.bench split` evaluates it source by source.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from jianbao.ingest.segment_train import corpus, corpus_fingerprint, fit  # noqa: E402

OUT = ROOT / "app" / "jianbao" / "resources" / "segmenter.json"


def main() -> int:
    digests = corpus()
    sources = sorted({d.source for d in digests})
    meta = {
        "fixtures": corpus_fingerprint(),
        "sources": sources,
        "digests": len(digests),
        "articles": sum(len(d.titles) for d in digests),
        "built_by": "scripts/build_segmenter.py",
    }
    model = fit(digests, meta)
    OUT.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(model.lines.weights)} line weights, {len(model.glued.weights)} title-end "
          f"weights, from {meta['articles']} articles of {len(sources)} sources ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
