"""The issue's articles in sections: drop articles in, drag them into order, name and arrange the sections."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from jianbao.gui.article_mime import ARTICLE_MIME, article_ids, article_mime
from jianbao.gui.labels import status_name
from jianbao.models import ArticleId, IssueSection

KindRole = Qt.ItemDataRole.UserRole + 1   # "section" or "article"
ValueRole = Qt.ItemDataRole.UserRole + 2  # section index or article id
UNCHECKED = QColor("#b35900")


def place(sections: list[IssueSection], ids: list[int], section: int, position: int) -> list[IssueSection]:
    """The sections with `ids` moved (or added) to `position` in section number `section`."""
    moving = list(dict.fromkeys(int(i) for i in ids))
    titles = [s.title for s in sections] or [None]
    groups = [[int(a) for a in s.article_ids] for s in sections] or [[]]
    section = max(0, min(section, len(groups) - 1))
    for k, arts in enumerate(groups):
        for article_id in moving:
            if article_id in arts:
                if k == section and arts.index(article_id) < position:
                    position -= 1
                arts.remove(article_id)
    position = max(0, min(position, len(groups[section])))
    groups[section][position:position] = moving
    return [IssueSection(t, tuple(ArticleId(a) for a in g)) for t, g in zip(titles, groups)]


class IssueTree(QTreeWidget):
    """Shows sections and articles; every change the editor makes is emitted as the new `arranged(sections)`."""

    arranged = Signal(object)          # list[IssueSection]
    article_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueTree")
        self.setHeaderLabels([self.tr("本期文章（拖动排序）"), self.tr("状态")])
        self.setColumnWidth(0, 330)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._sections: list[IssueSection] = []
        self._rows: dict[int, Any] = {}
        self._locked = False
        self._building = False
        self.itemChanged.connect(self._renamed)
        self.itemActivated.connect(self._activated)

    # -- content --------------------------------------------------------------------------
    def sections(self) -> list[IssueSection]:
        return list(self._sections)

    def article_ids(self) -> list[int]:
        return [int(a) for s in self._sections for a in s.article_ids]

    def set_content(self, sections: list[IssueSection], rows: dict[int, Any] | None = None) -> None:
        """Show these sections (rows: ArticleRow by id, for titles and status)."""
        if rows is not None:
            self._rows.update(rows)
        selected = self.selected_ids()
        self._sections = list(sections)
        self._building = True
        try:
            self.clear()
            italic = QFont(self.font())
            italic.setItalic(True)
            for index, section in enumerate(self._sections):
                head = QTreeWidgetItem(self, [section.title or self.tr("（无栏目标题）"),
                                              self.tr("{0} 篇").format(len(section.article_ids))])
                head.setData(0, KindRole, "section")
                head.setData(0, ValueRole, index)
                head.setFlags(head.flags() | Qt.ItemFlag.ItemIsEditable)
                font = QFont(self.font())
                font.setBold(True)
                head.setFont(0, font if section.title else italic)
                head.setToolTip(0, self.tr("栏目标题：双击修改；留空则不印栏目标题"))
                for article_id in section.article_ids:
                    row = self._rows.get(int(article_id))
                    title = row.title if row is not None else self.tr("（载入中…）")
                    item = QTreeWidgetItem(head, [title, status_name(row.status) if row is not None else ""])
                    item.setData(0, KindRole, "article")
                    item.setData(0, ValueRole, int(article_id))
                    item.setToolTip(0, title)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable & ~Qt.ItemFlag.ItemIsDropEnabled)
                    if row is not None and row.status == "draft":
                        item.setForeground(1, QBrush(UNCHECKED))
                    if int(article_id) in selected:
                        item.setSelected(True)
                head.setExpanded(True)
        finally:
            self._building = False

    def set_rows(self, rows: dict[int, Any]) -> None:
        self.set_content(self._sections, rows)

    def missing_rows(self) -> list[int]:
        return [a for a in self.article_ids() if a not in self._rows]

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                             else QAbstractItemView.DragDropMode.DragDrop)

    # -- what the editor does ----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [int(i.data(0, ValueRole)) for i in self.selectedItems() if i.data(0, KindRole) == "article"]

    def current_section(self) -> int:
        item = self.currentItem()
        if item is None:
            return len(self._sections) - 1
        if item.data(0, KindRole) == "article":
            item = item.parent()
        return int(item.data(0, ValueRole))

    def _emit(self, sections: list[IssueSection]) -> None:
        if self._locked:
            return
        self.set_content(sections)
        self.arranged.emit(self.sections())

    def add_articles(self, ids: list[int], section: int | None = None, position: int | None = None) -> None:
        """Put articles at a place in the issue (at the end when no place is given)."""
        if not ids:
            return
        s = len(self._sections) - 1 if section is None else section
        pos = len(self._sections[s].article_ids) if position is None and self._sections else (position or 0)
        self._emit(place(self._sections, ids, s, pos))

    def remove_selected(self) -> None:
        gone = set(self.selected_ids())
        if gone:
            self._emit([IssueSection(s.title, tuple(a for a in s.article_ids if int(a) not in gone))
                        for s in self._sections])

    def add_section(self, title: str) -> None:
        self._emit([*self._sections, IssueSection(title.strip() or None, ())])

    def remove_section(self, index: int) -> None:
        """Drop a section; its articles join the one before (or after, for the first)."""
        if not 0 <= index < len(self._sections) or len(self._sections) == 1:
            return
        sections = list(self._sections)
        gone = sections.pop(index)
        into = index - 1 if index > 0 else 0
        target = sections[into]
        arts = (*target.article_ids, *gone.article_ids) if index > 0 else (*gone.article_ids, *target.article_ids)
        sections[into] = IssueSection(target.title, arts)
        self._emit(sections)

    def move_section(self, index: int, delta: int) -> None:
        other = index + delta
        if 0 <= index < len(self._sections) and 0 <= other < len(self._sections):
            sections = list(self._sections)
            sections[index], sections[other] = sections[other], sections[index]
            self._emit(sections)

    def move_selected(self, delta: int) -> None:
        """Move the selected article one place up or down, across section boundaries (a selected section
        heading moves the whole section)."""
        item = self.currentItem()
        if item is not None and item.data(0, KindRole) == "section" and not self.selected_ids():
            index = int(item.data(0, ValueRole))
            self.move_section(index, delta)
            head = self.topLevelItem(index + delta) if 0 <= index + delta < self.topLevelItemCount() else None
            if head is not None:
                self.setCurrentItem(head)
            return
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        flat = [(k, p) for k, s in enumerate(self._sections) for p in range(len(s.article_ids) + 1)]
        here = next((k, list(map(int, s.article_ids)).index(ids[0])) for k, s in enumerate(self._sections)
                    if ids[0] in map(int, s.article_ids))
        at = flat.index(here) + (delta if delta < 0 else delta + 1)
        if 0 <= at < len(flat):
            self._emit(place(self._sections, ids, *flat[at]))

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or column != 0 or item.data(0, KindRole) != "section":
            return
        index = int(item.data(0, ValueRole))
        title = item.text(0).strip()
        if title == self.tr("（无栏目标题）"):
            title = ""
        sections = list(self._sections)
        sections[index] = IssueSection(title or None, sections[index].article_ids)
        QTimer.singleShot(0, lambda: self._emit(sections))  # not while the item's editor is closing

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KindRole) == "article":
            self.article_activated.emit(int(item.data(0, ValueRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.remove_selected()
            return
        super().keyPressEvent(event)

    # -- drag and drop ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> Any:  # type: ignore[override]
        return article_mime([int(i.data(0, ValueRole)) for i in items if i.data(0, KindRole) == "article"])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._locked and event.mimeData().hasFormat(ARTICLE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._locked or not event.mimeData().hasFormat(ARTICLE_MIME):
            event.ignore()
            return
        super().dragMoveEvent(event)  # draws the drop indicator
        event.accept()

    def drop_target(self, pos: QPoint) -> tuple[int, int]:
        """(section, position) for a drop at `pos` in the viewport: before or after the article under it."""
        item = self.itemAt(pos)
        if item is None or not self._sections:
            last = len(self._sections) - 1
            return max(last, 0), len(self._sections[last].article_ids) if self._sections else 0
        rect = self.visualItemRect(item)
        if item.data(0, KindRole) == "section":
            return int(item.data(0, ValueRole)), 0
        parent = item.parent()
        row = parent.indexOfChild(item)
        return int(parent.data(0, ValueRole)), row + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = article_ids(event.mimeData())
        if self._locked or not ids:
            event.ignore()
            return
        section, position = self.drop_target(event.position().toPoint())
        # Reported as a copy, so the view that started the drag removes nothing: the tree is rebuilt instead.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        sections = place(self._sections, ids, section, position)
        QTimer.singleShot(0, lambda: self._emit(sections))
