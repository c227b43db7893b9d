"""News from the other editors of a shared store: their commits refresh this window, their open articles show.

The Desk's listener has a connection of its own; its socket is watched by a QSocketNotifier, so news is read
when it arrives and never polled for. An article open here that someone else saved is reloaded when it has
no unsaved changes; otherwise the editor's text stays and a notice leads to the usual conflict dialog.
A store only this desk uses (SQLite) has no listener, and nothing here runs.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

RETRY_MS = 2000  # first wait before listening again after the connection was lost (doubling up to a minute)
RETRY_MAX_MS = 60_000


def merged(news: list[Any]) -> tuple[Any, bool, bool, str]:
    """Several notifications as one refresh: what changed, whether everything, whether presence, who."""
    from jianbao.models import Changed

    def union(kind: str) -> tuple:
        return tuple(dict.fromkeys(i for n in news for i in getattr(n.changed, kind)))

    flags = {k: any(getattr(n.changed, k) for n in news) for k in ("taxonomy", "terms", "people", "submissions")}
    changed = Changed(articles=union("articles"), bulletins=union("bulletins"), issues=union("issues"), **flags)
    editors = "、".join(dict.fromkeys(n.editor for n in news if n.editor and (n.changed.touched or n.everything)))
    return changed, any(n.everything for n in news), any(n.presence for n in news), editors


class EditorNotice(QFrame):
    """The strip under the editor's title: who else has this article open, and news of their saves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorNotice")
        self.setStyleSheet("#editorNotice { background: #fff4e6; border: 1px solid #ffc078; border-radius: 3px; }"
                           "QLabel { color: #7a3e00; }")
        self.presence = QLabel(self)
        self.presence.setObjectName("presenceNote")
        self.news = QLabel(self)
        self.news.setObjectName("changeNote")
        self.news.setWordWrap(True)
        self.compare = QPushButton(self.tr("比较两个版本…"), self)
        self.compare.setObjectName("compareVersions")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.presence)
        row.addWidget(self.news, 1)
        row.addWidget(self.compare)
        self.revision = 0  # the revision the news is about (0: no news)
        self._conflict = False
        self._update()

    def show_editors(self, names: tuple[str, ...]) -> None:
        self.presence.setText(self.tr("✎ {0} 正在编辑").format("、".join(names)) if names else "")
        self._update()

    def show_news(self, text: str, revision: int, *, conflict: bool) -> None:
        self.news.setText(text)
        self.revision, self._conflict = revision, conflict
        self._update()

    def clear_news(self) -> None:
        self.news.setText("")
        self.revision, self._conflict = 0, False
        self._update()

    def _update(self) -> None:
        self.presence.setVisible(bool(self.presence.text()))
        self.news.setVisible(bool(self.news.text()))
        self.compare.setVisible(self._conflict)
        self.setVisible(bool(self.presence.text() or self.news.text()))


