"""The status-bar panel for long work: what is running, how far, and a cancel button."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from jianbao.gui.worker import DeskWorker, Progress


class ProgressPanel(QWidget):
    """Visible while a long task runs on the worker; cancel asks the task to stop at its next check."""

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Progress] = []
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QToolButton(self)
        self.cancel.setObjectName("cancelTask")
        self.cancel.setText(self.tr("取消"))
        self.cancel.setToolTip(self.tr("停止正在进行的工作（已完成的部分会保留）"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.cancel.clicked.connect(self.cancel_current)
        worker.long_started.connect(self._started)
        worker.long_finished.connect(self._finished)
        worker.progressed.connect(self._progressed)
        self.hide()
        self._tasks.extend(worker.long_running())  # made while the first long task was starting
        self._show_top()

    def _started(self, progress: Progress) -> None:
        if progress not in self._tasks:
            self._tasks.append(progress)
        self._show_top()

    def _finished(self, progress: Progress) -> None:
        if progress in self._tasks:
            self._tasks.remove(progress)
        self._show_top()

    def _progressed(self, progress: Progress, done: int, total: int, text: str) -> None:
        if self._tasks and progress is self._tasks[0]:
            self.bar.setRange(0, max(total, 0))
            self.bar.setValue(done)
            self.label.setText(f"{progress.label}{('：' + text) if text else ''}")

    def _show_top(self) -> None:
        if not self._tasks:
            self.hide()
            return
        top = self._tasks[0]
        self.label.setText(top.label)
        self.bar.setRange(0, 0)  # busy until the task reports
        self.cancel.setEnabled(not top.cancelled)
        self.show()

    def cancel_current(self) -> None:
        if self._tasks:
            self._tasks[0].cancel()
            self.cancel.setEnabled(False)
            self.label.setText(self.tr("正在取消…"))

    @property
    def running(self) -> int:
        return len(self._tasks)
