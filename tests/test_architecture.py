"""House rules that keep the core headless and the CLI documented."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import jianbao


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(jianbao.__path__, "jianbao."):
        if ".gui" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_core_never_imports_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_every_command_has_help(capsys):
    from jianbao.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {"split", "import", "articles", "search"} <= set(sub.choices)
    for name, command in sub.choices.items():
        assert command.description, f"`jianbao {name}` has no description"
        for action in command._actions:
            if action.dest not in ("help",) and action.help is None and not action.option_strings == []:
                raise AssertionError(f"`jianbao {name}` option {action.option_strings} has no help")


def test_version_flag():
    out = subprocess.run([sys.executable, "-m", "jianbao", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"jianbao {jianbao.__version__}"
