"""Entry point of the bundled app: the same as `python -m jianbao` (GUI without arguments, else the CLI)."""
from __future__ import annotations

import multiprocessing
import sys

from jianbao.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows app must not re-run main() in worker processes
    if sys.argv[1:2] == ["--pdf-layout"]:  # the child that reads a PDF (jianbao.ingest.pdf.child_command)
        from jianbao.ingest.pdf import child_main

        raise SystemExit(child_main(sys.argv[2], sys.argv[3]))
    raise SystemExit(main())
