"""The middle column: filters, the article list, its count, and the page shown while the store is empty.

The table's model is attached by `finish_setup()` after the window's first paint: the model needs Qt's
enum namespace, whose creation costs about as much as a third of a bare window's start-up.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from jianbao.gui.filter_bar import FilterBar
from jianbao.gui.worker import DeskWorker

COLUMN_WIDTHS = ((0, 40), (2, 72), (3, 84), (4, 104), (5, 48), (6, 40))


class ListPanel(QWidget):
    """Emits `article_chosen(id)` when the current row changes and `open_sample` from the empty page."""

    article_chosen = Signal(int)
    open_sample = Signal()

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.model: Any = None
        self.filters = FilterBar(self)
        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self._empty: QWidget | None = None
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.filters)
        col.addWidget(self.stack, 1)
        col.addWidget(self.count)

    def finish_setup(self) -> Any:
        """Attach the store-backed model; returns it."""
        from jianbao.gui.list_model import ArticleListModel, set_up_article_view

        self.model = ArticleListModel(self._worker, self)
        # Several rows at once go into an issue ("add to issue", or dragged into the composer).
        set_up_article_view(self.view, self.model, row_height=26, widths=COLUMN_WIDTHS)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_chosen(cur.row()))
        return self.model

    # -- the empty store ------------------------------------------------------------
    @property
    def empty_page(self) -> QWidget:
        if self._empty is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QPushButton

            page = QWidget(self)
            page.setObjectName("emptyPage")
            text = QLabel(self.tr("<h2>资料库里还没有文章</h2><p>把简报拿进来：</p><ul>"
                                  "<li>复制简报全文后按 <b>Ctrl+Shift+V</b> 粘贴（纯文本或网页均可）；</li>"
                                  "<li>按 <b>Ctrl+O</b> 打开 .txt / .md / .docx / .html 文件（可一次选多个）；</li>"
                                  "<li>或把文件直接拖进这个窗口。</li></ul>"
                                  "<p>导入前会先显示拆分预览，可以调整每篇文章的起止和标题。</p>"), page)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            sample = QPushButton(self.tr("打开随附的样例简报"), page)
            sample.setObjectName("openSample")
            sample.clicked.connect(self.open_sample.emit)
            col = QVBoxLayout(page)
            col.setContentsMargins(24, 24, 24, 24)
            col.addWidget(text)
            col.addWidget(sample, 0, Qt.AlignmentFlag.AlignLeft)
            col.addStretch(1)
            self.stack.addWidget(page)
            self._empty = page
        return self._empty

    def show_loaded(self, total: int, everything: bool) -> None:
        """After a load: the empty-store page when there is nothing at all, else the list and its count."""
        if total == 0 and everything:
            self.stack.setCurrentWidget(self.empty_page)
            self.count.setText("")
        else:
            self.stack.setCurrentWidget(self.view)
            self.count.setText(self.tr("共 {0} 篇").format(total) if total else self.tr("没有符合条件的文章"))

    # -- selection ------------------------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        article_id = self.model.article_id(row)
        if article_id is not None:
            self.article_chosen.emit(article_id)

    def select_article(self, article_id: int) -> bool:
        """Make the article's row current (it then opens); False when it is not among the loaded rows."""
        from PySide6.QtCore import QItemSelectionModel

        row = self.model.row_of(article_id) if self.model is not None else None
        if row is None:
            return False
        index = self.model.index(row, 1)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows in list order (the current row when nothing is selected)."""
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [i for i in (self.model.article_id(r) for r in rows) if i is not None]

    def step(self, delta: int) -> None:
        row = self.view.currentIndex().row() + delta
        if self.model is not None and 0 <= row < self.model.rowCount():
            self.select_article(self.model.article_id(row) or 0)
