"""The article list: a lazy table model over the store, filled page by page through the worker.

Imported after the window's first paint (it needs Qt's enum namespace, which is slow to create).
"""
from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from jianbao.gui.article_mime import ARTICLE_MIME, article_mime
from jianbao.gui.labels import script_name, status_name
from jianbao.filters import ArticleFilter
from jianbao.gui.worker import DeskWorker

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


# (field of ArticleRow, order key for the store or None when the column cannot sort)
COLUMNS = (
    ("id", "id"), ("title", "title"), ("category", "category"), ("date", "date"), ("units", None),
    ("status", "status"), ("script", "script"),
)


class ArticleListModel(QAbstractTableModel):
    """Rows are `ArticleRow`s; more pages arrive through fetchMore as the view scrolls."""

    loaded = Signal(int)  # total rows matching after a (re)load
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, worker: DeskWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._rows: list[Any] = []
        self._total = 0  # -1 while the count of a new query is on its way
        self._more = False
        self._query = ArticleFilter()
        self._order = "id"
        self._descending = False
        self._generation = 0
        self._fetching = False
        self._presence: dict[int, tuple[str, ...]] = {}  # articles other editors have open (a shared store)
        self._headers = [self.tr("编号"), self.tr("标题"), self.tr("栏目"), self.tr("日期"), self.tr("报送单位"),
                         self.tr("状态"), self.tr("文字")]

    # -- loading ------------------------------------------------------------------
    @property
    def query(self) -> ArticleFilter:
        return self._query

    @property
    def total(self) -> int:
        """Rows matching the query (-1 until counted)."""
        return self._total

    def set_query(self, query: ArticleFilter) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """First page, then the count, for the current query; results of older requests are dropped.

        The page goes first so rows paint at once; a count over a common search term can take longer.
        """
        self._generation += 1
        generation, query, order, desc = self._generation, self._query, self._order, self._descending
        self._fetching = True

        def page(desk: Any) -> list:
            return desk.list_articles(query, order=order, descending=desc, limit=PAGE)

        def show(rows: list) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._rows, self._more, self._total = list(rows), len(rows) == PAGE, -1
            self._fetching = False
            self.endResetModel()

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            self._total = total
            self.loaded.emit(total)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self._worker.failed.emit(exc)

        self._worker.submit(page, show, failed)
        self._worker.submit(lambda desk: desk.count_articles(query), counted, failed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._fetching:
            return False
        return len(self._rows) < self._total if self._total >= 0 else self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, order, desc, offset = (self._generation, self._query, self._order, self._descending,
                                                  len(self._rows))

        def task(desk: Any) -> list:
            return desk.list_articles(query, order=order, descending=desc, limit=PAGE, offset=offset)

        def done(rows: list) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._more = len(rows) == PAGE
            if rows:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        self._worker.submit(task, done)

    def refresh_articles(self, ids: tuple[int, ...]) -> None:
        """Re-read the rows of changed articles that are loaded (no global refresh)."""
        wanted = [i for i in ids if self.row_of(i) is not None]
        if not wanted:
            return
        generation = self._generation

        def task(desk: Any) -> list:
            return desk.list_articles(ArticleFilter(ids=tuple(wanted)), limit=len(wanted))

        def done(rows: list) -> None:
            if generation != self._generation:
                return
            for new in rows:
                row = self.row_of(new.id)
                if row is not None:
                    self._rows[row] = new
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

        self._worker.submit(task, done)

    def set_presence(self, presence: dict[int, tuple[str, ...]]) -> None:
        """Who has which article open elsewhere: marked on the title (gui/live.py)."""
        moved = {k for k in presence.keys() | self._presence.keys() if presence.get(k) != self._presence.get(k)}
        self._presence = dict(presence)
        for article_id in moved:
            row = self.row_of(article_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def editors_of(self, article_id: int) -> tuple[str, ...]:
        return self._presence.get(article_id, ())

    # -- lookups ------------------------------------------------------------------
    def row_of(self, article_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == article_id:
                return i
        return None

    def article_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "category":
                return (r.category or self.tr("（无栏目）")) + (" ？" if r.needs_decision else "")
            if key == "status":
                return status_name(r.status)
            if key == "script":
                return script_name(r.script)
            value = getattr(r, key)
            return "" if value is None else value
        if role == self.IdRole:
            return r.id
        if key == "title" and r.id in self._presence:
            names = self._presence[r.id]
            if role == Qt.ItemDataRole.DecorationRole:
                return editing_icon(names[0] if names else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{0} 正在编辑").format("、".join(names)) + "\n" + r.title
        if role == Qt.ItemDataRole.ForegroundRole and key == "category" and r.needs_decision:
            return QBrush(QColor("#b35900"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "category" and r.needs_decision:
                return self.tr("栏目待定：自动分类把握不大，请编辑确认")
            if key in ("title", "units"):
                return getattr(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("id", "date", "status", "script"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- dragging articles into an issue ---------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> Any:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return article_mime([int(self._rows[r].id) for r in rows if r < len(self._rows)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # the list keeps its rows; the issue takes a copy

    def set_order(self, column: int, order: Qt.SortOrder) -> bool:
        """Remember the sort without loading; False when the column cannot sort."""
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return False
        changed = (key, order == Qt.SortOrder.DescendingOrder) != (self._order, self._descending)
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        return changed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_order(column, order) and self._worker.ready:
            self.reload()

    @property
    def order(self) -> tuple[str, bool]:
        return self._order, self._descending


@functools.cache
def editing_icon(name: str) -> Any:
    """An orange disc with the editor's first character: someone else has this article open."""
    from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e8590c"))
    painter.drawEllipse(0, 0, 32, 32)
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), name[:1] or "✎")
    painter.end()
    return QIcon(pixmap)


def set_up_article_view(view: Any, model: ArticleListModel, *, row_height: int,
                        widths: tuple[tuple[int, int], ...]) -> None:
    """A table of articles: whole rows, several at once, dragged out (into an issue), title column stretching."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        view.setColumnWidth(column, width)
