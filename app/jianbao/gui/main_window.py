"""The main window: sidebar, filterable article list and the editor, wired to the Desk through the worker."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from jianbao.gui.actions import WindowActions
from jianbao.gui.importing import Importer
from jianbao.gui.list_panel import ListPanel
from jianbao.gui.live import LiveUpdates
from jianbao.gui.query import merged
from jianbao.filters import ArticleFilter
from jianbao.gui.settings import Prefs, load_prefs
from jianbao.gui.sidebar import Sidebar
from jianbao.gui.window_state import WindowState
from jianbao.gui.worker import DeskWorker

if TYPE_CHECKING:  # (event classes are slow to load in PySide; only their names are needed here)
    from PySide6.QtCore import QSettings

    from jianbao.gui.issue_actions import IssueActions
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from jianbao.gui.progress import ProgressPanel


class MainWindow(QMainWindow):
    """Everything the editor works in; views refresh from the `Changed` each operation returns.

    Built in two steps so the window paints at once: the constructor makes the frame (menus, sidebar,
    filters, the list's table, status bar); after the first paint `_after_first_paint` attaches the list
    model and opens the store on the worker. The editor is built when the first article opens.
    """

    store_opened = Signal()

    def __init__(self, worker: DeskWorker, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.worker = worker
        self.settings = settings
        self.prefs: Prefs = load_prefs(settings)
        self.store_password: str | None = None  # typed for a shared store (gui/password_dialog.py); never saved
        self.remember_password = False
        self.setWindowTitle(self.tr("简报 Jianbao"))
        self.setAcceptDrops(True)
        self._offered_sample = False
        self._first_load = True
        self._set_up = False
        self._store_path: Any = None
        self._open_requested = False
        self._editor: Any = None
        self._taxonomy: tuple[list[str], list[str], list[str]] | None = None
        self.model: Any = None

        self.sidebar = Sidebar(worker, self)
        self.panel = ListPanel(worker, self)
        self.filters = self.panel.filters
        self.list = self.panel.view
        self.editor_area = QStackedWidget(self)
        self.editor_area.setObjectName("editorArea")
        self._hint = QLabel(self.tr("在列表中选择一篇文章进行编辑"), self.editor_area)
        self._hint.setStyleSheet("QLabel { color: #777; qproperty-alignment: AlignCenter; }")
        self.editor_area.addWidget(self._hint)
        self.splitter = QSplitter()  # horizontal; QSplitter(self) would make PySide create all Qt enums to pick the overload
        self.splitter.setObjectName("mainSplitter")
        for w in (self.sidebar, self.panel, self.editor_area):
            self.splitter.addWidget(w)
        self.splitter.setSizes([170, 560, 550])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._progress: ProgressPanel | None = None

        self.importer = Importer(self, worker)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus(self)
        self.issue_actions: IssueActions | None = None  # issue, tools menus: after the first paint
        self.inbox: Any = None  # the 收稿箱 dock (gui/inbox.py): after the first paint
        self.state = WindowState(self, settings)
        self.live = LiveUpdates(self)  # news from the other editors of a shared store

        self.sidebar.scope_changed.connect(lambda _s: self._apply_query())
        self.filters.changed.connect(lambda _q: self._apply_query())
        self.panel.article_chosen.connect(lambda article_id: self.editor.open_article(article_id))
        self.panel.open_sample.connect(lambda: self.importer.open_sample())
        self.importer.imported.connect(self._imported)
        self.importer.message.connect(self.show_message)
        worker.long_started.connect(lambda _p: self.progress)
        worker.desk_ready.connect(self._desk_ready)
        worker.failed.connect(self.show_error)
        self._paint_spy = _FirstPaint(self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The second step of building the window (idempotent)."""
        if self._set_up:
            return
        self._set_up = True
        self._paint_spy.stop()
        self._set_icon()
        from jianbao.gui.issue_actions import IssueActions

        self.issue_actions = IssueActions(self)
        self.issue_actions.build_menus()
        from jianbao.gui.inbox import InboxDock

        self.inbox = InboxDock.attach(self)
        self.model = self.panel.finish_setup()
        self.model.loaded.connect(self._list_loaded)
        self.sidebar.finish_setup()
        self.state.restore_splitters()
        self.state.restore_sort()
        if self._open_requested:
            self._start_opening()

    def _set_icon(self) -> None:
        """The shipped 简 tile (PNG: the bundle carries no SVG plugin); after the first paint, off its path."""
        from PySide6.QtGui import QGuiApplication, QIcon

        from jianbao.paths import resource_path

        try:
            QGuiApplication.setWindowIcon(QIcon(str(resource_path("icons/jianbao-256.png"))))
        except FileNotFoundError:
            pass  # a build without icons still runs

    @property
    def progress(self) -> ProgressPanel:
        """The status bar's panel for long work, made when the first long task starts."""
        if self._progress is None:
            from jianbao.gui.progress import ProgressPanel

            self._progress = ProgressPanel(self.worker, self)
            self.statusBar().addPermanentWidget(self._progress)
        return self._progress

    @property
    def list_stack(self) -> QStackedWidget:
        return self.panel.stack

    @property
    def empty(self) -> QWidget:
        return self.panel.empty_page

    @property
    def editor(self) -> Any:
        """The article editor, built on first use."""
        if self._editor is None:
            from jianbao.gui.editor import ArticleEditor

            editor = ArticleEditor(self.worker, self.prefs, self.editor_area)
            self.editor_area.addWidget(editor)
            self.editor_area.setCurrentWidget(editor)
            editor.changed.connect(self.on_changed)
            editor.status_message.connect(self.show_message)
            self.actions_.attach_editor(editor)
            self.live.attach_editor(editor)
            if self._taxonomy is not None:
                self._apply_taxonomy(editor)
            if self.model is not None:
                editor.set_highlight(self.model.query.query)
            self.state.restore_editor_splitter(editor)
            self._editor = editor
        return self._editor

    @property
    def editor_built(self) -> bool:
        return self._editor is not None

    # -- opening the store ----------------------------------------------------------
    def open_store(self, path: Any) -> None:
        """Open the store once the window has painted (its imports would otherwise slow the first paint)."""
        self._store_path, self._open_requested = path, True
        self.show_message(self.tr("正在打开资料库…"))
        if self._set_up:
            self._start_opening()
        else:
            QTimer.singleShot(300, self._after_first_paint)  # in case the window is never painted

    def _start_opening(self) -> None:
        self._open_requested = False
        self.worker.open(self._store_path, on_error=self._open_failed, password=self.store_password,
                         author=self.prefs.editor_name or None)

    def reopen_store(self) -> None:
        self.show_message(self.tr("正在打开资料库…"))
        self._start_opening()

    def _open_failed(self, exc: BaseException) -> None:
        from jianbao.errors import CorruptStoreError, PasswordNeededError

        if isinstance(exc, CorruptStoreError) and exc.backup is not None and self._offer_backup(exc):
            return
        if isinstance(exc, PasswordNeededError):
            from jianbao.gui.password_dialog import ask_and_reopen

            if ask_and_reopen(self, exc):
                return
        self.show_error(exc)
        self.close()

    def _offer_backup(self, exc: Any) -> bool:
        """A damaged store: offer its newest sound backup; True when restored and opening again."""
        from jianbao.desk.maintenance import restore_store
        from jianbao.gui.dialogs import Ask
        from jianbao.paths import default_store_path

        backup = getattr(exc.backup, "path", exc.backup)
        text = self.tr("资料库文件已损坏，无法打开。\n要用最近一份完好的备份恢复吗？\n\n备份：{0}\n"
                       "损坏的文件会保留为 .broken，不会删除。").format(backup)
        if not Ask.yes_no(self, self.tr("资料库已损坏"), text, yes=self.tr("用备份恢复"), no=self.tr("退出")):
            return False
        try:
            restore_store(default_store_path(self._store_path), backup)
        except Exception as err:  # noqa: BLE001 - shown to the editor, then the window closes
            self.show_error(err)
            return False
        self.show_message(self.tr("已从备份恢复，正在重新打开…"))
        self._start_opening()
        return True

    def _show_store_state(self, state: tuple[bool, str | None, str | None]) -> None:
        """A read-only store gets a banner (and the title says so); a failed automatic backup, a message."""
        read_only, reason, backup_warning = state
        if read_only:
            banner = QLabel(self.tr("只读：{0}").format(reason or self.tr("资料库以只读方式打开，修改不会保存")))
            banner.setObjectName("readOnlyBanner")
            banner.setStyleSheet("QLabel { background: #fff3bf; color: #5c3c00; padding: 2px 8px; }")
            self.statusBar().addPermanentWidget(banner)
            self.setWindowTitle(self.tr("简报 Jianbao（只读）"))
        if backup_warning:
            from jianbao.gui.dialogs import Ask

            Ask.error(self, backup_warning)

    def _desk_ready(self) -> None:
        if self.store_password:
            from jianbao.gui.password_dialog import keep_if_asked

            keep_if_asked(self, self.worker.store_path)
        self.show_message(self.tr("资料库：{0}").format(self.worker.store_path), 5000)
        self.state.restore_selection()
        self._apply_query()  # first: the worker runs tasks in order and the list is what the editor waits for
        self.refresh_taxonomy()
        self.sidebar.reload()
        self.worker.submit(lambda desk: (desk.read_only, getattr(desk, "read_only_reason", None),
                                         getattr(desk, "backup_warning", None)), self._show_store_state)
        self.worker.submit(lambda desk: [(int(a), desk.article(a).title, at) for a, _r, _p, at in desk.drafts()],
                           self._offer_drafts)
        self.store_opened.emit()

    def _offer_drafts(self, drafts: list[tuple[int, str, str]]) -> None:
        if not drafts:
            return
        from jianbao.gui.dialogs import DraftDialog

        choice = DraftDialog.ask(self, drafts)
        if choice.discard_all:
            ids = [d[0] for d in drafts]
            self.worker.submit(lambda desk: [desk.discard_draft(i) for i in ids])
        elif choice.open_id is not None:
            article_id = choice.open_id

            def open_with(payload: dict) -> None:
                self.editor.open_article(article_id, draft=payload)
                self.state.pending_article = article_id

            self.worker.submit(lambda desk: next(p for a, _r, p, _at in desk.drafts() if a == article_id), open_with)

    def refresh_taxonomy(self) -> None:
        def task(desk: Any) -> tuple[list[str], list[str], list[str]]:
            return [c.name for c in desk.categories()], desk.units(), desk.people_names()

        def done(data: tuple[list[str], list[str], list[str]]) -> None:
            self._taxonomy = data
            self.filters.set_categories(data[0])
            self.filters.set_units(data[1])
            if self._editor is not None:
                self._apply_taxonomy(self._editor)

        self.worker.submit(task, done)

    def _apply_taxonomy(self, editor: Any) -> None:
        assert self._taxonomy is not None
        categories, units, people = self._taxonomy
        editor.meta.set_categories(categories)
        editor.meta.set_unit_choices(units)
        editor.meta.set_people_choices(people)

    # -- the list -------------------------------------------------------------------
    def current_query(self) -> ArticleFilter:
        return merged(self.sidebar.scope(), self.filters.query())

    def _apply_query(self) -> None:
        if self.worker.ready and self.model is not None:
            query = self.current_query()
            self.model.set_query(query)
            if self._editor is not None:
                self._editor.set_highlight(query.query)

    def _list_loaded(self, total: int) -> None:
        everything = self.model.query == ArticleFilter()
        self.panel.show_loaded(total, everything)
        self._hint.setVisible(not (total == 0 and everything))  # the empty page says what to do instead
        if total == 0 and everything and self._first_load and not self._offered_sample:
            self._offered_sample = True
            QTimer.singleShot(0, self._offer_sample)
        self._first_load = False
        wanted = self.state.pending_article
        if wanted is not None:
            self.select_article(wanted, open_anyway=True)
            self.state.pending_article = None

    def _offer_sample(self) -> None:
        from jianbao.gui.dialogs import FirstStartDialog

        if FirstStartDialog.ask(self):
            self.importer.open_sample()

    def select_article(self, article_id: int, *, open_anyway: bool = False) -> None:
        if not self.panel.select_article(article_id) and open_anyway:
            self.editor.open_article(article_id)

    def step_article(self, delta: int) -> None:
        self.panel.step(delta)

    def clear_filters(self) -> None:
        self.filters.clear()

    def focus_list(self) -> None:
        self.list.setFocus()

    def focus_body(self) -> None:
        if self._editor is not None:
            self._editor.body.setFocus()

    # -- what changed ---------------------------------------------------------------
    def on_changed(self, changed: Any) -> None:
        """Refresh only what an operation says it changed."""
        if self.model is None or self.issue_actions is None:
            return
        self.issue_actions.on_changed(changed)
        self.inbox.on_changed(changed)
        if changed.bulletins or changed.issues:
            self.sidebar.reload()
            self.model.reload()
        elif changed.articles:
            self.model.refresh_articles(tuple(int(a) for a in changed.articles))
            self.sidebar.reload()  # counts of undecided articles may have moved
        if changed.taxonomy:
            self.refresh_taxonomy()

    def _imported(self, changed: Any, first_id: int | None) -> None:
        if first_id is not None:
            self.state.pending_article = int(first_id)
        # Show the new bulletin, or everything after several (the list asks the sidebar for its scope).
        if len(changed.bulletins) == 1:
            self.sidebar.restore_key(f"bulletin:{int(changed.bulletins[0])}")
        elif changed.bulletins:
            self.sidebar.restore_key("all")
        self.on_changed(changed)

    def refresh_all(self) -> None:
        if self.model is None:
            return
        self.sidebar.reload()
        self.refresh_taxonomy()
        self.model.reload()

    # -- messages and dialogs -------------------------------------------------------
    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    def show_error(self, exc: BaseException) -> None:
        from jianbao.errors import JianbaoError
        from jianbao.gui.dialogs import Ask

        if isinstance(exc, JianbaoError):  # the store's fixed messages in the editor's language (store/pg_errors.py)
            Ask.error(self, QCoreApplication.translate("StoreMessages", exc.message), exc.detail)
        else:
            import traceback

            Ask.error(self, self.tr("出现了意外错误，操作没有完成。"),
                      "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))

    def edit_preferences(self) -> None:
        from jianbao.gui.flows import edit_preferences

        edit_preferences(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from jianbao import __version__

        QMessageBox.about(self, self.tr("关于简报"), self.tr(
            "<b>简报 Jianbao</b> {0}<br>政务信息简报编辑工作站：导入、拆分、编辑、校对、组期、导出。").format(__version__))

    # -- drag and drop, closing -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.importer.from_mime(event.mimeData())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.save()
        self.live.stop()
        if self.issue_actions is not None:
            self.issue_actions.shutdown()
        if self._editor is not None:
            if self.worker.ready:
                self._editor.flush()
            self._editor.shutdown()
        self.worker.close()
        super().closeEvent(event)


class _FirstPaint(QObject):
    """Calls back once the window's first paint is done (then stops watching its events)."""

    def __init__(self, window: QWidget, callback: Any) -> None:
        super().__init__(window)
        self._window, self._callback = window, callback
        window.installEventFilter(self)

    def stop(self) -> None:
        self._window.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.stop()
            QTimer.singleShot(0, self._callback)
        return False
