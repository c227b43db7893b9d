"""Build the UI translations: update the .ts files from the GUI sources, then compile them to .qm.

    python scripts/build_translations.py          update + compile
    python scripts/build_translations.py --check  fail if a string in the sources has no English translation

Simplified Chinese is the source language (no file needed). Traditional Chinese (zh_TW) is filled
from the Simplified source by OpenCC s2twp wherever a translator has not written one; English (en)
is written by hand in jianbao_en.ts (Qt Linguist or any editor), never generated.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The GUI, and the core's fixed messages the GUI shows translated (QT_TRANSLATE_NOOP in store/pg_errors.py).
SOURCES = sorted((ROOT / "app" / "jianbao" / "gui").glob("*.py")) + [ROOT / "app" / "jianbao" / "store" / "pg_errors.py"]
OUT = ROOT / "app" / "jianbao" / "resources" / "translations"
LANGUAGES = ("zh_TW", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running interpreter's environment."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6-Essentials)")
    return found


def update(ts: Path, language: str) -> None:
    subprocess.run([tool("lupdate"), *map(str, SOURCES), "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", language, "-ts", str(ts)],
                   check=True, capture_output=True)


def messages(ts: Path):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def fill_traditional(ts: Path) -> int:
    """Unfinished zh_TW entries get the OpenCC s2twp conversion of the source (Taiwan wording)."""
    import opencc

    convert = opencc.OpenCC("s2twp").convert
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and (translation.get("type") == "unfinished" or not translation.text):
            translation.text = convert(message.findtext("source") or "")
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        write(tree, ts)
    return filled


def write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def unfinished(ts: Path) -> list[str]:
    out = []
    for _tree, context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                out.append(f"{context}: {message.findtext('source')}")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every string is translated")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    missing: list[str] = []
    scratch = Path(tempfile.mkdtemp()) if args.check else None
    for language in LANGUAGES:
        ts = OUT / f"jianbao_{language}.ts"
        if scratch is not None:  # check against the sources as they are now, without touching the files
            ts = Path(shutil.copy(ts, scratch / ts.name))
            update(ts, language)
        else:
            update(ts, language)
            if language == "zh_TW":
                print(f"zh_TW: {fill_traditional(ts)} entries filled by OpenCC s2twp")
        gaps = unfinished(ts) if language != "zh_TW" or not args.check else []
        missing += [f"{language} {g}" for g in gaps]
        if not args.check:
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                           capture_output=True)
            print(f"{language}: {ts.with_suffix('.qm').name} built ({len(gaps)} untranslated)")
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
