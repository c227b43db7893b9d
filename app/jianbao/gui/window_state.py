"""What the window remembers between sessions: geometry, splitters, sidebar entry, sort, last article."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt


class WindowState:
    """Saved in QSettings on close, put back on start (the selection once the store is open)."""

    def __init__(self, window: Any, settings: QSettings) -> None:
        self.window = window
        self.settings = settings
        self.pending_article: int | None = None

    def restore_layout(self) -> None:
        """Geometry and splitters: before the window is shown."""
        s, w = self.settings, self.window
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            w.restoreGeometry(geometry)
        else:
            w.resize(1280, 800)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            w.restoreState(state)
        column = s.value("list/sort_column")
        if column is not None:
            try:
                order = Qt.SortOrder(int(s.value("list/sort_order", 0)))
                w.model.set_order(int(column), order)
                w.list.horizontalHeader().setSortIndicator(int(column), order)
            except (TypeError, ValueError):
                pass

    def restore_splitters(self) -> None:
        """After the first show, when the window has its final size (else the panes get rescaled)."""
        w = self.window
        for name, splitter in (("main", w.splitter), ("editor", w.editor.splitter)):
            value = self.settings.value(f"splitters/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def restore_selection(self) -> None:
        """Sidebar entry and last article: once the store is open."""
        key = self.settings.value("selection/sidebar")
        if key:
            self.window.sidebar.restore_key(str(key))
        article = self.settings.value("selection/article")
        try:
            self.pending_article = int(article) if article is not None and self.pending_article is None else \
                self.pending_article
        except (TypeError, ValueError):
            self.pending_article = None

    def save(self) -> None:
        s, w = self.settings, self.window
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/state", w.saveState())
        s.setValue("splitters/main", w.splitter.saveState())
        s.setValue("splitters/editor", w.editor.splitter.saveState())
        header = w.list.horizontalHeader()
        s.setValue("list/sort_column", header.sortIndicatorSection())
        s.setValue("list/sort_order", header.sortIndicatorOrder().value)
        s.setValue("selection/sidebar", w.sidebar.current_key())
        if w.editor.article_id is not None:
            s.setValue("selection/article", w.editor.article_id)
        s.sync()
