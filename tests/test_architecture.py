"""House rules that keep the core headless and the CLI documented."""
from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

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


def _imports(path) -> list[tuple[int, str]]:
    """(line, module) of every import in a source file, wherever it stands (inside functions too)."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found += [(node.lineno, node.module)] + [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def test_gui_and_cli_reach_the_store_only_through_the_desk():
    """With a backend per engine, the Desk is the only door: no front end names the store."""
    package = Path(jianbao.__file__).parent
    bad = [f"{path.relative_to(package)}:{line} imports {module}"
           for front in ("gui", "cli") for path in sorted((package / front).rglob("*.py"))
           for line, module in _imports(path) if module == "jianbao.store" or module.startswith("jianbao.store.")]
    assert not bad, bad


def test_the_door_check_sees_a_store_import(tmp_path):
    """The rule above can fail: an import of the store inside a function is found."""
    source = tmp_path / "widget.py"
    source.write_text("def f():\n    from jianbao.store.search import spans\n    import jianbao.store\n", "utf-8")
    assert [m for _, m in _imports(source) if m.startswith("jianbao.store")] == [
        "jianbao.store.search", "jianbao.store.search.spans", "jianbao.store"]
