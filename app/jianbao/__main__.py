"""`python -m jianbao` runs the command line (and the GUI with no arguments)."""
from jianbao.cli import main

raise SystemExit(main())
