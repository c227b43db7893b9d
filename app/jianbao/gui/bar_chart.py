"""A horizontal bar chart drawn with QPainter (PySide6-Essentials has no QtCharts): one bar per label,
its series stacked (months add up) or side by side (报送 beside 采用)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac", "#2f4b7c", "#a05195")
MARGIN = 10
MAX_LABEL = 200


def nice_step(largest: float) -> int:
    """A round step for the value axis (1, 2, 5, 10, 20, 50 …) giving at most about six gridlines."""
    step = 1
    while largest / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if largest / step <= 6:
                break
    return step


class BarChart(QWidget):
    """`set_data(title, labels, series, values, stacked)`; values[row][series]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = ""
        self.labels: list[str] = []
        self.series: list[str] = []
        self.values: list[list[int]] = []
        self.stacked = True

    def set_data(self, title: str, labels: list[str], series: list[str], values: list[list[int]],
                 stacked: bool) -> None:
        self.title, self.labels, self.series, self.stacked = title, list(labels), list(series), stacked
        self.values = [list(v) for v in values]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, max(240, 70 + 26 * len(self.labels)))

    def largest(self) -> int:
        if not self.values:
            return 0
        return max((sum(v) if self.stacked else max(v, default=0)) for v in self.values)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        line = fm.height()
        p.setPen(QColor("#222"))
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, line), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        if not self.labels:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("这段时间没有数据"))
            return
        legend_y = MARGIN + line + 6
        x = MARGIN
        for k, name in enumerate(self.series):  # legend, wrapping
            w = 14 + 4 + fm.horizontalAdvance(name) + 14
            if x + w > self.width() - MARGIN:
                x, legend_y = MARGIN, legend_y + line + 4
            p.fillRect(QRectF(x, legend_y + (line - 12) / 2, 12, 12), QColor(PALETTE[k % len(PALETTE)]))
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 18, legend_y, w, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += w
        top = legend_y + line + 10
        label_w = min(MAX_LABEL, max(fm.horizontalAdvance(s) for s in self.labels) + 8)
        left = MARGIN + label_w
        right = self.width() - MARGIN - fm.horizontalAdvance("0000")
        bottom = self.height() - MARGIN - line - 4
        rows = len(self.labels)
        row_h = max(6.0, (bottom - top) / rows)
        biggest = max(self.largest(), 1)
        step = nice_step(biggest)
        scale_max = ((biggest + step - 1) // step) * step
        width = max(right - left, 10)
        p.setPen(QPen(QColor("#ddd"), 1))
        for v in range(0, scale_max + 1, step):  # gridlines and their values
            gx = left + width * v / scale_max
            p.setPen(QPen(QColor("#e3e3e3"), 1))
            p.drawLine(int(gx), int(top), int(gx), int(bottom))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(gx - 30, bottom + 2, 60, line), Qt.AlignmentFlag.AlignHCenter, str(v))
        for r, (label, values) in enumerate(zip(self.labels, self.values)):
            y = top + r * row_h
            p.setPen(QColor("#222"))
            shown = fm.elidedText(label, Qt.TextElideMode.ElideMiddle, label_w - 6)
            p.drawText(QRectF(MARGIN, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       shown)
            bar_h = min(row_h * 0.7, 16.0 * max(len(values) if not self.stacked else 1, 1) + 6)
            y0 = y + (row_h - bar_h) / 2
            if self.stacked:
                x0 = float(left)
                for k, v in enumerate(values):
                    w = width * v / scale_max
                    if w > 0:
                        p.fillRect(QRectF(x0, y0, w, bar_h), QColor(PALETTE[k % len(PALETTE)]))
                    x0 += w
                end, total = x0, sum(values)
            else:
                each = bar_h / max(len(values), 1)
                for k, v in enumerate(values):
                    p.fillRect(QRectF(left, y0 + k * each, width * v / scale_max, each - 1),
                               QColor(PALETTE[k % len(PALETTE)]))
                end, total = left + width * max(values, default=0) / scale_max, max(values, default=0)
            p.setPen(QColor("#333"))
            p.drawText(QRectF(end + 4, y, 60, row_h), Qt.AlignmentFlag.AlignVCenter, str(total))
        p.setPen(QPen(QColor("#999"), 1))
        p.drawLine(int(left), int(top), int(left), int(bottom))
        p.end()
