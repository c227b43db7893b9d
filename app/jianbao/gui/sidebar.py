"""The sidebar: all articles, those awaiting a decision, imported bulletins and issues."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from jianbao.filters import ArticleFilter
from jianbao.gui.worker import DeskWorker

# Qt.ItemDataRole.UserRole + 1 and + 2, written out: touching Qt's enum namespace at start-up is slow.
ScopeRole = 0x0101
KeyRole = 0x0102


@dataclass(frozen=True)
class SidebarData:
    total: int
    undecided: int
    bulletins: tuple[Any, ...]
    issues: tuple[Any, ...]


def load_sidebar(desk: Any) -> SidebarData:
    """Runs on the worker."""
    from jianbao.models import ArticleFilter

    issues = desk.issues() if hasattr(desk, "issues") else desk.store.issues()
    return SidebarData(
        total=desk.count_articles(ArticleFilter()),
        undecided=desk.count_articles(ArticleFilter(needs_decision=True)),
        bulletins=tuple(desk.bulletins()),
        issues=tuple(issues),
    )


def scope_of_key(key: str) -> ArticleFilter | None:
    """The list's scope for a saved sidebar key, when it can be known without the sidebar's data."""
    kind, _, value = key.partition(":")
    if kind == "all":
        return ArticleFilter()
    if kind == "undecided":
        return ArticleFilter(needs_decision=True)
    if kind == "bulletin" and value.isdigit():
        return ArticleFilter(bulletin_id=int(value))
    return None


class Sidebar(QTreeWidget):
    """Picking an entry narrows the article list (emits the ArticleFilter for it)."""

    scope_changed = Signal(object)
    loaded = Signal()

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._pending_key: str | None = None
        self.setHeaderHidden(True)
        self.setColumnCount(2)  # name, count
        self.setObjectName("sidebar")
        self.setMinimumWidth(150)
        self._all = QTreeWidgetItem(self, [self.tr("全部文章")])
        self._all.setData(0, ScopeRole, ArticleFilter())
        self._undecided = QTreeWidgetItem(self, [self.tr("栏目待定")])
        self._undecided.setData(0, ScopeRole, ArticleFilter(needs_decision=True))
        self._undecided.setToolTip(0, self.tr("自动分类把握不大、需要编辑确认栏目的文章"))
        self._bulletins = QTreeWidgetItem(self, [self.tr("导入的简报")])
        self._issues = QTreeWidgetItem(self, [self.tr("期刊")])
        self.currentItemChanged.connect(self._on_current)

    def finish_setup(self) -> None:
        """After the first paint (needs Qt's enum namespace)."""
        from PySide6.QtCore import Qt

        from PySide6.QtWidgets import QHeaderView

        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for group in (self._bulletins, self._issues):
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        if not self.selectedItems():
            self.blockSignals(True)
            self.setCurrentItem(self._all)
            self._all.setSelected(True)
            self.blockSignals(False)

    def reload(self) -> None:
        self._worker.submit(load_sidebar, self._show)

    def _show(self, data: SidebarData) -> None:
        current = self.current_key()
        self.blockSignals(True)
        try:
            self._all.setText(1, str(data.total))
            self._undecided.setText(1, str(data.undecided))
            self._bulletins.takeChildren()
            for b in data.bulletins:
                item = QTreeWidgetItem(self._bulletins, [b.source, str(b.article_count)])
                tip = self.tr("{0}\n导入于 {1}，编码 {2}，{3} 篇").format(
                    b.source, b.imported_at[:16].replace("T", " "), b.encoding, b.article_count)
                item.setToolTip(0, tip)
                item.setData(0, ScopeRole, ArticleFilter(bulletin_id=int(b.id)))
            self._issues.takeChildren()
            for i in data.issues:
                label = self.tr("{0} {1}年第{2}期").format(i.series, i.year, i.number)
                item = QTreeWidgetItem(self._issues, [label, str(len(i.article_ids))])
                item.setData(0, ScopeRole, ArticleFilter(ids=tuple(int(a) for a in i.article_ids)))
                item.setData(0, KeyRole, f"issue:{i.id}")
            self._issues.setHidden(not data.issues)
            self._bulletins.setExpanded(True)
            self._issues.setExpanded(True)
            self.select_key(current, emit=False)
        finally:
            self.blockSignals(False)
        if self._pending_key is not None:
            key, self._pending_key = self._pending_key, None
            before = scope_of_key(key)
            self.select_key(key, emit=False)
            if before is None or before != self.scope():
                self.scope_changed.emit(self.scope())
        self.loaded.emit()

    def restore_key(self, key: str) -> None:
        """Select `key` once the entries are loaded; until then `scope()` already answers for it."""
        self._pending_key = key

    # -- selection ----------------------------------------------------------------
    def _key(self, item: QTreeWidgetItem | None) -> str:
        if item is None or item is self._all:
            return "all"
        if item is self._undecided:
            return "undecided"
        extra = item.data(0, KeyRole)
        if extra:
            return str(extra)
        scope = item.data(0, ScopeRole)
        return f"bulletin:{scope.bulletin_id}" if scope is not None else "all"

    def current_key(self) -> str:
        return self._key(self.currentItem())

    def select_key(self, key: str, *, emit: bool = True) -> None:
        """Select the entry saved as `key` ("all", "undecided", "bulletin:3", "issue:2")."""
        found = self._all
        for item in (self._undecided, *self._children(self._bulletins), *self._children(self._issues)):
            if self._key(item) == key:
                found = item
        if found is not self.currentItem():
            self.blockSignals(not emit)
            self.setCurrentItem(found)
            self.blockSignals(False)

    def select_bulletin(self, bulletin_id: int) -> None:
        self.select_key(f"bulletin:{bulletin_id}")

    @staticmethod
    def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [group.child(i) for i in range(group.childCount())]

    def scope(self) -> ArticleFilter:
        if self._pending_key is not None:
            pending = scope_of_key(self._pending_key)
            if pending is not None:
                return pending
        item = self.currentItem()
        scope = item.data(0, ScopeRole) if item is not None else None
        return scope if isinstance(scope, ArticleFilter) else ArticleFilter()

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, ScopeRole) is not None:
            self.scope_changed.emit(self.scope())
