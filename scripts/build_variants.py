"""Rebuild resources/variants.tsv: pairs of Traditional shapes of one character (鑒/鑑, 墻/牆) from Unihan.

    .venv/bin/python scripts/build_variants.py

Source: tests/fixtures/script/Unihan_Variants.txt (Unicode's Unihan database, kZVariant and
kSemanticVariant; see the README beside it). Kept: pairs of characters that OpenCC converts to the same
Simplified character, so 幹/乾 or 發/髮 (different words) never pair. The script checks offer the shape the
standard (the round trip through Taiwan forms) writes when the text has its variant.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from jianbao.script.tables import read_dict  # noqa: E402

SOURCE = ROOT / "tests" / "fixtures" / "script" / "Unihan_Variants.txt"
OUT = ROOT / "app" / "jianbao" / "resources" / "variants.tsv"


def pairs(text: str) -> list[tuple[str, str]]:
    to_simple = read_dict("TSCharacters")
    found = set()
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or parts[1] not in ("kZVariant", "kSemanticVariant"):
            continue
        a = chr(int(parts[0][2:], 16))
        for code in parts[2].split():
            b = chr(int(code.split("<")[0][2:], 16))
            sa, sb = to_simple.get(a), to_simple.get(b)
            if a != b and sa and sb and sa[0] == sb[0]:
                found.update({(a, b), (b, a)})
    return sorted(found)


def render(text: str) -> str:
    lines = ["# variant\tsibling: two Traditional shapes of one character (scripts/build_variants.py, from Unihan)"]
    return "\n".join(lines + [f"{a}\t{b}" for a, b in pairs(text)]) + "\n"


def main() -> int:
    OUT.write_text(render(SOURCE.read_text("utf-8")), "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(pairs(SOURCE.read_text('utf-8')))} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
