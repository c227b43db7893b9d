"""The lazy article list, what start-up imports, conflicts on save, and the classifier update after a relabel."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


@pytest.fixture(params=["sqlite", "postgresql"])
def big_store(store_path, request):
    """A store of 450 synthetic articles (more than two pages of the list): a file, and on a PostgreSQL server."""
    from jianbao.bench.store import build_store

    location = request.getfixturevalue("pg_url") if request.param == "postgresql" else store_path
    build_store(location, 450, batch=150)
    return location


def test_list_pages_in_as_it_scrolls(open_window, big_store, qtbot, settle):
    from jianbao.gui.list_model import PAGE

    window = open_window(big_store)
    model = window.model
    assert model.total == 450
    assert model.rowCount() == PAGE  # one page, not the whole store
    assert model.canFetchMore()
    model.fetchMore()
    settle(window)
    assert model.rowCount() == 2 * PAGE
    window.list.scrollToBottom()  # the view asks for the rest itself
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10000)
    assert not model.canFetchMore()
    ids = [model.article_id(r) for r in range(450)]
    assert ids == sorted(ids) and len(set(ids)) == 450


def test_sorting_reloads_from_the_store(open_window, big_store, settle):
    window = open_window(big_store)
    window.list.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    settle(window)
    titles = [window.model.row_data(r).title for r in range(window.model.rowCount())]
    assert len(titles) == 200
    from jianbao.desk import Desk
    from jianbao.store import ArticleFilter

    with Desk(big_store) as desk:
        expected = [r.title for r in desk.list_articles(ArticleFilter(), order="title", descending=True, limit=200)]
    assert titles == expected


def test_start_up_path_stays_light(tmp_path):
    """Until the store opens, the window imports neither the store nor any heavy library."""
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["JIANBAO_SETTINGS"] = {str(tmp_path / "s.ini")!r}
        from jianbao.gui.app import create_window, make_app
        app = make_app()
        window = create_window()
        window.show()
        for _ in range(20):
            app.processEvents()
        heavy = [m for m in ("docx", "opencc", "sklearn", "jieba", "numpy", "sqlite_utils", "jianbao.store",
                             "jianbao.desk", "jianbao.models", "jianbao.gui.editor", "jianbao.gui.split_preview")
                 if m in sys.modules]
        print("HEAVY", heavy)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_save_after_a_change_elsewhere_asks(imported_window, qtbot, settle, store_path, monkeypatch, type_into):
    from jianbao.desk import Desk
    from jianbao.gui import dialogs

    window = imported_window
    window.select_article(window.model.article_id(0))
    qtbot.waitUntil(lambda: window.editor.article_id == window.model.article_id(0))
    settle(window)
    editor = window.editor
    article_id = editor.article_id
    with Desk(store_path) as other:  # someone saves the same article from the command line
        other.edit_article(article_id, {"status": "checked"})
    editor.title.end(False)
    type_into(editor.title, "（改）")
    asked = []
    monkeypatch.setattr(dialogs.ConflictDialog, "ask",
                        classmethod(lambda cls, parent, current, mine, **kw: asked.append((current.revision, mine)) or "mine"))
    window.actions_.save.trigger()
    settle(window)
    assert asked and asked[0][0] == 2 and "title" in asked[0][1]
    with Desk(store_path) as desk:
        art = desk.article(article_id)
    assert art.title.endswith("（改）") and art.status == "checked" and art.revision == 3


def test_relabel_updates_the_classifier_in_the_background(imported_window, qtbot, settle, monkeypatch):
    from jianbao.desk import Desk

    calls = []
    original = Desk.retrain

    def spy(self, *args, **kwargs):
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Desk, "retrain", spy)
    window = imported_window
    window.select_article(window.model.article_id(2))
    qtbot.waitUntil(lambda: window.editor.article_id == window.model.article_id(2))
    editor = window.editor
    combo = editor.meta.category
    index = combo.findData("项目建设")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    window.actions_.save.trigger()
    settle(window)
    assert editor._retrain.isActive()  # waits a moment so several relabels train once
    editor._retrain.timeout.emit()
    assert window.progress.running == 1
    settle(window, 60000)
    assert calls and window.progress.running == 0


def test_jianbao_without_arguments_starts_the_window(tmp_path, store_path):
    """`jianbao --store X` runs the GUI on X until the application quits (here by a timer)."""
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        desk.store.add_article({"title": "已有的一篇", "body": "正文。"})
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["JIANBAO_SETTINGS"] = {str(tmp_path / "s.ini")!r}
        from PySide6.QtCore import QTimer
        import jianbao.gui.app as gui_app
        make_app = gui_app.make_app

        def make_and_stop(argv=None):
            app = make_app(argv)
            if not getattr(app, "_stop_set", False):
                app._stop_set = True
                QTimer.singleShot(3000, app.quit)
            return app

        gui_app.make_app = make_and_stop
        from jianbao.cli import main
        sys.exit(main(["--store", {str(store_path)!r}]))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "s.ini").read_text().count("geometry") >= 1  # closed properly: the layout was saved
