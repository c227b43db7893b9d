"""`python -m jianbao.bench startup`: process start to main window shown, against a bare PySide6 window.

Both are fresh processes measured in the same run, interleaved, median of N. Jianbao opens a store of
100,000 articles (built once and cached). Also reported: the article list's first paint with rows,
from the moment the list asks the store for its first page.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cached_store(n: int) -> Path:
    """A store with `n` synthetic articles, built once per schema version under the cache folder."""
    from jianbao.store import SCHEMA_VERSION

    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jianbao-bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"startup-{n}-v{SCHEMA_VERSION}.db"
    if not path.exists():
        from jianbao.bench.store import build_store

        partial = path.with_suffix(".part.db")
        partial.unlink(missing_ok=True)
        print(f"building a store of {n} articles (once) …", file=sys.stderr, flush=True)
        seconds = build_store(partial, n)
        print(f"built in {seconds:.0f} s", file=sys.stderr, flush=True)
        partial.replace(path)
    return path


def _env(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["JIANBAO_SETTINGS"] = str(settings)  # a fresh settings file: no user state, same window size
    # An installed app runs from compiled bytecode (pip compiles at install): let the warm-up run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(args: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Start a probe process; seconds from just before the start to each event it reports."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "jianbao.gui.probe", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    events: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        name, _, value = line.partition(" ")
        if value:
            events.setdefault(name, float(value) - started)
    return events


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m jianbao.bench startup", description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each, median reported (default 5)")
    args = parser.parse_args(argv)

    store = cached_store(args.articles)
    bare_shown: list[float] = []
    app_shown: list[float] = []
    list_paint: list[float] = []
    list_ready: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs + 1):
            settings = Path(tmp) / f"settings-{i}.ini"
            bare = run_once(["bare"], _env(settings))
            app = run_once(["app", str(store)], _env(settings))
            if i == 0:
                continue  # warm the file cache for both; not counted
            bare_shown.append(bare["shown"])
            app_shown.append(app["shown"])
            list_paint.append(app["list_painted"] - app["list_request"])
            list_ready.append(app["list_painted"])

    bare_s, app_s = statistics.median(bare_shown), statistics.median(app_shown)
    print(f"articles: {args.articles} articles")
    print(f"runs: {args.runs} runs")
    print(f"bare_window_shown: {bare_s * 1000:.0f} ms")
    print(f"jianbao_window_shown: {app_s * 1000:.0f} ms")
    print(f"list_first_paint: {statistics.median(list_paint) * 1000:.1f} ms")
    print(f"jianbao_list_rows_shown: {statistics.median(list_ready) * 1000:.0f} ms")
    print("ratio below: jianbao_window_shown / bare_window_shown (target <= 1.5x)")
    print(f"ratio: {app_s / bare_s:.2f}x")
    return 0
