"""Below the issue's facts: its page estimate and what stands between it and approval (unchecked articles,
duplicates, open findings), worked out in the background after every change."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from jianbao.gui.worker import DeskWorker, Progress

CHECK_AFTER_MS = 1200


class IssueChecks(QWidget):
    """`issue_changed(issue_id, unchecked titles)` after each change; a newer change cancels a running check."""

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._issue_id: int | None = None
        self._unchecked: list[str] = []
        self.running: Progress | None = None
        self.result: Any = None
        self.pages = QLabel(self)
        self.pages.setObjectName("pageEstimate")
        self.pages.setWordWrap(True)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("issueWarnings")
        self.warnings.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.pages)
        col.addWidget(QLabel(self.tr("审定前请处理："), self))
        col.addWidget(self.warnings, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_AFTER_MS)
        self._timer.timeout.connect(self.run_checks)

    def issue_changed(self, issue_id: int | None, unchecked: list[str]) -> None:
        """Estimate pages now; check for duplicates and findings a moment later."""
        self._issue_id, self._unchecked = issue_id, list(unchecked)
        if self.running is not None:
            self.running.cancel()
        if issue_id is None:
            self._timer.stop()
            self.pages.setText(self.tr("页数：加入文章后估算"))
            self.result = None
            self.warnings.clear()
            return
        self._worker.submit(lambda desk: desk.estimate_pages(issue_id), self._show_pages)
        self._timer.start()
        self.show_warnings()

    def set_unchecked(self, unchecked: list[str]) -> None:
        self._unchecked = list(unchecked)
        self.show_warnings()

    def _show_pages(self, estimate: Any) -> None:
        self.pages.setText(self.tr("约 {0} 页（{1} 行、{2} 字，按每页 22 行 × 28 字估算）").format(
            estimate.pages, estimate.lines, estimate.characters))

    def run_checks(self) -> None:
        if self._issue_id is None:
            return
        issue_id = self._issue_id

        def task(desk: Any, progress: Progress) -> Any:
            return desk.issue_warnings(issue_id, progress=lambda n, total: progress.report(n, total),
                                       cancelled=lambda: progress.cancelled)

        def done(result: Any) -> None:
            if self.running is progress and not progress.cancelled:
                self.running = None
                self.result = result
                self.show_warnings()

        progress = self._worker.run_long(self.tr("正在检查本期的重复稿件和校对问题"), task, done)
        self.running = progress

    @property
    def settled(self) -> bool:
        """No check waiting or running: `result` is about the issue as it stands."""
        return self.running is None and not self._timer.isActive()

    def problems(self) -> list[str]:
        """What is still open, in a word each (asked before approving)."""
        out = []
        if self._unchecked:
            out.append(self.tr("{0} 篇未校对").format(len(self._unchecked)))
        w = self.result
        if w is not None:
            if w.duplicates:
                out.append(self.tr("{0} 处重复稿件").format(len(w.duplicates)))
            if w.open_findings:
                out.append(self.tr("{0} 处校对问题未处理").format(w.open_findings))
        return out

    def show_warnings(self) -> None:
        self.warnings.clear()
        if self._issue_id is None:
            return
        unchecked = self._unchecked
        if unchecked:
            self.warnings.addItem(self.tr("⚠ {0} 篇未校对：{1}").format(
                len(unchecked), "；".join(unchecked[:3]) + ("…" if len(unchecked) > 3 else "")))
        w = self.result
        if w is None or not self.settled:
            self.warnings.addItem(self.tr("正在检查重复稿件和校对问题…"))
            return
        for _aid, title, message in w.duplicates:
            self.warnings.addItem(self.tr("⚠ 重复稿件《{0}》：{1}").format(title, message))
        if w.open_findings:
            kinds = "、".join(f"{k} {n}" for k, n in w.by_kind)
            self.warnings.addItem(self.tr("⚠ {0} 处校对问题未处理（{1}）——点“校对整期”逐条处理").format(
                w.open_findings, kinds))
        if not unchecked and w.clear:
            self.warnings.addItem(self.tr("✓ 没有发现问题，可以审定"))

    def stop(self) -> None:
        self._timer.stop()
        if self.running is not None:
            self.running.cancel()
