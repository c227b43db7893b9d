"""`python -m jianbao.bench ingest`: decode+clean+split+classify of ~1 MB against raw OpenCC t2s passes."""
from __future__ import annotations

import argparse
import statistics
import time

from jianbao.paths import sample_path


def one_megabyte() -> bytes:
    """The sample repeated (each copy kept a distinct bulletin) to about 1 MB of UTF-8."""
    text = sample_path().read_text("utf-8")
    copies = max(1, (1 << 20) // len(text.encode("utf-8")))
    return "\n".join([text] * copies).encode("utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench ingest")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each, the median is reported")
    args = parser.parse_args(argv)
    import opencc

    from jianbao.ingest import split_bytes

    data = one_megabyte()
    text = data.decode("utf-8")
    converter = opencc.OpenCC("t2s")
    converter.convert(text[:1000])
    split_bytes(data[:20000].decode("utf-8", "ignore").encode(), "warm-up")  # load models once, as the GUI does
    ingest, raw = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = split_bytes(data, "bench.txt")
        ingest.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        converter.convert(text)
        raw.append(time.perf_counter() - t0)
    print(f"input: {len(data) / 1e6:.2f} MB")
    print(f"articles: {len(result.articles)} articles")
    print(f"ingest: {statistics.median(ingest) * 1000:.1f} ms")
    print(f"opencc_t2s: {statistics.median(raw) * 1000:.1f} ms")
    print("ratio below: full ingest (decode+clean+split+classify) / one raw OpenCC t2s pass (target <= 5x)")
    print(f"ratio: {statistics.median(ingest) / statistics.median(raw):.2f}x")
    return 0
