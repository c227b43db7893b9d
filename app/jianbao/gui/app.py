"""Starting the GUI: the application object, fonts, language, the main window on a store."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from jianbao.gui.i18n import install_language
from jianbao.gui.main_window import MainWindow
from jianbao.gui.settings import load_prefs, open_settings, preferred_store
from jianbao.gui.worker import DeskWorker

UI_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"]


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jianbao")
    app.setApplicationDisplayName("简报 Jianbao")
    app.setOrganizationName("Jianbao")
    font = QFont(app.font())
    font.setFamilies(UI_FONTS)
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    return app


def create_window(settings: QSettings | None = None) -> MainWindow:
    """A main window with its own worker, layout restored, language installed; the store is opened later."""
    app = make_app()
    settings = settings if settings is not None else open_settings()
    install_language(app, load_prefs(settings).language)
    worker = DeskWorker()
    window = MainWindow(worker, settings)
    worker.setParent(window)
    window.state.restore_layout()
    return window


def run_gui(store: str | Path | None = None) -> int:
    """`jianbao` with no arguments: show the window at once, open the store on the worker, run."""
    app = make_app()
    window = create_window()
    app.aboutToQuit.connect(window.close)  # quitting by any road saves the edit in progress and the layout
    window.show()
    window.open_store(store if store is not None else preferred_store(window.prefs))
    return int(app.exec())