class LiveUpdates(QObject):
    """Listens on the window's shared store (from the Desk's worker) and refreshes the window from the news."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._listener: Any = None
        self._notifier: QSocketNotifier | None = None
        self._presence: dict[int, tuple[str, ...]] = {}
        self._retry_ms = RETRY_MS
        self._reconnecting = False
        self._closed = False
        self.notice: EditorNotice | None = None
        window.worker.desk_ready.connect(self.start)
        window.installEventFilter(self)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    # -- the listener ------------------------------------------------------------------------
    def start(self) -> None:
        if not self._closed:
            self.window.worker.submit(lambda desk: desk.listen(), self._listening, self._lost)

    def _listening(self, listener: Any) -> None:
        if listener is None:
            return  # a store only this desk uses
        if self._closed:
            listener.close()
            return
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._retry_ms = RETRY_MS
        if self._reconnecting:  # news may have been missed while the connection was down
            self._reconnecting = False
            self._refresh(None, everything=True, editors="")
        self._hold_open_article()
        self.refresh_presence()

    def _read(self) -> None:
        from jianbao.errors import StoreError

        if self._listener is None:
            return
        try:
            news = self._listener.changes()
        except StoreError as exc:
            self._lost(exc)
            return
        if not news:
            return
        changed, everything, presence, editors = merged(news)
        if everything or changed.touched:
            self._refresh(changed, everything=everything, editors=editors)
        if presence or everything or changed.touched:
            self.refresh_presence()

    def _lost(self, _exc: BaseException) -> None:
        """The listening connection is gone (server restart, network): listen again after a while."""
        self._drop_listener()
        if self._closed:
            return
        self._reconnecting = True
        self.window.show_message(self.tr("与共享资料库的通知连接中断，正在重新连接…"), 5000)
        QTimer.singleShot(self._retry_ms, self.start)
        self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def stop(self) -> None:
        """The window is closing."""
        self._closed = True
        self._drop_listener()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Coming back to the window: read who edits what again (a client that died tells nobody).
        if event.type() == QEvent.Type.WindowActivate and self.listening:
            self.refresh_presence()
        return False

    # -- what the others changed ---------------------------------------------------------------
    def _refresh(self, changed: Any, *, everything: bool, editors: str) -> None:
        w = self.window
        if w.model is None:
            return
        editor = w._editor
        if editor is not None and editor.article_id is not None:
            w.state.pending_article = editor.article_id  # a reloaded list selects it again
            if everything or editor.article_id in changed.articles:
                self._check_open_article(editors)
        if everything:
            from jianbao.models import Changed

            w.refresh_all()
            w.inbox.on_changed(Changed(submissions=True))
        else:
            w.on_changed(changed)
            if not (changed.bulletins or changed.issues):
                w.state.pending_article = None  # the list was not reloaded
        if w.issue_actions is not None and (everything or changed.issues):
            w.issue_actions.issues_changed_elsewhere(None if everything else changed.issues)
        if editors:
            w.show_message(self.tr("{0} 修改了资料库，已刷新").format(editors), 5000)

    def _check_open_article(self, editors: str) -> None:
        from jianbao.errors import NotFoundError

        editor = self.window._editor
        article_id = editor.article_id

        def compare(article: Any) -> None:
            if editor.article_id != int(article.id) or editor.saving or article.revision <= editor.article.revision:
                return
            who = editors or self.tr("其他编辑")
            if editor.is_dirty():  # never replace the editor's text: the save will meet the conflict dialog
                self._notice().show_news(self.tr("{0} 已保存这篇文章的第 {1} 版；你的修改尚未保存，保存时会比较两个版本。")
                                         .format(who, article.revision), article.revision, conflict=True)
                return
            editor.load(article)
            self._notice().show_news(self.tr("已载入 {0} 保存的第 {1} 版").format(who, article.revision),
                                     article.revision, conflict=False)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, NotFoundError):
                self.window.worker.failed.emit(exc)

        self.window.worker.submit(lambda desk: desk.article(article_id), compare, failed)

    # -- who edits what --------------------------------------------------------------------------
    def attach_editor(self, editor: Any) -> None:
        editor.article_loaded.connect(self._loaded)
        editor.changed.connect(lambda _c: self._saved())

    def _notice(self) -> EditorNotice:
        if self.notice is None:
            editor = self.window.editor
            self.notice = EditorNotice(editor)
            self.notice.compare.clicked.connect(lambda: editor.save())
            editor.add_banner(self.notice)
        return self.notice

    def _loaded(self, article_id: int) -> None:
        if self.notice is not None and (self.notice.revision == 0 or
                                        self.window.editor.article.revision >= self.notice.revision):
            self.notice.clear_news()
        if self.listening:
            self._hold_open_article()
            self._show_editors()

    def _saved(self) -> None:
        editor = self.window._editor
        if self.notice is not None and editor is not None and editor.article is not None \
                and editor.article.revision >= self.notice.revision:
            self.notice.clear_news()

    def _hold_open_article(self) -> None:
        editor = self.window._editor
        article_id = editor.article_id if editor is not None else None
        self.window.worker.submit(lambda desk: desk.hold_article(article_id))

    def refresh_presence(self) -> None:
        def show(presence: dict) -> None:
            self._presence = {int(k): tuple(v) for k, v in presence.items()}
            if self.window.model is not None:
                self.window.model.set_presence(self._presence)
            self._show_editors()

        # A failed read only leaves the marks as they were: the next news or activation reads them again.
        self.window.worker.submit(lambda desk: desk.presence(), show, lambda _exc: None)

    def _show_editors(self) -> None:
        editor = self.window._editor
        if editor is None or editor.article_id is None:
            return
        names = self._presence.get(editor.article_id, ())
        if names or self.notice is not None:
            self._notice().show_editors(names)
