"""The split preview: proposed articles over the source text; move, merge, split, retitle, then accept."""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTextEdit, QVBoxLayout, QWidget)

from jianbao.gui.positions import Positions
from jianbao.gui.worker import DeskWorker

SHADES = (QColor("#fff6d5"), QColor("#e3f0ff"))
REMAINDER = QColor("#f5d0d0")
DOUBT = QColor("#ffb74d")  # a boundary the segmenter is not sure of
TITLE_COLUMN = 1


def line_starts(text: str) -> list[int]:
    """Offsets where each line of `text` begins."""
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text))
    return starts


class SplitPreviewDialog(QDialog):
    """Shows a SplitResult; every change of the boundaries asks the Desk to split the text again."""

    def __init__(self, parent: QWidget | None, worker: DeskWorker, result: Any) -> None:
        super().__init__(parent)
        self.setObjectName("splitPreview")
        self.setWindowTitle(self.tr("导入预览：{0}").format(result.source))
        self._worker = worker
        self._result = result
        self._lines = line_starts(result.clean_text)
        self._at = Positions(result.clean_text)  # spans are Python indexes; the text widget counts UTF-16
        self._busy = False
        self._probability = dict(result.boundaries)
        self._reviewed: set[int] = set()  # doubtful boundaries the editor has looked at and decided
        self._focus: int | None = None  # the doubtful boundary the keys act on

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("previewArticles")
        self.table.setHorizontalHeaderLabels([self.tr("序"), self.tr("标题（可直接修改）"), self.tr("栏目"),
                                              self.tr("报送单位"), self.tr("日期"), self.tr("原文行")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 36), (2, 84), (3, 150), (4, 90), (5, 70)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setFont(QFont("Noto Serif CJK SC", 12))
        self.text.setPlainText(result.clean_text)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.merge_button = QPushButton(self.tr("与下一篇合并"), self)
        self.split_button = QPushButton(self.tr("在光标处拆分"), self)
        self.move_button = QPushButton(self.tr("起点移到光标行"), self)
        self.up_button = QPushButton(self.tr("起点上移一行"), self)
        self.down_button = QPushButton(self.tr("起点下移一行"), self)
        for b, tip in ((self.merge_button, self.tr("把选中的文章和它后面的一篇合成一篇")),
                       (self.split_button, self.tr("在右侧原文中光标所在的行开始一篇新文章")),
                       (self.move_button, self.tr("选中文章从右侧原文光标所在的行开始")),
                       (self.up_button, self.tr("选中文章的起点向上挪一行（并入上一篇的最后一行）")),
                       (self.down_button, self.tr("选中文章的起点向下挪一行（第一行归上一篇）"))):
            b.setToolTip(tip)
        tools = QHBoxLayout()
        for b in (self.merge_button, self.split_button, self.move_button, self.up_button, self.down_button):
            tools.addWidget(b)
        tools.addStretch(1)
        # Doubtful boundaries, one at a time: F8 goes to the next, F9 keeps it as proposed, F7 turns it over
        # (a proposed start is merged away, a doubtful line becomes a start).
        self.next_doubt_button = QPushButton(self.tr("下一处存疑 (F8)"), self)
        self.keep_doubt_button = QPushButton(self.tr("确认 (F9)"), self)
        self.flip_doubt_button = QPushButton(self.tr("改判 (F7)"), self)
        for b, key, tip in ((self.next_doubt_button, "F8", self.tr("跳到下一处没把握的分界（橙色）")),
                            (self.keep_doubt_button, "F9", self.tr("这一处分界按现在的样子保留，不再标出")),
                            (self.flip_doubt_button, "F7", self.tr("这一处改过来：是分界的去掉（并入上一篇），不是的从这里开始新文章"))):
            b.setToolTip(tip)
            QShortcut(QKeySequence(key), self, b.click)
        doubts = QHBoxLayout()
        for b in (self.next_doubt_button, self.keep_doubt_button, self.flip_doubt_button):
            doubts.addWidget(b)
        doubts.addStretch(1)

        self.cleaning = QListWidget(self)
        self.cleaning.setObjectName("cleaningSteps")
        self.remainder = QListWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.cleaning, "")
        self.tabs.addTab(self.remainder, "")
        self.tabs.setMaximumHeight(110)

        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.table, 1)
        lcol.addLayout(tools)
        lcol.addLayout(doubts)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.text)
        split.setSizes([640, 520])
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("acceptImport")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(1200, 760)

        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemChanged.connect(self._title_edited)
        self.merge_button.clicked.connect(self.merge_with_next)
        self.split_button.clicked.connect(lambda: self.split_at(self._cursor_line_start()))
        self.move_button.clicked.connect(lambda: self.move_start(self.current_row(), self._cursor_line_start()))
        self.up_button.clicked.connect(lambda: self.nudge(self.current_row(), -1))
        self.down_button.clicked.connect(lambda: self.nudge(self.current_row(), +1))
        self.next_doubt_button.clicked.connect(self.next_doubt)
        self.keep_doubt_button.clicked.connect(self.keep_doubt)
        self.flip_doubt_button.clicked.connect(self.flip_doubt)
        self._show()

    # -- showing ------------------------------------------------------------------
    @property
    def result(self) -> Any:
        return self._result

    def article_count(self) -> int:
        return len(self._result.articles)

    def doubts(self) -> list[int]:
        """Clean offsets of the doubtful boundaries the editor has not decided yet, in text order."""
        return sorted(set(self._result.uncertain()) - self._reviewed)

    def _show(self) -> None:
        r = self._result
        script = {"t": self.tr("繁体"), "s": self.tr("简体")}.get(r.script, r.script)
        doubts = self.doubts()
        doubt_text = (self.tr("{0} 处分界没把握（橙色标出：F8 逐处查看，F9 确认，F7 改判）。").format(len(doubts))
                      if doubts else self.tr("分界都有把握。"))
        self.summary.setText(self.tr("{0}：编码 {1}，{2}，分出 {3} 篇文章；清理 {4} 处；未归属文本 {5} 段；{6}"
                                     "请核对每篇的起止、标题、栏目、单位和日期，然后导入。").format(
            r.source, r.encoding, script, len(r.articles), len(r.cleaning), len(r.remainder), doubt_text))
        doubtful = set(doubts)
        self.table.blockSignals(True)
        self.table.setRowCount(len(r.articles))
        for row, a in enumerate(r.articles):
            category = (a.category or self.tr("（待定）")) + (" ？" if a.needs_decision else "")
            unsure = a.clean_start in doubtful
            cells = [f"{row + 1}?" if unsure else str(row + 1), a.title, category, "、".join(a.units),
                     a.date_text or a.date or "", f"{a.first_line}–{a.last_line}"]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col != TITLE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(value)
                if unsure and col == 0:
                    item.setBackground(DOUBT)
                    item.setToolTip(self.tr("这篇从这里开始没把握（{0:.0%}）：F9 确认，F7 并入上一篇").format(
                        self._probability.get(a.clean_start, 0.0)))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.cleaning.clear()
        for step in r.cleaning:
            self.cleaning.addItem(self.tr("第 {0} 行：{1}（“{2}” → “{3}”）").format(
                step.line, step.message, step.before[:30], step.after[:30]))
        self.remainder.clear()
        for rem in r.remainder:
            self.remainder.addItem(self.tr("第 {0}–{1} 行（{2}）：{3}").format(
                rem.first_line, rem.last_line, rem.reason, rem.text.strip()[:60]))
        self.tabs.setTabText(0, self.tr("清理记录（{0}）").format(len(r.cleaning)))
        self.tabs.setTabText(1, self.tr("未归属文本（{0}）").format(len(r.remainder)))
        self.accept_button.setText(self.tr("导入 {0} 篇文章").format(len(r.articles)))
        self.accept_button.setEnabled(bool(r.articles))
        self._paint_spans()
        self._update_tools()

    def _line_end(self, offset: int) -> int:
        end = self._result.clean_text.find("\n", offset)
        return len(self._result.clean_text) if end < 0 else end

    def _paint_spans(self) -> None:
        """Shade each article's span of the text, alternating colours; titles bold; remainders red."""
        selections = []
        doc = self.text.document()

        def span(start: int, end: int, fmt: QTextCharFormat) -> None:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(min(self._at.qt(start), doc.characterCount() - 1))
            cursor.setPosition(min(self._at.qt(end), doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt  # type: ignore[attr-defined]
            selections.append(sel)

        for n, a in enumerate(self._result.articles):
            fmt = QTextCharFormat()
            fmt.setBackground(SHADES[n % 2])
            span(a.clean_start, a.clean_end, fmt)
            for field, start, end in a.spans:
                if field in ("tag", "title"):
                    bold = QTextCharFormat()
                    bold.setFontWeight(QFont.Weight.Bold)
                    bold.setBackground(SHADES[n % 2].darker(108))
                    span(start, end, bold)
        for rem in self._result.remainder:
            fmt = QTextCharFormat()
            fmt.setBackground(REMAINDER)
            span(rem.clean_start, rem.clean_end, fmt)
        for offset in self.doubts():
            # The whole line, so a doubtful start that is not an article yet shows too; the one the keys
            # act on is outlined.
            fmt = QTextCharFormat()
            fmt.setBackground(DOUBT)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            if offset == self._focus:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setFontWeight(QFont.Weight.Bold)
            span(offset, self._line_end(offset), fmt)
        self.text.setExtraSelections(selections)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)

    def _selected(self) -> None:
        row = self.current_row()
        if row >= 0:
            a = self._result.articles[row]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._at.qt(a.clean_start))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        self._update_tools()

    def _update_tools(self) -> None:
        row, n = self.current_row(), len(self._result.articles)
        enabled = not self._busy
        self.merge_button.setEnabled(enabled and 0 <= row < n - 1)
        self.split_button.setEnabled(enabled and n > 0)
        for b in (self.move_button, self.up_button, self.down_button):
            b.setEnabled(enabled and row >= 0)
        has_doubts = bool(self.doubts())
        self.next_doubt_button.setEnabled(enabled and has_doubts)
        focused = self._focus is not None and self._focus in self.doubts()
        self.keep_doubt_button.setEnabled(enabled and focused)
        self.flip_doubt_button.setEnabled(enabled and focused)

    def _title_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != TITLE_COLUMN:
            return
        title = item.text().strip()
        articles = list(self._result.articles)
        if not title:
            self.table.blockSignals(True)
            item.setText(articles[item.row()].title)
            self.table.blockSignals(False)
            return
        articles[item.row()] = replace(articles[item.row()], title=title)
        self._result = replace(self._result, articles=tuple(articles))

    # -- doubtful boundaries -----------------------------------------------------------
    def next_doubt(self) -> None:
        """Go to the next doubtful boundary after the one in focus (or the cursor), wrapping round."""
        doubts = self.doubts()
        if not doubts:
            self._focus = None
            self._show()
            return
        here = self._focus if self._focus is not None else self._cursor_line_start() - 1
        self._focus = next((d for d in doubts if d > here), doubts[0])
        starts = self.starts()
        if self._focus in starts:
            self.table.blockSignals(True)
            self.table.selectRow(starts.index(self._focus))
            self.table.blockSignals(False)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._at.qt(self._focus))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self._paint_spans()
        self._update_tools()

    def keep_doubt(self) -> None:
        """The boundary in focus stays as proposed; on to the next."""
        if self._focus is None:
            return
        self._reviewed.add(self._focus)
        self._show()
        self.next_doubt()

    def flip_doubt(self) -> None:
        """The boundary in focus turned over: a proposed start goes (merged into the article before), a
        doubtful line becomes a start."""
        if self._focus is None or self._busy:
            return
        offset = self._focus
        self._reviewed.add(offset)
        starts = self.starts()
        if offset in starts:
            if len(starts) == 1:
                return  # the only article stays
            row = starts.index(offset)
            del starts[row]  # the first article's lines become the bulletin's head (kept, reported)
            self._resplit(starts, max(0, row - 1))
        else:
            self.split_at(offset)

    # -- changing the boundaries ----------------------------------------------------
    def starts(self) -> list[int]:
        return [a.clean_start for a in self._result.articles]

    def _cursor_line_start(self) -> int:
        pos = self._at.python(self.text.textCursor().position())
        return self._lines[bisect.bisect_right(self._lines, pos) - 1]

    def merge_with_next(self) -> None:
        row = self.current_row()
        starts = self.starts()
        if 0 <= row < len(starts) - 1:
            del starts[row + 1]
            self._resplit(starts, row)

    def split_at(self, offset: int) -> None:
        starts = self.starts()
        if offset in starts:
            return
        starts = sorted([*starts, offset])
        self._resplit(starts, starts.index(offset))

    def move_start(self, row: int, offset: int) -> None:
        starts = self.starts()
        if not 0 <= row < len(starts):
            return
        lower = starts[row - 1] if row > 0 else -1
        upper = starts[row + 1] if row + 1 < len(starts) else len(self._result.clean_text) + 1
        if lower < offset < upper and offset != starts[row]:
            starts[row] = offset
            self._resplit(starts, row)

    def nudge(self, row: int, lines: int) -> None:
        starts = self.starts()
        if not 0 <= row < len(starts):
            return
        index = bisect.bisect_left(self._lines, starts[row]) + lines
        if 0 <= index < len(self._lines):
            self.move_start(row, self._lines[index])

    def _resplit(self, starts: list[int], select: int) -> None:
        kept = {(a.clean_start, a.clean_end): a.title for a in self._result.articles}
        before = self._result
        self._busy = True
        self._update_tools()

        def task(desk: Any) -> Any:
            return desk.resplit(before, starts)

        def done(result: Any) -> None:
            # Titles the editor fixed survive when their article's span did not change.
            articles = tuple(replace(a, title=kept.get((a.clean_start, a.clean_end), a.title)) for a in result.articles)
            self._result = replace(result, articles=articles)
            self._busy = False
            self._show()
            self.select_row(min(select, len(articles) - 1))

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_tools()
            self._worker.failed.emit(exc)

        self._worker.submit(task, done, failed)

    @classmethod
    def review(cls, parent: QWidget | None, worker: DeskWorker, result: Any) -> Any | None:
        """The SplitResult as the editor accepted it, or None when cancelled."""
        dlg = cls(parent, worker, result)
        return dlg.result if dlg.exec() == QDialog.DialogCode.Accepted else None
