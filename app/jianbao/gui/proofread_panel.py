"""The proofreading panel: findings on an article or a whole issue, by kind; accept a fix, all of a kind, or ignore."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QLabel, QMenu, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from jianbao.gui.worker import DeskWorker, Progress
from jianbao.proofread import LEARNABLE_KINDS as LEARNABLE

FindingRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2   # a heading's key, to keep it open when the list is refilled
SEVERITY_COLOURS = {"error": QColor("#c0392b"), "warning": QColor("#b35900"), "info": QColor("#555555")}


class ProofreadPanel(QDockWidget):
    """Emits `show_finding(ArticleFinding)` to highlight it in the editor and `fixed(articles, Reverted)` after
    fixes were saved (the window reloads the editor and records the step for undo)."""

    show_finding = Signal(object)
    fixed = Signal(object, object)
    ignored = Signal(object)

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofreadPanel")
        self.setWindowTitle(self.tr("校对"))
        self._worker = worker
        self.findings: list[Any] = []
        self.scope: tuple[str, int] | None = None
        self._titles: dict[int, str] = {}
        self._kind_names: dict[str, str] = {}
        self._running: Progress | None = None
        self.before_write: Callable[[], None] = lambda: None  # the window saves the editor's typing first

        body = QWidget(self)
        self.scope_label = QLabel(self.tr("在文章或组期窗口里选择“校对”开始"), body)
        self.scope_label.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("findings")
        self.tree.setHeaderLabels([self.tr("问题"), self.tr("改为"), self.tr("说明")])
        self.tree.setColumnWidth(0, 250)
        self.tree.setColumnWidth(1, 64)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail = QLabel(body)
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumWidth(200)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.accept_button = QPushButton(self.tr("采纳"), body)
        self.accept_button.setObjectName("acceptFix")
        self.accept_kind_button = QPushButton(self.tr("采纳本类全部"), body)
        self.accept_kind_button.setObjectName("acceptKind")
        self.ignore_button = QPushButton(self.tr("忽略"), body)
        self.ignore_button.setObjectName("ignoreFinding")
        self.ignore_button.setToolTip(self.tr("这篇文章里同样的问题以后不再提示"))
        self.remember_button = QPushButton(self.tr("忽略并记住"), body)
        self.remember_button.setObjectName("rememberWord")
        self.remember_button.setToolTip(self.tr("把这个词加入本库词典：所有文章都不再把它当作错别字或错误提法"))
        self.recheck_button = QPushButton(self.tr("重新检查"), body)
        # Docked under the list and the editor: findings on the left, what to do with them on the right.
        side = QVBoxLayout()
        side.addWidget(self.scope_label)
        side.addWidget(self.detail, 1)
        for b in (self.accept_button, self.accept_kind_button, self.ignore_button, self.remember_button,
                  self.recheck_button):
            side.addWidget(b)
        row = QHBoxLayout(body)
        row.setContentsMargins(4, 2, 4, 4)
        row.addWidget(self.tree, 1)
        row.addLayout(side)
        self.setWidget(body)

        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.accept_button.clicked.connect(lambda: self.accept(self.selected()))
        self.accept_kind_button.clicked.connect(self.accept_kind)
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.remember_button.clicked.connect(self.remember_selected)
        self.recheck_button.clicked.connect(self.recheck)
        self._update_buttons()

    # -- running the checks ---------------------------------------------------------------
    def check_article(self, article_id: int) -> None:
        self.scope = ("article", int(article_id))

        def task(desk: Any) -> tuple[list[Any], dict[int, str], dict[str, str]]:
            from jianbao.proofread import KIND_NAMES

            art = desk.article(article_id)
            return desk.check_article(article_id), {int(art.id): art.title}, dict(KIND_NAMES)

        self.scope_label.setText(self.tr("正在校对…"))
        self._worker.submit(task, self._show)

    def check_issue(self, issue_id: int) -> Progress:
        """All articles of an issue, in the background with progress and cancel."""
        self.scope = ("issue", int(issue_id))
        if self._running is not None:
            self._running.cancel()

        def task(desk: Any, progress: Progress) -> tuple[list[Any], dict[int, str], dict[str, str]]:
            from jianbao.proofread import KIND_NAMES

            found = desk.check_issue(issue_id, progress=lambda n, total: progress.report(n, total),
                                     cancelled=lambda: progress.cancelled)
            progress.check()
            return found, {int(a.id): a.title for a in desk.issue_articles(issue_id)}, dict(KIND_NAMES)

        def done(result: Any) -> None:
            if self._running is running:
                self._running = None
                self._show(result)

        self.scope_label.setText(self.tr("正在校对整期…"))
        running = self._worker.run_long(self.tr("正在校对整期"), task, done)
        self._running = running
        return running

    def recheck(self) -> None:
        if self.scope is None:
            return
        kind, value = self.scope
        if kind == "article":
            self.check_article(value)
        else:
            self.check_issue(value)

    # -- showing --------------------------------------------------------------------------
    def _show(self, result: tuple[list[Any], dict[int, str], dict[str, str]]) -> None:
        self.findings, self._titles, self._kind_names = list(result[0]), result[1], result[2]
        self._fill()

    def _fill(self) -> None:
        kinds: dict[str, list[Any]] = {}
        for item in self.findings:
            kinds.setdefault(item.finding.kind, []).append(item)
        many = self.scope is not None and self.scope[0] == "issue"
        where = (self.tr("本期 {0} 篇文章").format(len(self._titles)) if many
                 else self.tr("《{0}》").format(next(iter(self._titles.values()), "")))
        self.scope_label.setText(self.tr("{0}：{1} 处问题").format(where, len(self.findings)) if self.findings
                                 else self.tr("{0}：没有发现问题").format(where))
        opened = self._opened_keys()
        at = max((k for k, leaf in enumerate(self.leaves()) if leaf.isSelected()), default=-1)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, items in kinds.items():
            head = QTreeWidgetItem(self.tree, [f"{self._kind_names.get(kind, kind)}（{len(items)}）", "", ""])
            head.setFont(0, bold)
            head.setData(0, KeyRole, kind)
            if many:  # kind, then article, then the findings in it
                by_article: dict[int, list[Any]] = {}
                for item in items:
                    by_article.setdefault(int(item.article_id), []).append(item)
                for article_id, found in by_article.items():
                    title = self._titles.get(article_id, "")
                    node = QTreeWidgetItem(head, [f"《{title}》（{len(found)}）", "", ""])
                    node.setFirstColumnSpanned(True)  # a long title may run across the columns
                    node.setToolTip(0, title)
                    node.setData(0, KeyRole, f"{kind}:{article_id}")
                    node.setExpanded(node.data(0, KeyRole) in opened)
                    self._add_findings(node, found)
            else:
                self._add_findings(head, items)
            head.setExpanded(kind in opened or (not opened and len(kinds) <= 3))
        leaves = self.leaves()
        if 0 <= at and leaves:  # after a fix or an ignore, the next finding is ready to act on
            self.select_finding(min(at, len(leaves) - 1))
        self._update_buttons()

    def _opened_keys(self) -> set[str]:
        keys: set[str] = set()

        def walk(item: QTreeWidgetItem) -> None:
            if item.isExpanded() and item.data(0, KeyRole):
                keys.add(str(item.data(0, KeyRole)))
            for k in range(item.childCount()):
                walk(item.child(k))

        for k in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(k))
        return keys

    def _add_findings(self, parent: QTreeWidgetItem, items: list[Any]) -> None:
        for item in items:
            f = item.finding
            place = self.tr("第 {0} 行").format(f.line) if item.field == "body" else self._field_name(item.field)
            child = QTreeWidgetItem(parent, [f"“{f.text}”　{place}", f.suggestion if f.suggestion is not None
                                             else self.tr("（需人工判断）"), f.message])
            child.setData(0, FindingRole, item)
            child.setToolTip(0, f.message)
            child.setForeground(0, QBrush(SEVERITY_COLOURS.get(f.severity, SEVERITY_COLOURS["info"])))

    def leaves(self) -> list[QTreeWidgetItem]:
        """The finding rows, in the order shown."""
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.data(0, FindingRole) is not None:
                out.append(item)
            for k in range(item.childCount()):
                walk(item.child(k))

        for k in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(k))
        return out

    def _field_name(self, field: str) -> str:
        return {"title": self.tr("标题"), "editors_note": self.tr("编者按")}.get(field, field)

    def selected(self) -> list[Any]:
        """The findings selected; a heading (a kind, an article) stands for all the findings under it."""
        out: list[Any] = []

        def walk(item: QTreeWidgetItem) -> None:
            data = item.data(0, FindingRole)
            if data is not None:
                out.append(data)
            for k in range(item.childCount()):
                walk(item.child(k))

        for item in self.tree.selectedItems():
            walk(item)
        return list(dict.fromkeys(out))

    def _selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            f = chosen[0].finding
            alts = "、".join(f.alternatives)
            self.detail.setText(f.message + (self.tr("\n其他可能：{0}").format(alts) if alts else ""))
            self.show_finding.emit(chosen[0])
        else:
            self.detail.setText(self.tr("选中 {0} 处").format(len(chosen)) if chosen else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.accept_button.setEnabled(any(i.finding.suggestion is not None for i in chosen))
        self.accept_kind_button.setEnabled(bool(chosen))
        self.ignore_button.setEnabled(bool(chosen))
        self.remember_button.setEnabled(bool(chosen) and all(i.finding.kind in LEARNABLE for i in chosen))
        self.recheck_button.setEnabled(self.scope is not None)

    def select_finding(self, index: int) -> None:
        """Select the n-th finding as listed (tests, keyboard)."""
        item = self.leaves()[index]
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _menu(self, pos: Any) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        f = chosen[0].finding
        menu = QMenu(self)
        for option in dict.fromkeys(o for o in (f.suggestion, *f.alternatives) if o is not None):
            menu.addAction(self.tr("改为“{0}”").format(option), lambda o=option: self.accept(chosen, suggestion=o))
        menu.addAction(self.tr("忽略"), self.ignore_selected)
        if f.kind in LEARNABLE:
            menu.addAction(self.tr("忽略并记住（加入本库词典）"), self.remember_selected)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- acting ---------------------------------------------------------------------------
    def accept(self, items: list[Any], *, suggestion: str | None = None) -> None:
        """Save the fixes of these findings (one new revision per article, one step to undo)."""
        if not items:
            return
        if suggestion is not None:
            from dataclasses import replace

            items = [replace(i, finding=replace(i.finding, suggestion=suggestion)) for i in items]
        articles = sorted({int(i.article_id) for i in items})
        self.before_write()

        def done(result: tuple[list[Any], Any]) -> None:
            self.fixed.emit(result[0], result[1])
            self._recheck_articles(articles)

        self._worker.submit(lambda desk: desk.accept_fixes_of(items), done)

    def accept_kind(self) -> None:
        kinds = {i.finding.kind for i in self.selected()}
        self.accept([i for i in self.findings if i.finding.kind in kinds])

    def ignore_selected(self) -> None:
        self._drop_selected(lambda desk, item: desk.ignore_finding(item), everywhere=False)

    def remember_selected(self) -> None:
        """The words join the store's dictionary: gone from every article listed, and never found again."""
        if all(i.finding.kind in LEARNABLE for i in self.selected()):
            self._drop_selected(lambda desk, item: desk.remember_word(item), everywhere=True)

    def _drop_selected(self, op: Any, *, everywhere: bool) -> None:
        chosen = self.selected()
        if not chosen:
            return

        def task(desk: Any) -> list[Any]:
            return [op(desk, i) for i in chosen]

        def key(i: Any) -> tuple:
            return (i.finding.kind, i.finding.text) if everywhere else (int(i.article_id), i.finding.kind, i.finding.text)

        def done(changed: list[Any]) -> None:
            gone = {key(i) for i in chosen}
            self.findings = [i for i in self.findings if key(i) not in gone]
            self._fill()
            for c in changed:
                self.ignored.emit(c)

        self._worker.submit(task, done)

    def _recheck_articles(self, article_ids: list[int]) -> None:
        """Offsets moved in the articles just fixed: check them again and put their findings back in place."""

        def task(desk: Any) -> list[Any]:
            return [f for a in article_ids for f in desk.check_article(a)]

        def done(fresh: list[Any]) -> None:
            order = {a: k for k, a in enumerate(self._titles)}
            kept = [i for i in self.findings if int(i.article_id) not in article_ids]
            self.findings = sorted(kept + fresh, key=lambda i: order.get(int(i.article_id), 0))
            self._fill()

        self._worker.submit(task, done)
