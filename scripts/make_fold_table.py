"""Write resources/fold-table.txt: the character map behind script-insensitive search (jianbao/fold.py).

Run when OpenCC or Python's Unicode data should be followed: `python scripts/make_fold_table.py`.
A change of the table changes what stores hold in their search index: ship it with a schema
migration that rebuilds the index (as v5 did), never alone.

Every character maps to exactly one character, so folding keeps lengths and a substring of a
text folds to a substring of the folded text. What maps:
- Traditional and Simplified forms, and regional variants, to one representative: every pair
  OpenCC's t2s/s2t dictionaries relate, characters and the aligned characters of phrases
  (so that 瞭解 and 了解, 乾隆 and 乾隆 fold alike whichever way the text was converted);
- compatibility forms NFKC turns into one character, in the blocks Chinese text meets them
  (COMPATIBLE: full-width Ａ and ５, compatibility and radical forms of ideographs, CJK
  punctuation and vertical forms, odd spaces), and upper case to lower case.
Styled letters and digits (𝐀, Ⓐ, ², ℬ) are left as they are: no bulletin spells a word with them,
and each would widen the character class of every search for that letter, which the search runs
on every candidate article (`a` alone had 35 forms and made a scan of 100,000 articles 10x slower).
Forms NFKC expands into several characters (①, ㎡, ﬁ) are left as they are too.
"""
from __future__ import annotations

import collections
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "resources" / "fold-table.txt"
# (dictionary, holds phrases): the ones OpenCC's t2s, s2t, tw2s and hk2s conversions read.
DICTIONARIES = [
    ("TSCharacters", False), ("TSCharactersExt", False), ("TSPhrases", True), ("STCharacters", False),
    ("STPhrases", True), ("CJK_Compatibility_Ideographs", False), ("TWVariants", False), ("HKVariants", False),
]


def dictionary_pairs(folder: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Character pairs OpenCC relates, and each character's own t2s choice (the first candidate)."""
    clib = Path(opencc.__file__).parent / "clib"
    env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
    pairs, t2s = [], {}
    for name, phrases in DICTIONARIES:
        text_file = folder / f"{name}.txt"
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
                        "-o", str(text_file), "-f", "ocd2", "-t", "text"], check=True, env=env)
        for line in text_file.read_text("utf-8").splitlines():
            key, values = line.split("\t")
            candidates = values.split(" ")
            if name.startswith("TSCharacters") and len(key) == 1 and len(candidates[0]) == 1:
                t2s.setdefault(key, candidates[0])
            for value in candidates:
                if len(key) != len(value) or (not phrases and len(key) != 1):
                    continue  # phrases that change length do not align character by character
                pairs += [(a, b) for a, b in zip(key, value) if a != b]
    return pairs, t2s


def variant_map(pairs: list[tuple[str, str]], t2s: dict[str, str]) -> dict[str, str]:
    """Each character of a related group -> the group's representative: the Simplified form most of the
    group converts to (ties: the lowest code point)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    groups = collections.defaultdict(set)
    for a, b in pairs:
        groups[root(a)].update((a, b))
    out = {}
    for members in groups.values():
        votes = collections.Counter(t2s.get(m, m) for m in members)
        rep = min(members, key=lambda m: (-votes[m], ord(m)))
        out.update({m: rep for m in members if m != rep})
    return out


# Blocks whose NFKC forms are folded: (first, last) code points.
COMPATIBLE = [
    (0x00A0, 0x00A0), (0x2000, 0x200A), (0x202F, 0x202F), (0x205F, 0x205F),  # spaces
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation (ideographic space)
    (0x3200, 0x33FF),  # enclosed CJK letters and months, CJK compatibility
    (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),  # CJK compatibility ideographs (and supplement)
    (0xFE10, 0xFE1F), (0xFE30, 0xFE6F),  # vertical, compatibility and small forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x1F200, 0x1F2FF),  # enclosed ideographic supplement
]


def unicode_map() -> dict[str, str]:
    """Single characters lower case, or NFKC in a COMPATIBLE block, turn into one other character."""
    out = {}
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        compatible = any(first <= cp <= last for first, last in COMPATIBLE)
        f = (unicodedata.normalize("NFKC", c) if compatible else c).lower()
        if len(f) == 1 and f != c:
            out[c] = f
    return out


def build() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        pairs, t2s = dictionary_pairs(Path(tmp))
    variants, unicode = variant_map(pairs, t2s), unicode_map()
    table = {}
    for c in set(variants) | set(unicode):
        f, seen = c, set()
        while f not in seen:  # to a fixed point: folding twice changes nothing
            seen.add(f)
            f = variants.get(unicode.get(f, f), unicode.get(f, f))
        if f != c:
            table[c] = f
    return table


def main() -> int:
    table = build()
    lines = [
        "# Jianbao search folding: code point -> code point (hex). Generated by scripts/make_fold_table.py",
        f"# from OpenCC {opencc.__version__} dictionaries and Unicode {unicodedata.unidata_version}; do not edit.",
    ]
    lines += [f"{ord(c):x}\t{ord(f):x}" for c, f in sorted(table.items(), key=lambda kv: ord(kv[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="ascii")
    print(f"{OUT}: {len(table)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
