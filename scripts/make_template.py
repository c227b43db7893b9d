#!/usr/bin/env python3
"""Rebuild resources/jianbao-template.docx (the default 简报 template) from jianbao.export.template_build."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from jianbao.export.template import DEFAULT_TEMPLATE  # noqa: E402
from jianbao.export.template_build import build_default_template  # noqa: E402


def main() -> int:
    target = ROOT / "app" / "jianbao" / "resources" / DEFAULT_TEMPLATE
    data = build_default_template()
    tmp = target.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    print(f"{target.relative_to(ROOT)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
