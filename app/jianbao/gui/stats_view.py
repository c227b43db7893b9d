"""The statistics view: articles per category and per reporting unit per month, units' adoption for a period;
a table, a bar chart, and the table exported to .csv, .xlsx or .docx."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from jianbao.gui.bar_chart import BarChart
from jianbao.gui.worker import DeskWorker


class StatsWindow(QWidget):
    """Numbers for the office's reports; every figure comes from the desk (`month_stats`, `adoption_stats`)."""

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None, *, points: float = 0.0) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.points = points  # 信息采用计分 per adopted article (preferences); 0: no score column
        self.setObjectName("statsWindow")
        self.setWindowTitle(self.tr("统计"))
        self._worker = worker
        self.table_data: Any = None
        self._generation = 0
        self.kind = QComboBox(self)
        self.kind.setObjectName("statsKind")
        self.kind.addItem(self.tr("各栏目每月稿件数"), "category")
        self.kind.addItem(self.tr("各单位每月报送数"), "unit")
        self.kind.addItem(self.tr("各单位报送与采用（考核用）"), "adoption")
        self.all_time = QCheckBox(self.tr("全部时间"), self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(today)
        self.csv_button = QPushButton(self.tr("导出 CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.docx_button = QPushButton(self.tr("导出 Word…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计"), self))
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("期间"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("—", self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.all_time)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.docx_button)
        self.note = QLabel(self)
        self.note.setObjectName("statsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.table = QTableWidget(self)
        self.table.setObjectName("statsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.chart = BarChart(self)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.resize(1280, 800)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.all_time.toggled.connect(self._all_time_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))

    def start(self) -> None:
        """Set the period to the months that have articles, then count."""
        def done(months: tuple[str | None, str | None]) -> None:
            first, last = months
            if first and last:
                self.set_period(first + "-01", QDate.fromString(last + "-01", "yyyy-MM-dd").addMonths(1)
                                .addDays(-1).toString("yyyy-MM-dd"))
            else:
                self.refresh()

        self._worker.submit(lambda desk: desk.stats_months(), done)

    def set_period(self, start: str | None, end: str | None) -> None:
        """Both ends at once (one count); None for all time."""
        for edit in (self.date_from, self.date_to, self.all_time):
            edit.blockSignals(True)
        self.all_time.setChecked(start is None and end is None)
        if start:
            self.date_from.setDate(QDate.fromString(start, "yyyy-MM-dd"))
        if end:
            self.date_to.setDate(QDate.fromString(end, "yyyy-MM-dd"))
        for edit in (self.date_from, self.date_to, self.all_time):
            edit.blockSignals(False)
        self._all_time_toggled(self.all_time.isChecked())

    def _all_time_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(not on)
        self.date_to.setEnabled(not on)
        self.refresh()

    def period(self) -> tuple[str | None, str | None]:
        if self.all_time.isChecked():
            return None, None
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    def refresh(self) -> None:
        if not self._worker.ready:
            return
        self._generation += 1
        generation, kind, (start, end), points = self._generation, self.kind.currentData(), self.period(), self.points

        def task(desk: Any) -> Any:
            if kind == "adoption":
                return desk.adoption_stats(start, end, points=points)
            return desk.month_stats(kind, start, end)

        def done(table: Any) -> None:
            if generation == self._generation:
                self._show(table)

        self._worker.submit(task, done)

    def _show(self, data: Any) -> None:
        self.table_data = data
        headers, rows = data.headers(), data.rows()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#eef2f7")))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        if data.kind == "adoption":
            note = self.tr("报送：期间内各单位署名的稿件数（联合报送的稿件每个单位各计一篇），收稿箱中尚未导入的来稿"
                           "自到达之日起各计一篇；采用：其中已编入简报某一期的篇数。期间按文章日期计，没有日期的文章不计入。")
            if data.points:
                note += self.tr("计分：每篇采用计 {0} 分。").format(f"{data.points:g}")
        elif data.kind == "unit":
            note = self.tr("按文章日期所在月份统计；联合报送的稿件每个单位各计一篇。")
        else:
            note = self.tr("按文章日期所在月份统计；没有日期的文章只在“全部时间”里计入。")
        self.note.setText(self.tr("{0}，统计期间：{1}。").format(data.title, data.period) + note)
        self.chart.set_data(data.title, list(data.labels), list(data.series), [list(v) for v in data.values],
                            data.stacked)

    def export(self, kind: str, path: str | None = None) -> None:
        """Write the table shown to .csv, .xlsx or .docx (asks where when no path is given)."""
        if self.table_data is None:
            return
        if path is None:
            suffix = f".{kind}"
            default = str(Path.home() / f"{self.table_data.title}{suffix}")
            kinds = {"csv": self.tr("CSV 表格 (*.csv)"), "xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
                     "docx": self.tr("Word 文档 (*.docx)")}[kind]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计表"), default, kinds)
            if not path:
                return
            if not path.lower().endswith(suffix):
                path += suffix
        table, target = self.table_data, path

        def done(written: Path) -> None:
            self.note.setText(self.tr("已导出：{0}").format(written))

        self._worker.submit(lambda desk: desk.write_stats_table(table, target), done)
