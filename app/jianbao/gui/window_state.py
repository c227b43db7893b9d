"""What the window remembers between sessions: geometry, splitters, sidebar entry, sort, last article."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings


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

    def restore_sort(self) -> None:
        """Once the list has its model (the header sorts the model as soon as the indicator is set)."""
        from PySide6.QtCore import Qt

        w, column, order = self.window, 0, Qt.SortOrder.AscendingOrder
        try:
            column = int(self.settings.value("list/sort_column", 0))
            order = Qt.SortOrder(int(self.settings.value("list/sort_order", 0)))
        except (TypeError, ValueError):
            pass
        w.model.set_order(column, order)
        w.list.horizontalHeader().setSortIndicator(column, order)

    def restore_splitters(self) -> None:
        """After the first show, when the window has its final size (else the panes get rescaled)."""
        value = self.settings.value("splitters/main")
        if isinstance(value, QByteArray):
            self.window.splitter.restoreState(value)

    def restore_editor_splitter(self, editor: Any) -> None:
        value = self.settings.value("splitters/editor")
        if isinstance(value, QByteArray):
            editor.splitter.restoreState(value)

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
        if w.editor_built:
            s.setValue("splitters/editor", w.editor.splitter.saveState())
        if w.model is not None:
            header = w.list.horizontalHeader()
            s.setValue("list/sort_column", header.sortIndicatorSection())
            s.setValue("list/sort_order", header.sortIndicatorOrder().value)
        s.setValue("selection/sidebar", w.sidebar.current_key())
        if w.editor_built and w.editor.article_id is not None:
            s.setValue("selection/article", w.editor.article_id)
        s.sync()
