"""The article editor: title, body and metadata with one undo stack, saves as revisions, autosaved drafts."""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from jianbao.gui.editor_widgets import BodyEdit, DocumentCommand, FieldCommand, UndoAwareLineEdit
from jianbao.gui.metadata import FIELDS as META_FIELDS
from jianbao.gui.metadata import MetadataPanel
from jianbao.gui.positions import Positions
from jianbao.gui.settings import Prefs
from jianbao.gui.worker import DeskWorker

AUTOSAVE_MS = 1500  # a draft is written this long after the last keystroke (the bar is 2 s)
RETRAIN_MS = 3000
BODY_FONT = "Noto Serif CJK SC"
FIELDS = ("title", "body", *META_FIELDS)


def _same(shown: Any, stored: Any) -> bool:
    return (tuple(shown or ()) == tuple(stored or ())) if isinstance(stored, (tuple, list)) else shown == stored


def _jsonable(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()}


class ArticleEditor(QWidget):
    """Edits one article at a time; emits `changed(Changed)` after each save so views refresh."""

    changed = Signal(object)
    article_loaded = Signal(int)
    draft_saved = Signal(int)
    status_message = Signal(str)

    def __init__(self, worker: DeskWorker, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._article: Any = None
        self._title_shown = ""
        self._loading = False
        self._base_revision = 0  # what the next save builds on (ahead of _article while a save is in flight)
        self.undo_stack = QUndoStack(self)

        self.title = UndoAwareLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("标题"))
        title_font = QFont("Noto Sans CJK SC", 16)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.info = QLabel(self)
        self.info.setObjectName("editorInfo")
        self.body = BodyEdit(self)
        self.body.setObjectName("body")
        self.body.set_look(BODY_FONT, prefs.body_font_size, prefs.line_spacing)
        self.meta = MetadataPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.meta)
        self.splitter.addWidget(self.body)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(6, 6, 6, 6)
        col.addWidget(self.title)
        col.addWidget(self.info)
        col.addWidget(self.splitter, 1)
        self._page = col
        self._empty = QLabel(self.tr("在列表中选择一篇文章进行编辑"), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setStyleSheet("color: #777;")
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._retrain = QTimer(self)
        self._retrain.setSingleShot(True)
        self._retrain.setInterval(RETRAIN_MS)
        self._retrain.timeout.connect(self._start_retrain)
        self._draft_at = ""
        self._highlight: str | None = None

        self.title.textEdited.connect(self._title_edited)
        self.body.document().undoCommandAdded.connect(self._body_command)
        self.body.textChanged.connect(self._touched)
        self.meta.edited.connect(self._meta_edited)
        self.undo_stack.indexChanged.connect(lambda _i: self._touched())
        self.setEnabled(True)

    # -- loading ------------------------------------------------------------------
    @property
    def article(self) -> Any:
        return self._article

    @property
    def article_id(self) -> int | None:
        return int(self._article.id) if self._article is not None else None

    def open_article(self, article_id: int, draft: dict | None = None) -> None:
        """Show an article (saving the one being edited first when it has changes)."""
        if self.article_id == article_id and draft is None:
            return
        self.flush()

        def done(article: Any) -> None:
            self.load(article, draft)

        self._worker.submit(lambda desk: desk.article(article_id), done)

    def load(self, article: Any, draft: dict | None = None) -> None:
        self._loading = True
        try:
            self._article = article
            self._base_revision = article.revision
            self._draft_at = ""
            self._autosave.stop()
            self.undo_stack.clear()
            self._title_shown = article.title
            self.title.setText(article.title)
            self.title.setCursorPosition(0)
            family = "Noto Serif CJK TC" if article.script == "t" else BODY_FONT
            font = self.body.font()
            font.setFamily(family)
            self.body.setFont(font)
            self.body.document().setDefaultFont(font)
            self.body.set_body(article.body)
            self.body.highlight(self._highlight)
            self.meta.load(article)
            self._stack.setCurrentIndex(1)
        finally:
            self._loading = False
        if draft:
            self._apply_draft(draft)
        self._show_info()
        self.article_loaded.emit(int(article.id))

    def add_banner(self, widget: QWidget) -> None:
        """A strip under the info line (news from the other editors of a shared store: gui/live.py)."""
        self._page.insertWidget(2, widget)

    @property
    def saving(self) -> bool:
        """A save is on its way to the store."""
        return self._article is not None and self._base_revision != self._article.revision

    def set_highlight(self, words: str | None) -> None:
        """The list's search words, marked in the body of every article opened while they stand."""
        self._highlight = words
        self.body.highlight(words)

    def apply_prefs(self, prefs: Prefs) -> None:
        """A new font size or line spacing: a change of look, not an edit."""
        self._loading = True
        try:
            self.body.set_look(self.body.font().family(), prefs.body_font_size, prefs.line_spacing)
        finally:
            self._loading = False

    def show_span(self, field: str, start: int, end: int) -> None:
        """Select a stretch of a field (a proofreading finding) and bring it into view."""
        if field == "title":
            at = Positions(self.title.text())
            start, end = at.qt(start), at.qt(end)
            self.title.setSelection(start, max(end - start, 1))
        elif field == "editors_note":
            from PySide6.QtGui import QTextCursor

            text = self.meta.editors_note.toPlainText()
            at = Positions(text)
            last = at.qt(len(text))
            start, end = min(at.qt(start), last), min(at.qt(end), last)
            cursor = QTextCursor(self.meta.editors_note.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.meta.editors_note.setTextCursor(cursor)
        else:
            self.body.mark_span(start, end)

    def shutdown(self) -> None:
        """The window is closing: no timer may reach the worker after this."""
        self._autosave.stop()
        self._retrain.stop()

    def clear(self) -> None:
        self._article = None
        self._autosave.stop()
        self.undo_stack.clear()
        self._stack.setCurrentIndex(0)

    def _apply_draft(self, draft: dict) -> None:
        """Put an autosaved draft back as one undoable step over the stored article."""
        self.undo_stack.beginMacro(self.tr("恢复自动保存的草稿"))
        for field, value in draft.items():
            if field == "body":
                self.body.replace_body(value)
            elif field in FIELDS:
                value = tuple(value) if field in ("units", "people") else value
                old = self.values()[field]
                self.apply_field(field, value)
                self.undo_stack.push(FieldCommand(self.apply_field, field, old, value, self.tr("恢复草稿")))
        self.undo_stack.endMacro()

    # -- editing ------------------------------------------------------------------
    def apply_field(self, field: str, value: Any) -> None:
        """Set a field's widget (used by undo/redo); never records an undo step."""
        if field == "title":
            self._title_shown = value
            if self.title.text() != value:
                self.title.setText(value)
        else:
            self.meta.apply(field, value)
        self._touched()

    def _title_edited(self, text: str) -> None:
        old, self._title_shown = self._title_shown, text
        self.undo_stack.push(FieldCommand(self.apply_field, "title", old, text, self.tr("修改标题"), merge=True))

    def _meta_edited(self, field: str, old: Any, new: Any) -> None:
        merge = field in ("units", "people", "date_text", "editors_note")
        self.undo_stack.push(FieldCommand(self.apply_field, field, old, new, self.tr("修改{0}").format(
            self._field_label(field)), merge=merge))

    def _field_label(self, field: str) -> str:
        labels = {"category": self.tr("栏目"), "needs_decision": self.tr("栏目"), "units": self.tr("报送单位"),
                  "date": self.tr("日期"), "date_text": self.tr("原文日期"), "people": self.tr("人物"),
                  "status": self.tr("状态"), "editors_note": self.tr("编者按")}
        return labels.get(field, field)

    def _body_command(self) -> None:
        if not self._loading:
            self.undo_stack.push(DocumentCommand(self.body.document(), self.tr("编辑正文")))

    def _touched(self) -> None:
        if self._loading or self._article is None:
            return
        self._autosave.start()
        self._show_info()

    # -- state --------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        vals = {"title": self.title.text(), "body": self.body.toPlainText()}
        vals.update(self.meta.values())
        return vals

    def changes(self) -> dict[str, Any]:
        """Fields that differ from the stored revision."""
        art = self._article
        if art is None:
            return {}
        out: dict[str, Any] = {}
        for field, value in self.values().items():
            stored = getattr(art, field)
            if field in ("units", "people"):
                stored, value = tuple(stored), tuple(value or ())
            if value != stored:
                out[field] = value
        if "needs_decision" in out:  # confirming the proposed category is an editor's decision on it
            out.pop("needs_decision")
            out["category"] = self.values()["category"]
        return out

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def _show_info(self) -> None:
        art = self._article
        if art is None:
            return
        parts = [self.tr("第 {0} 版").format(art.revision), self.tr("更新于 {0}").format(art.updated[:16].replace("T", " "))]
        if self.is_dirty():
            parts.append(self.tr("有未保存的修改") + (self.tr("（草稿已自动保存 {0}）").format(self._draft_at)
                                                     if self._draft_at else ""))
        else:
            parts.append(self.tr("已保存"))
        self.info.setText(" · ".join(parts))

    # -- saving -------------------------------------------------------------------
    def save(self, *, reason: str = "edited", force: bool = False) -> bool:
        """Save the changes as a new revision (on the worker); False when there was nothing to save."""
        changes = self.changes()
        art = self._article
        if art is None or not changes:
            return False
        self._autosave.stop()
        expected = None if force else self._base_revision
        self._base_revision += 1

        def task(desk: Any) -> tuple[Any, Any]:
            return desk.edit_article(art.id, changes, expected_revision=expected, reason=reason)

        def done(result: tuple[Any, Any]) -> None:
            article, changed = result
            if self.article_id == int(article.id):
                if force:
                    self._show_theirs(art, article, changes)
                self._article = article
                self._base_revision = article.revision
                self.meta._article = article
                self.meta._show_decision()
                self.undo_stack.setClean()
                self._draft_at = ""
                self._show_info()
            self.status_message.emit(self.tr("已保存《{0}》第 {1} 版").format(article.title, article.revision))
            self.changed.emit(changed)
            if "category" in changes:
                self._retrain.start()

        self._worker.submit(task, done, self._save_failed)
        return True

    def _show_theirs(self, before: Any, after: Any, mine: dict[str, Any]) -> None:
        """My changes were kept over another editor's version: the fields I left alone now show theirs."""
        current = self.values()
        for field in FIELDS:
            old, theirs = getattr(before, field), getattr(after, field)
            if field in mine or theirs == old or not _same(current[field], old):
                continue
            if field == "body":
                self.body.replace_body(theirs)
            else:
                self.apply_field(field, theirs)

    def _save_failed(self, exc: BaseException) -> None:
        from jianbao.errors import ConflictError
        from jianbao.gui.conflict import copy_version
        from jianbao.gui.dialogs import ConflictDialog

        if self._article is not None:
            self._base_revision = self._article.revision
        if not isinstance(exc, ConflictError):
            self._worker.failed.emit(exc)
            return
        same = self.article_id == int(exc.current.id)  # else the editor moved on to another article meanwhile
        mine = self.changes() if same else exc.mine
        choice = ConflictDialog.ask(self, exc.current, mine, base=self._article if same else None,
                                    author=getattr(exc, "author", ""))
        if choice == "mine" and same:
            self.save(force=True)
        elif choice == "theirs":  # never lost: mine goes to the clipboard, ready to paste back
            copy_version(exc.current, mine, self._article if same else None)
            self.status_message.emit(self.tr("已采用对方的版本；你的版本已复制到剪贴板，可粘贴找回"))
            if same:
                self.load(exc.current)

    def flush(self) -> None:
        """Save pending changes now (switching articles, closing the window)."""
        if self.is_dirty():
            self.save()

    def save_draft(self) -> None:
        art = self._article
        changes = self.changes()
        if art is None:
            return
        article_id, revision = int(art.id), self._base_revision
        if not changes:
            self._worker.submit(lambda desk: desk.discard_draft(article_id))
            return
        payload = _jsonable(changes)

        def done(_r: object) -> None:
            self._draft_at = time.strftime("%H:%M:%S")
            self._show_info()
            self.draft_saved.emit(article_id)

        self._worker.submit(lambda desk: desk.save_draft(article_id, revision, payload), done)

    def _start_retrain(self) -> None:
        def task(desk: Any, progress: Any) -> bool:
            retrain = getattr(desk, "retrain", None)
            if retrain is None:
                return False
            retrain()
            return True

        self._worker.run_long(self.tr("正在根据编辑的选择更新自动分类…"), task)

    # -- history ------------------------------------------------------------------
    def show_history(self) -> None:
        """Revision list with differences; restoring makes an old revision current again."""
        if self._article is None:
            return
        self.flush()
        article_id = int(self._article.id)

        def loaded(data: tuple[list, Any]) -> None:
            from jianbao.gui.revisions import RevisionDialog

            revisions, current = data
            chosen = RevisionDialog.choose(self, revisions, current)
            if chosen is not None:
                self._worker.submit(lambda desk: desk.restore_revision(article_id, chosen), self._restored)

        self._worker.submit(lambda desk: (desk.revisions(article_id), desk.article(article_id)), loaded)

    def _restored(self, result: tuple[Any, Any]) -> None:
        article, changed = result
        self.load(article)
        self.status_message.emit(self.tr("已恢复为旧版本（保存为第 {0} 版）").format(article.revision))
        self.changed.emit(changed)
