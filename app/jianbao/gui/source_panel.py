"""The composer's source list: the store's articles, narrowed by bulletin or search, to drag into the issue."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from jianbao.gui.list_model import ArticleListModel, set_up_article_view
from jianbao.filters import ArticleFilter
from jianbao.gui.worker import DeskWorker

HIDDEN_COLUMNS = (0, 4, 6)  # id, units, script: picking needs title, category, date and status


class SourcePanel(QWidget):
    """Emits `add_requested(ids)` for "加入本期" or a double click."""

    add_requested = Signal(list)

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.search = QLineEdit(self)
        self.search.setObjectName("composerSearch")
        self.search.setPlaceholderText(self.tr("检索标题和正文"))
        self.search.setClearButtonEnabled(True)
        self.bulletin = QComboBox(self)
        self.bulletin.setObjectName("composerBulletin")
        self.bulletin.addItem(self.tr("全部文章"), None)
        self.model = ArticleListModel(worker, self)
        self.view = QTableView(self)
        self.view.setObjectName("composerSource")
        set_up_article_view(self.view, self.model, row_height=24, widths=((2, 70), (3, 82), (5, 64)))
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        for column in HIDDEN_COLUMNS:
            self.view.setColumnHidden(column, True)
        self.add_button = QPushButton(self.tr("加入本期 →"), self)
        self.add_button.setObjectName("addToIssue")
        self.add_button.setToolTip(self.tr("把选中的文章加到本期末尾（也可以直接拖过去）"))
        top = QHBoxLayout()
        top.addWidget(self.bulletin, 2)
        top.addWidget(self.search, 3)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(self.view, 1)
        col.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.bulletin.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.selected_ids()))
        self.view.doubleClicked.connect(lambda index: self.add_requested.emit(
            [self.model.article_id(index.row())] if self.model.article_id(index.row()) is not None else []))

    def query(self) -> ArticleFilter:
        text = self.search.text().strip()
        return ArticleFilter(query=text or None, bulletin_id=self.bulletin.currentData())

    def reload(self) -> None:
        if self._worker.ready:
            self.model.set_query(self.query())

    def load_bulletins(self) -> None:
        def done(bulletins: list[Any]) -> None:
            current = self.bulletin.currentData()
            self.bulletin.blockSignals(True)
            self.bulletin.clear()
            self.bulletin.addItem(self.tr("全部文章"), None)
            for b in bulletins:
                self.bulletin.addItem(self.tr("{0}（{1} 篇）").format(b.source, b.article_count), int(b.id))
            index = self.bulletin.findData(current)
            self.bulletin.setCurrentIndex(max(index, 0))
            self.bulletin.blockSignals(False)
            self.reload()

        self._worker.submit(lambda desk: desk.bulletins(), done)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.article_id(r) for r in rows) if i is not None]

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (tests and keyboard users)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r, 0), self.model.index(r, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
