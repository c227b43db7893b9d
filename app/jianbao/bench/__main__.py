"""Dispatch `python -m jianbao.bench NAME [options]` to jianbao.bench.NAME.main(argv)."""
from __future__ import annotations

import importlib
import importlib.util
import sys

NAMES = ("ingest", "store", "convert", "export", "startup", "classify", "proofread", "split")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in NAMES:
        print(f"usage: python -m jianbao.bench {{{'|'.join(NAMES)}}} [options]", file=sys.stderr)
        return 2
    module = f"jianbao.bench.{argv[0]}"
    if importlib.util.find_spec(module) is None:
        print(f"benchmark {argv[0]!r} is not available in this build", file=sys.stderr)
        return 2
    return int(importlib.import_module(module).main(argv[1:]) or 0)


raise SystemExit(main(sys.argv[1:]))
