"""The inbox (收稿箱) dock: submissions in the office's shared folder, seen through a file-system watcher and
handed to the Desk only once they stopped changing; each opens into the split preview."""
from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem

SETTLE_MS = 600  # a file is read once its size and time stood still this long (a copy or a save is done)


class InboxWatcher(QObject):
    """Says which files of a folder have settled. Every watcher event restarts one single-shot timer; when it
    fires, a file whose size and modification time are what they were at the last event is handed on (once per
    state), and files still changing restart the timer. No polling: without events nothing runs."""

    settled = Signal(list)  # paths (str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = ""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._touched)
        self._watcher.fileChanged.connect(self._touched)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check)
        self._seen: dict[str, tuple[int, int]] = {}
        self._handed: dict[str, tuple[int, int]] = {}

    def watch(self, folder: str) -> None:
        """Watch `folder` ('' stops); what is there already is looked at once."""
        paths = self._watcher.directories() + self._watcher.files()
        if paths:
            self._watcher.removePaths(paths)
        self.folder, self._seen, self._handed = folder, {}, {}
        if folder and os.path.isdir(folder):
            self._watcher.addPath(folder)
            self._touched()

    def _snapshot(self) -> dict[str, tuple[int, int]]:
        from jianbao.desk.inbox import inbox_files  # here: the window starts without the Desk's modules

        states = {}
        try:
            files = inbox_files(self.folder)
        except Exception:  # noqa: BLE001 - the folder went away (a network share dropped): wait for it
            return {}
        for path in files:
            try:
                info = path.stat()
            except OSError:
                continue
            states[str(path)] = (info.st_size, info.st_mtime_ns)
        return states

    def _touched(self, _path: str = "") -> None:
        self._seen = self._snapshot()
        new = [p for p in self._seen if p not in self._watcher.files()]
        if new:
            self._watcher.addPaths(new)  # writes into a file raise fileChanged, not directoryChanged
        self._timer.start()

    def _check(self) -> None:
        now = self._snapshot()
        stable = [p for p, state in now.items() if self._seen.get(p) == state and self._handed.get(p) != state]
        if any(self._seen.get(p) != state for p, state in now.items()):
            self._timer.start()
        self._seen = now
        for path in stable:
            self._handed[path] = now[path]
        if stable:
            self.settled.emit(stable)


class InboxDock(QDockWidget):
    """A table of submissions: arrival, submitting unit (editable), file, title, state."""

    COLUMNS = ("arrived", "unit", "name", "title", "state")

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("inboxDock")
        self.setWindowTitle(self.tr("收稿箱"))
        self.window_ = window
        self.rows: list[Any] = []
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("inboxTable")
        self.table.setHorizontalHeaderLabels([self.tr("到达时间"), self.tr("报送单位"), self.tr("文件"), self.tr("标题"),
                                              self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("双击单位可修改；双击其他列或按回车，打开拆分预览"))
        self.table.itemChanged.connect(self._unit_edited)
        # Activation is a double-click (or Enter) in most styles; on the unit it edits instead.
        self.table.cellActivated.connect(lambda row, column: column != 1 and self.open_row(row))
        self.setWidget(self.table)
        self.watcher = InboxWatcher(self)
        self.watcher.settled.connect(self._settled)
        self._filling = False

    @classmethod
    def attach(cls, window: Any) -> "InboxDock":
        dock = cls(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.setVisible(bool(window.prefs.inbox_folder))
        window.store_opened.connect(lambda: dock.set_folder(window.prefs.inbox_folder))
        return dock

    def set_folder(self, folder: str) -> None:
        """Watch `folder` ('' hides the inbox)."""
        self.setVisible(bool(folder))
        if folder:
            self.reload()
        self.watcher.watch(folder)

    def _settled(self, paths: list[str]) -> None:
        folder = self.watcher.folder

        def done(scan: Any) -> None:
            if scan.arrived:
                self.window_.show_message(self.tr("收稿箱收到 {0} 份来稿").format(len(scan.arrived)), 8000)
                self.reload()

        self.window_.worker.submit(lambda desk: desk.scan_inbox(folder, paths), done)

    def on_changed(self, changed: Any) -> None:
        if getattr(changed, "submissions", False) and self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.window_.worker.submit(lambda desk: desk.submissions(), self._show)

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        self._filling = True
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            state = (self.tr("已导入") if s.bulletin_id else self.tr("无法读取") if s.problem else self.tr("待处理"))
            texts = (s.arrived_at[:16].replace("T", " "), s.unit or self.tr("（未知）"), s.name, s.title, state)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(s.problem or s.path)
                self.table.setItem(r, c, item)
        self._filling = False
        self.table.resizeColumnsToContents()

    def _unit_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or item.row() >= len(self.rows):
            return
        submission = self.rows[item.row()]
        unit = item.text().strip()
        if unit and unit != submission.unit:
            self.window_.worker.submit(lambda desk: desk.set_submission_unit(submission.id, unit),
                                       lambda changed: self.window_.on_changed(changed))

    def open_row(self, row: int) -> None:
        """Open the submission in the split preview (an import from there records its unit)."""
        if 0 <= row < len(self.rows):
            self.window_.importer.open_paths([self.rows[row].path])
