"""`python -m jianbao.bench ingest`: decode+clean+split+classify of ~1 MB against raw OpenCC t2s passes.

The ~1 MB input is the sample repeated, as a year of one office's bulletins repeats its mastheads and
units; from a checkout the real digests of tests/fixtures/digests are measured too, run together into one
input in which lines seldom repeat: per-line work that a repeated line skips is paid in full there.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from jianbao.paths import sample_path


def one_megabyte() -> bytes:
    """The sample repeated (each copy kept a distinct bulletin) to about 1 MB of UTF-8."""
    text = sample_path().read_text("utf-8")
    copies = max(1, (1 << 20) // len(text.encode("utf-8")))
    return "\n".join([text] * copies).encode("utf-8")


def real_digests() -> list[bytes]:
    """The plain-text and Markdown digests of the corpus (none outside a checkout)."""
    folder = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "digests"
    files = sorted(p for p in folder.glob("*/*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    return [p.read_bytes() for p in files]


def _timed(data: bytes, repeat: int) -> tuple[float, float, int]:
    """Median seconds of the whole ingest of `data` and of one raw OpenCC t2s pass over it, and the articles."""
    import opencc

    from jianbao.ingest import split_bytes

    text = data.decode("utf-8")
    converter = opencc.OpenCC("t2s")
    ingest, raw = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        articles = len(split_bytes(data, "bench.txt").articles)
        ingest.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        converter.convert(text)
        raw.append(time.perf_counter() - t0)
    return statistics.median(ingest), statistics.median(raw), articles


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench ingest")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each, the median is reported")
    args = parser.parse_args(argv)
    import opencc

    from jianbao.ingest import split_bytes

    data = one_megabyte()
    opencc.OpenCC("t2s").convert(data[:1000].decode("utf-8", "ignore"))
    split_bytes(data[:20000].decode("utf-8", "ignore").encode(), "warm-up")  # load models once, as the GUI does
    ingest, raw, articles = _timed(data, args.repeat)
    print(f"input: {len(data) / 1e6:.2f} MB")
    print(f"articles: {articles} articles")
    print(f"ingest: {ingest * 1000:.1f} ms")
    print(f"opencc_t2s: {raw * 1000:.1f} ms")
    print("ratio below: full ingest (decode+clean+split+classify) / one raw OpenCC t2s pass (target <= 5x)")
    print(f"ratio: {ingest / raw:.2f}x")
    real = real_digests()
    if real:
        joined = b"\n\n".join(real)
        ingest, raw, _ = _timed(joined, args.repeat)
        print(f"real digests run together ({len(real)} digests, {len(joined) / 1e6:.2f} MB):"
              f" ingest {ingest * 1000:.1f} ms, opencc_t2s {raw * 1000:.1f} ms, ratio {ingest / raw:.2f}x")
    return 0
