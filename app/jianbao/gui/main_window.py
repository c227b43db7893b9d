"""The main window: sidebar, filterable article list and the editor, wired to the Desk through the worker."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from jianbao import __version__
from jianbao.gui.actions import WindowActions
from jianbao.gui.dialogs import Ask, DraftDialog, FirstStartDialog, PreferencesDialog
from jianbao.gui.editor import ArticleEditor
from jianbao.gui.filter_bar import FilterBar
from jianbao.gui.importing import Importer
from jianbao.gui.list_model import ArticleListModel, ListQuery
from jianbao.gui.progress import ProgressPanel
from jianbao.gui.settings import Prefs, load_prefs, save_prefs
from jianbao.gui.sidebar import Sidebar
from jianbao.gui.window_state import WindowState
from jianbao.gui.worker import DeskWorker


class MainWindow(QMainWindow):
    """Everything the editor works in; views refresh from the `Changed` each operation returns."""

    store_opened = Signal()

    def __init__(self, worker: DeskWorker, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.worker = worker
        self.settings = settings
        self.prefs: Prefs = load_prefs(settings)
        self.setWindowTitle(self.tr("简报 Jianbao"))
        self.setAcceptDrops(True)
        self._offered_sample = False
        self._first_load = True
        self._shown_once = False

        self.sidebar = Sidebar(worker, self)
        self.filters = FilterBar(self)
        self.model = ArticleListModel(worker, self)
        self.list = QTableView(self)
        self.list.setObjectName("articleList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSortingEnabled(True)
        self.list.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(26)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 46), (2, 76), (3, 84), (4, 110), (5, 52), (6, 40)):
            self.list.setColumnWidth(col, width)
        self.empty = self._empty_page()
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        middle = QWidget(self)
        col = QVBoxLayout(middle)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.filters)
        col.addWidget(self.list_stack, 1)
        col.addWidget(self.count_label)
        self.editor = ArticleEditor(worker, self.prefs, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for w in (self.sidebar, middle, self.editor):
            self.splitter.addWidget(w)
        self.splitter.setSizes([180, 540, 560])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.progress = ProgressPanel(worker, self)
        self.statusBar().addPermanentWidget(self.progress)

        self.importer = Importer(self, worker)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus(self)
        self.state = WindowState(self, settings)

        self.sidebar.scope_changed.connect(lambda _s: self._apply_query())
        self.filters.changed.connect(lambda _q: self._apply_query())
        self.model.loaded.connect(self._list_loaded)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_chosen(cur.row()))
        self.editor.changed.connect(self.on_changed)
        self.editor.status_message.connect(self.show_message)
        self.importer.imported.connect(self._imported)
        self.importer.message.connect(self.show_message)
        worker.desk_ready.connect(self._desk_ready)
        worker.failed.connect(self.show_error)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyPage")
        text = QLabel(self.tr("<h2>资料库里还没有文章</h2><p>把简报拿进来：</p><ul>"
                              "<li>复制简报全文后按 <b>Ctrl+Shift+V</b> 粘贴（纯文本或网页均可）；</li>"
                              "<li>按 <b>Ctrl+O</b> 打开 .txt / .docx / .html 文件（可一次选多个）；</li>"
                              "<li>或把文件直接拖进这个窗口。</li></ul>"
                              "<p>导入前会先显示拆分预览，可以调整每篇文章的起止和标题。</p>"), page)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        sample = QPushButton(self.tr("打开随附的样例简报"), page)
        sample.setObjectName("openSample")
        sample.clicked.connect(lambda: self.importer.open_sample())
        col = QVBoxLayout(page)
        col.setContentsMargins(24, 24, 24, 24)
        col.addWidget(text)
        col.addWidget(sample, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)
        return page

    # -- opening the store ----------------------------------------------------------
    def open_store(self, path: Any) -> None:
        self.show_message(self.tr("正在打开资料库…"))
        self.worker.open(path, on_error=self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        self.close()

    def _desk_ready(self) -> None:
        self.show_message(self.tr("资料库：{0}").format(self.worker.store_path), 5000)
        self.state.restore_selection()
        self.refresh_taxonomy()
        self.sidebar.reload()
        self._apply_query()
        self.worker.submit(lambda desk: [(int(a), desk.article(a).title, at) for a, _r, _p, at in desk.drafts()],
                           self._offer_drafts)
        self.store_opened.emit()

    def _offer_drafts(self, drafts: list[tuple[int, str, str]]) -> None:
        if not drafts:
            return
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
            categories, units, people = data
            self.filters.set_categories(categories)
            self.filters.set_units(units)
            self.editor.meta.set_categories(categories)
            self.editor.meta.set_unit_choices(units)
            self.editor.meta.set_people_choices(people)

        self.worker.submit(task, done)

    # -- the list -------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        return self.sidebar.scope().merged(self.filters.query())

    def _apply_query(self) -> None:
        if self.worker.ready:
            self.model.set_query(self.current_query())

    def _list_loaded(self, total: int) -> None:
        query = self.model.query
        if total == 0 and query == ListQuery():
            self.list_stack.setCurrentWidget(self.empty)
            self.count_label.setText("")
            if self._first_load and not self._offered_sample:
                self._offered_sample = True
                QTimer.singleShot(0, self._offer_sample)
        else:
            self.list_stack.setCurrentWidget(self.list)
            self.count_label.setText(self.tr("共 {0} 篇").format(total) if total else self.tr("没有符合条件的文章"))
        self._first_load = False
        wanted = self.state.pending_article
        if wanted is not None:
            self.select_article(wanted, open_anyway=True)
            self.state.pending_article = None

    def _offer_sample(self) -> None:
        if FirstStartDialog.ask(self):
            self.importer.open_sample()

    def _row_chosen(self, row: int) -> None:
        article_id = self.model.article_id(row)
        if article_id is not None:
            self.editor.open_article(article_id)

    def select_article(self, article_id: int, *, open_anyway: bool = False) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            if open_anyway:
                self.editor.open_article(article_id)
            return
        index = self.model.index(row, 1)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.list.scrollTo(index)

    def step_article(self, delta: int) -> None:
        row = self.list.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.select_article(self.model.article_id(row) or 0)

    def clear_filters(self) -> None:
        self.filters.clear()

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_body(self) -> None:
        self.editor.body.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- what changed ---------------------------------------------------------------
    def on_changed(self, changed: Any) -> None:
        """Refresh only what an operation says it changed."""
        if changed.bulletins or changed.issues:
            self.sidebar.reload()
            self.model.reload()
        elif changed.articles:
            self.model.refresh_articles(tuple(int(a) for a in changed.articles))
            self.sidebar.reload()  # counts of undecided articles may have moved
        if changed.taxonomy:
            self.refresh_taxonomy()

    def _imported(self, changed: Any, first_id: int | None) -> None:
        self.on_changed(changed)
        if first_id is not None:
            self.state.pending_article = int(first_id)
        if changed.bulletins:
            self.sidebar.restore_key(f"bulletin:{int(changed.bulletins[-1])}")

    def refresh_all(self) -> None:
        self.sidebar.reload()
        self.refresh_taxonomy()
        self.model.reload()

    # -- messages and dialogs -------------------------------------------------------
    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    def show_error(self, exc: BaseException) -> None:
        from jianbao.errors import JianbaoError

        if isinstance(exc, JianbaoError):
            Ask.error(self, exc.message, exc.detail)
        else:
            import traceback

            Ask.error(self, self.tr("出现了意外错误，操作没有完成。"),
                      "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))

    def edit_preferences(self) -> None:
        prefs = PreferencesDialog.ask(self, self.prefs)
        if prefs is None:
            return
        save_prefs(self.settings, prefs)
        if prefs.language != self.prefs.language:
            self.show_message(self.tr("界面语言将在重新启动后切换"), 8000)
        self.prefs = prefs
        self.editor.body.set_look(self.editor.body.font().family(), prefs.body_font_size, prefs.line_spacing)

    def show_about(self) -> None:
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.state.restore_splitters()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.save()
        if self.worker.ready:
            self.editor.flush()
        self.worker.close()
        super().closeEvent(event)
