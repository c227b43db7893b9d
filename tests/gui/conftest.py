"""GUI fixtures: a real main window on a store in tmp_path, settings in tmp_path, no modal dialog left open."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

# The offscreen platform's default screen is 800x800; windows are restored and clamped against a
# realistic desktop instead (set before pytest-qt creates the QApplication).
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"

from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from jianbao.gui import split_preview  # noqa: E402

from conftest import SAMPLE  # noqa: E402


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A dialog a test did not patch would block forever offscreen: make it fail the test instead."""

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {type(self).__name__} {self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings" / "jianbao.ini"


@pytest.fixture
def open_window(qtbot, store_path, settings_path, monkeypatch):
    """`open_window(path=store_path)`: show a main window, open the store, wait until the worker is idle."""
    from jianbao.gui import dialogs
    from jianbao.gui.app import create_window
    from jianbao.gui.settings import open_settings

    monkeypatch.setattr(dialogs.FirstStartDialog, "ask", classmethod(lambda cls, parent: False))
    opened = []

    def make(path=store_path):
        window = create_window(open_settings(settings_path))
        qtbot.addWidget(window)
        window.show()
        window.open_store(path)
        wait_idle(qtbot, window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.worker.close()


def wait_idle(qtbot, window, timeout=20000):
    """Until every store call and its callback has run (the window's worker has nothing pending)."""
    qtbot.waitUntil(lambda: window.worker.ready and window.worker.idle(), timeout=timeout)


def type_text(widget, text):
    """Type Chinese as an input method does (QTest's key clicks only know ASCII): a commit per phrase."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for phrase in text.split(" "):
        event = QInputMethodEvent()
        event.setCommitString(phrase)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def type_into():
    """`type_into(widget, text)`: type through the input method."""
    return type_text


@pytest.fixture
def settle(qtbot):
    """`settle(window)`: wait until the window's worker is idle."""
    return lambda window, timeout=20000: wait_idle(qtbot, window, timeout)


@pytest.fixture
def accept_preview(monkeypatch):
    """Patch the preview so it is built for real, recorded, and accepted as it stands."""
    seen = []

    def review(cls, parent, worker, result):
        dialog = cls(parent, worker, result)
        seen.append(dialog)
        return dialog.result

    monkeypatch.setattr(split_preview.SplitPreviewDialog, "review", classmethod(review))
    return seen


@pytest.fixture
def imported_window(open_window, accept_preview, qtbot, sample_text):
    """A window whose store holds the sample bulletin (pasted and accepted)."""
    from PySide6.QtGui import QGuiApplication

    window = open_window()
    QGuiApplication.clipboard().setText(sample_text)
    window.actions_.paste.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 20, timeout=30000)
    wait_idle(qtbot, window)
    return window


@pytest.fixture
def shared_window(qtbot, pg_url, tmp_path, monkeypatch, settle):
    """`shared_window(name)`: a main window of the editor `name` (own settings) on the test's PostgreSQL store."""
    from jianbao.desk import Desk
    from jianbao.gui import dialogs
    from jianbao.gui.app import create_window
    from jianbao.gui.settings import open_settings

    monkeypatch.setattr(dialogs.FirstStartDialog, "ask", classmethod(lambda cls, parent: False))
    with Desk(pg_url) as desk:
        desk.import_file(SAMPLE)
    opened = []

    def make(name: str):
        settings = open_settings(tmp_path / f"{name}.ini")
        settings.setValue("prefs/editor_name", name)
        settings.sync()
        window = create_window(settings)
        qtbot.addWidget(window)
        window.show()
        window.open_store(pg_url)
        qtbot.waitUntil(lambda: window.live.listening and window.model.rowCount() == 20, timeout=20000)
        settle(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.live.stop()
        window.worker.close()
