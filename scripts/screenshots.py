"""Regenerate docs/screenshots/*.png: the main window's states at 1280x800, rendered offscreen with CJK fonts.

    python scripts/screenshots.py [--out docs/screenshots]

States: empty store (empty.png), the split preview of the shipped sample (split-preview.png), the editor
on an imported article (editor.png, also main.png for the README), a search for 周童 (search.png). Runs on a fresh store and settings
in a temporary folder; nothing of the user's is touched.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="jianbao-shots-"))
    # A desktop-sized offscreen screen (its default is 800x800, which would clamp a 1280x800 window).
    screen = tmp / "offscreen.json"
    screen.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["JIANBAO_SETTINGS"] = str(tmp / "settings.ini")
    os.environ.setdefault("XDG_DATA_HOME", str(tmp / "data"))

    from PySide6.QtWidgets import QApplication

    from jianbao.gui import dialogs
    from jianbao.gui.app import create_window, make_app
    from jianbao.gui.split_preview import SplitPreviewDialog
    from jianbao.paths import sample_path

    app = make_app()
    dialogs.FirstStartDialog.ask = classmethod(lambda cls, parent: False)  # type: ignore[method-assign]

    def wait(condition, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out waiting for the window")
            app.processEvents()
            time.sleep(0.01)

    def settle(window) -> None:
        wait(lambda: window.worker.ready and window.worker.idle())
        for _ in range(20):
            app.processEvents()

    def save(widget, name: str) -> None:
        path = args.out / name
        widget.grab().save(str(path))
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    window = create_window()
    window.resize(*SIZE)
    window.show()
    window.open_store(tmp / "store" / "jianbao.db")
    settle(window)
    save(window, "empty.png")

    results: list = []
    window.worker.submit(lambda desk: desk.preview_file(sample_path()), results.append)
    settle(window)
    preview = SplitPreviewDialog(window, window.worker, results[0])
    preview.resize(*SIZE)
    preview.show()
    preview.select_row(0)
    settle(window)
    save(preview, "split-preview.png")
    preview.close()

    window.worker.submit(lambda desk: desk.import_split(preview.result),
                         lambda res: window._imported(res.changed, res.article_ids[0]))
    settle(window)
    wait(lambda: window.model.rowCount() > 0)
    undecided = [r for r in range(window.model.rowCount()) if window.model.row_data(r).needs_decision]
    row = undecided[0] if undecided else 1
    window.select_article(window.model.article_id(row))
    settle(window)
    wait(lambda: window.editor.article_id == window.model.article_id(row))
    settle(window)
    save(window, "editor.png")
    save(window, "main.png")  # the README's picture of the main window

    window.filters.search.setText("周童")
    window.filters.search.returnPressed.emit()
    settle(window)
    window.select_article(window.model.article_id(0))
    settle(window)
    save(window, "search.png")

    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "app"))
    raise SystemExit(main(sys.argv[1:]))
