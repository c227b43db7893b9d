"""The main window's menus and keyboard shortcuts (shown in the menus)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

Key = QKeySequence.StandardKey


def make_action(window: QMainWindow, text: str, slot: Callable[[], Any], key: Any = None, *, fallback: str = "",
                tip: str = "") -> QAction:
    """An action of the window: a key as text ("Ctrl+N") or a standard key (with `fallback` where the
    platform defines none), the tip in the status bar and as a tooltip."""
    action = QAction(window)
    action.setText(text)
    if key is not None:
        keys = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        if not keys and fallback:  # some platforms define no key for e.g. Preferences
            keys = [QKeySequence(fallback)]
        # setShortcuts(list), not setShortcut(seq): resolving that overload makes PySide create Qt's enums.
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


class WindowActions(QObject):
    """Creates every action once; the window connects them and tests trigger them by name."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.open = self._action(self.tr("打开简报文件(&O)…"), w.importer.open_dialog, Key.Open)
        self.paste = self._action(self.tr("粘贴简报(&P)"), w.importer.paste, "Ctrl+Shift+V",
                                  tip=self.tr("把剪贴板里的简报（纯文本或网页）拆分预览后导入"))
        self.sample = self._action(self.tr("打开样例简报"), w.importer.open_sample)
        self.prefs = self._action(self.tr("首选项(&E)…"), w.edit_preferences, Key.Preferences, fallback="Ctrl+,")
        self.quit = self._action(self.tr("退出(&Q)"), w.close, Key.Quit, fallback="Ctrl+Q")
        # Editor actions reach the editor only once it exists (it is built when the first article opens).
        self.undo = self._action(self.tr("撤销"), lambda: self._on_editor(lambda e: e.undo_stack.undo()), Key.Undo)
        self.redo = self._action(self.tr("重做"), lambda: self._on_editor(lambda e: e.undo_stack.redo()), Key.Redo)
        self.redo.setShortcuts([*QKeySequence.keyBindings(Key.Redo), QKeySequence("Ctrl+Y")])
        self.save = self._action(self.tr("保存文章(&S)"), lambda: self._on_editor(lambda e: e.save()), Key.Save)
        self.history = self._action(self.tr("历史版本(&H)…"), lambda: self._on_editor(lambda e: e.show_history()),
                                    "Ctrl+Shift+H")
        self.confirm = self._action(self.tr("确认栏目"), lambda: self._on_editor(lambda e: e.meta.confirm.click()),
                                    "Ctrl+Shift+K", tip=self.tr("采用自动分类给出的栏目，去掉“待定”"))
        for a in (self.undo, self.redo, self.save, self.history, self.confirm):
            a.setEnabled(False)
        self.search = self._action(self.tr("检索(&F)"), w.filters.focus_search, Key.Find)
        self.clear_filters = self._action(self.tr("清除筛选"), w.clear_filters, "Ctrl+Shift+F")
        self.next_article = self._action(self.tr("下一篇"), lambda: w.step_article(+1), "Alt+Down")
        self.prev_article = self._action(self.tr("上一篇"), lambda: w.step_article(-1), "Alt+Up")
        self.focus_list = self._action(self.tr("转到文章列表"), w.focus_list, "Ctrl+1")
        self.focus_editor = self._action(self.tr("转到正文"), w.focus_body, "Ctrl+2")
        self.refresh = self._action(self.tr("刷新"), w.refresh_all, Key.Refresh, fallback="F5")
        self.about = self._action(self.tr("关于简报(&A)"), w.show_about)

    def _on_editor(self, call: Callable[[Any], Any]) -> None:
        if self.window.editor_built:
            call(self.window.editor)

    def attach_editor(self, editor: Any) -> None:
        """Follow the editor's undo stack: enabled state and the name of what would be undone."""
        stack = editor.undo_stack
        undo_text, redo_text = self.undo.text(), self.redo.text()
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo.setText(f"{undo_text} {t}".strip()))
        stack.redoTextChanged.connect(lambda t: self.redo.setText(f"{redo_text} {t}".strip()))
        for a in (self.save, self.history, self.confirm):
            a.setEnabled(True)

    def _action(self, text: str, slot: Callable[[], Any], key: Any = None, *, fallback: str = "",
                tip: str = "") -> QAction:
        return make_action(self.window, text, slot, key, fallback=fallback, tip=tip)

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for a in (self.open, self.paste, self.sample):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.prefs)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        for a in (self.undo, self.redo):
            edit.addAction(a)
        edit.addSeparator()
        for a in (self.save, self.history, self.confirm):
            edit.addAction(a)
        view = bar.addMenu(self.tr("查看(&V)"))
        for a in (self.search, self.clear_filters):
            view.addAction(a)
        view.addSeparator()
        for a in (self.prev_article, self.next_article, self.focus_list, self.focus_editor):
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.refresh)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about)
