"""Entry point of the bundled app: the same as `python -m jianbao` (GUI without arguments, else the CLI)."""
from __future__ import annotations

import multiprocessing

from jianbao.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows app must not re-run main() in worker processes
    raise SystemExit(main())
