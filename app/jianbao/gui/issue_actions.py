"""The second half of the workstation, hung on the main window: the Issue and Tools menus, the composer,
proofreading panel and statistics windows (each built on first use), and undo of store-wide steps."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from jianbao.gui.actions import make_action


class IssueActions(QObject):
    """Actions are made at start-up (cheap); the windows behind them only when first used."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._composer: Any = None
        self._panel: Any = None
        self._stats: Any = None
        self._history: Any = None
        self.new_issue = self._action(self.tr("新建一期(&N)"), self.start_new_issue, "Ctrl+N",
                                      tip=self.tr("在组期窗口中开始新的一期（期号、日期自动建议）"))
        self.compose = self._action(self.tr("组期窗口(&C)"), self.show_composer, "Ctrl+3")
        self.add_to_issue = self._action(self.tr("加入本期(&A)"), self.add_selected_to_issue, "Ctrl+Shift+A",
                                         tip=self.tr("把列表中选中的文章加到组期窗口里的这一期"))
        self.export = self._action(self.tr("导出本期(&E)…"), self.export_current, "Ctrl+E")
        self.copy_wechat = self._action(self.tr("复制为公众号格式(&W)"), self.copy_current_for_wechat, "Ctrl+Shift+W",
                                        tip=self.tr("把本期以公众号可用的格式（只用行内样式）复制到剪贴板"))
        self.convert = self._action(self.tr("转换文章(&T)…"), self.convert_chosen, "Ctrl+Shift+T",
                                    tip=self.tr("繁简转换：列表中选中的文章（或正在编辑的一篇），先预览再应用"))
        self.convert_selection = self._action(self.tr("转换选中的文字…"), self._convert_selection, "Ctrl+Alt+T")
        self.proofread = self._action(self.tr("校对本篇(&P)"), self.proofread_article, "F7")
        self.proofread_issue = self._action(self.tr("校对整期"), self.proofread_current_issue, "Shift+F7")
        self.stats = self._action(self.tr("统计(&S)…"), self.show_stats, "Ctrl+4")
        self.undo_step = self._action(self.tr("撤销转换/校对修改"), lambda: self._step(self.history.undo), "Ctrl+Alt+Z",
                                      tip=self.tr("把上一次批量转换或采纳的校对修改恢复原样（保存为新版本）"))
        self.redo_step = self._action(self.tr("重做转换/校对修改"), lambda: self._step(self.history.redo),
                                      "Ctrl+Alt+Shift+Z")
        self.undo_step.setEnabled(False)
        self.redo_step.setEnabled(False)
        window.sidebar.itemDoubleClicked.connect(lambda _item, _column: self._sidebar_opened())

    def _sidebar_opened(self) -> None:
        """A double click on an issue in the sidebar opens it in the composer."""
        issue_id = self.sidebar_issue()
        if issue_id is not None:
            self.show_composer(issue_id)

    def flush_editor(self) -> None:
        """Save what is typed in the editor before a step rewrites stored articles (so nothing typed is lost:
        the step then refuses if the text it was about moved)."""
        if self.window.editor_built:
            self.window.editor.flush()

    def _step(self, move: Callable[[], None]) -> None:
        self.flush_editor()
        move()

    def shutdown(self) -> None:
        """The window is closing: save the composer's facts; no check may start after this."""
        if self._composer is not None:
            self._composer.shutdown()
        if self._panel is not None and self._panel._running is not None:
            self._panel._running.cancel()

    def _action(self, text: str, slot: Callable[[], Any], key: str = "", *, tip: str = "") -> QAction:
        return make_action(self.window, text, slot, key or None, tip=tip)

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        help_action = bar.actions()[-1]
        issue = bar.addMenu(self.tr("期刊(&I)"))
        for a in (self.new_issue, self.compose, self.add_to_issue):
            issue.addAction(a)
        issue.addSeparator()
        issue.addAction(self.export)
        issue.addAction(self.copy_wechat)
        tools = bar.addMenu(self.tr("工具(&T)"))
        for a in (self.convert, self.convert_selection):
            tools.addAction(a)
        tools.addSeparator()
        for a in (self.proofread, self.proofread_issue):
            tools.addAction(a)
        tools.addSeparator()
        tools.addAction(self.stats)
        for menu in (issue, tools):  # before Help
            bar.removeAction(menu.menuAction())
            bar.insertMenu(help_action, menu)
        edit_menu = self.window.actions_.edit_menu
        edit_menu.addSeparator()
        edit_menu.addAction(self.undo_step)
        edit_menu.addAction(self.redo_step)

    # -- windows, built on first use --------------------------------------------------------
    @property
    def history(self) -> Any:
        if self._history is None:
            from jianbao.gui.store_undo import StoreHistory

            history = StoreHistory(self.window.worker, self)
            history.canUndoChanged.connect(self.undo_step.setEnabled)
            history.canRedoChanged.connect(self.redo_step.setEnabled)
            undo_text, redo_text = self.undo_step.text(), self.redo_step.text()
            history.undoTextChanged.connect(lambda t: self.undo_step.setText(self.tr("撤销：{0}").format(t) if t
                                                                             else undo_text))
            history.redoTextChanged.connect(lambda t: self.redo_step.setText(self.tr("重做：{0}").format(t) if t
                                                                             else redo_text))
            history.changed.connect(self.articles_rewritten)
            self._history = history
        return self._history

    @property
    def composer(self) -> Any:
        if self._composer is None:
            from jianbao.gui.composer import ComposerWindow

            composer = ComposerWindow(self.window.worker, self.window, default_series=self.window.prefs.default_series)
            composer.changed.connect(self.window.on_changed)
            composer.convert_requested.connect(lambda ids: self._convert(ids))
            composer.proofread_requested.connect(self.proofread_issue_id)
            composer.export_requested.connect(lambda issue_id: self._export(issue_id))
            composer.article_activated.connect(lambda a: self.window.select_article(a, open_anyway=True))
            self._composer = composer
        return self._composer

    @property
    def composer_built(self) -> bool:
        return self._composer is not None

    @property
    def panel(self) -> Any:
        if self._panel is None:
            from PySide6.QtCore import Qt

            from jianbao.gui.proofread_panel import ProofreadPanel

            panel = ProofreadPanel(self.window.worker, self.window)
            panel.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
            # Below the list and the editor: at the side the window would outgrow a 1280-pixel screen.
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
            self.window.resizeDocks([panel], [230], Qt.Orientation.Vertical)
            panel.show_finding.connect(self.show_finding)
            panel.before_write = self.flush_editor
            panel.fixed.connect(self._fixed)
            panel.ignored.connect(self.window.on_changed)
            self._panel = panel
        return self._panel

    @property
    def stats_window(self) -> Any:
        if self._stats is None:
            from jianbao.gui.stats_view import StatsWindow

            self._stats = StatsWindow(self.window.worker, self.window, points=self.window.prefs.adoption_points)
        return self._stats

    def _ready(self) -> bool:
        if not self.window.worker.ready:
            self.window.show_message(self.tr("资料库尚未打开"), 3000)
        return bool(self.window.worker.ready)

    # -- the composer ---------------------------------------------------------------------------
    def show_composer(self, issue_id: int | None = None) -> Any:
        if not self._ready():
            return None
        first = self._composer is None
        composer = self.composer
        composer.show()
        composer.raise_()
        composer.activateWindow()
        if issue_id is not None:
            composer.source.load_bulletins()
            composer.reload_issues()
            composer.open_issue(issue_id)
        elif first:
            composer.start()
        return composer

    def start_new_issue(self) -> None:
        composer = self.show_composer()
        if composer is not None:
            composer.new_issue()

    def add_selected_to_issue(self) -> None:
        ids = self.window.panel.selected_ids()
        if not ids:
            self.window.show_message(self.tr("先在列表中选择文章"), 3000)
            return
        composer = self.show_composer()
        if composer is not None:
            self.window.worker.submit(lambda _desk: None, lambda _r: composer.add_articles(ids))  # after start()

    def sidebar_issue(self) -> int | None:
        key = self.window.sidebar.current_key()
        return int(key.split(":", 1)[1]) if key.startswith("issue:") else None

    def current_issue(self) -> int | None:
        """The issue in the composer, else the one chosen in the sidebar."""
        if self._composer is not None and self._composer.issue is not None:
            return int(self._composer.issue.id)
        return self.sidebar_issue()

    def export_current(self) -> None:
        issue_id = self.current_issue()
        if issue_id is None:
            self.window.show_message(self.tr("先在组期窗口或侧栏中选择一期"), 5000)
            return
        self._export(issue_id)

    def copy_current_for_wechat(self) -> None:
        from jianbao.gui.wechat import copy_for_wechat

        issue_id = self.current_issue()
        if issue_id is None:
            self.window.show_message(self.tr("先在组期窗口或侧栏中选择一期"), 5000)
            return
        copy_for_wechat(self.window, issue_id)

    def _export(self, issue_id: int) -> None:
        from jianbao.gui.flows import export_issue

        export_issue(self.window, issue_id)

    # -- conversion -----------------------------------------------------------------------------
    def convert_chosen(self) -> None:
        ids = self.window.panel.selected_ids() if self.window.model is not None else []
        if len(ids) <= 1 and self.window.editor_built and self.window.editor.article_id is not None:
            ids = [self.window.editor.article_id]
        self._convert(ids)

    def _convert(self, ids: list[int]) -> None:
        from jianbao.gui.flows import convert_articles

        if self._ready():
            convert_articles(self.window, ids)

    def _convert_selection(self) -> None:
        from jianbao.gui.flows import convert_selection

        convert_selection(self.window)

    def articles_rewritten(self, changed: Any) -> None:
        """Articles were changed in the store (conversion, fixes, undo): list, composer and editor follow."""
        self.window.on_changed(changed)
        editor_id = self.window.editor.article_id if self.window.editor_built else None
        if editor_id is not None and editor_id in [int(a) for a in changed.articles]:
            self.window.worker.submit(lambda desk: desk.article(editor_id), self.window.editor.load)

    # -- proofreading -------------------------------------------------------------------------
    def proofread_article(self) -> None:
        if not self._ready():
            return
        editor_id = self.window.editor.article_id if self.window.editor_built else None
        ids = self.window.panel.selected_ids()
        article_id = editor_id if editor_id is not None else (ids[0] if ids else None)
        if article_id is None:
            self.window.show_message(self.tr("先打开一篇文章"), 3000)
            return
        if self.window.editor_built:
            self.window.editor.flush()
        self.panel.show()
        self.panel.raise_()
        self.panel.check_article(article_id)

    def proofread_current_issue(self) -> None:
        issue_id = self.current_issue()
        if issue_id is None:
            self.window.show_message(self.tr("先在组期窗口或侧栏中选择一期"), 5000)
            return
        self.proofread_issue_id(issue_id)

    def proofread_issue_id(self, issue_id: int) -> None:
        if not self._ready():
            return
        if self.window.editor_built:
            self.window.editor.flush()
        self.panel.show()
        self.panel.raise_()
        self.window.raise_()
        self.panel.check_issue(issue_id)

    def show_finding(self, item: Any) -> None:
        """Open the finding's article in the editor and mark its text."""
        article_id = int(item.article_id)
        editor = self.window.editor
        if editor.article_id == article_id:
            editor.show_span(item.field, item.finding.start, item.finding.end)
            return

        def loaded(loaded_id: int) -> None:
            editor.article_loaded.disconnect(loaded)
            if loaded_id == article_id:
                editor.show_span(item.field, item.finding.start, item.finding.end)

        editor.article_loaded.connect(loaded)
        self.window.select_article(article_id, open_anyway=True)

    def _fixed(self, articles: list[Any], reverted: Any) -> None:
        n = sum(1 for _ in articles)
        self.history.record(self.tr("采纳校对修改（{0} 篇）").format(n), dict(reverted.revisions))
        self.window.show_message(self.tr("已采纳修改并保存为新版本；“编辑 → 撤销转换/校对修改”可恢复"), 8000)
        self.articles_rewritten(reverted.changed)

    # -- numbers ------------------------------------------------------------------------------
    def show_stats(self) -> None:
        if not self._ready():
            return
        first = self._stats is None
        stats = self.stats_window
        stats.points = self.window.prefs.adoption_points
        stats.show()
        stats.raise_()
        if first:
            stats.start()
        else:
            stats.refresh()

    # -- what changed elsewhere ------------------------------------------------------------------
    def on_changed(self, changed: Any) -> None:
        if self._composer is not None:
            if changed.articles:
                self._composer.refresh_rows(tuple(int(a) for a in changed.articles))
            if changed.bulletins:
                self._composer.source.load_bulletins()

    def issues_changed_elsewhere(self, issue_ids: tuple[int, ...] | None) -> None:
        """Another editor changed these issues (None: maybe any): the composer shows them afresh."""
        self.window.sidebar.reload()
        if self._composer is not None:
            self._composer.issues_changed_elsewhere(issue_ids)
