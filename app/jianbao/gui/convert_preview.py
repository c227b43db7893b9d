"""Conversion preview: an article, a selection or a whole issue converted side by side before anything is saved."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from jianbao.gui.convert_view import UNCERTAIN, SideBySide
from jianbao.gui.worker import DeskWorker

TARGETS = {
    "s": QT_TRANSLATE_NOOP("ConvertPreviewDialog", "简体"),
    "t": QT_TRANSLATE_NOOP("ConvertPreviewDialog", "繁体（OpenCC 标准）"),
    "tw": QT_TRANSLATE_NOOP("ConvertPreviewDialog", "繁体（台湾）"),
    "hk": QT_TRANSLATE_NOOP("ConvertPreviewDialog", "繁体（香港）"),
}


TITLE_CHARS = 16  # of a title in the list of articles (the whole title is its tooltip)


@dataclass(frozen=True)
class ConvertChoice:
    """What the editor accepted: the target, phrase conversion, and what to apply it to."""

    to: str
    phrases: bool
    expected: dict[int, int] = field(default_factory=dict)   # article id -> revision previewed
    text: str | None = None                                   # the converted selection


def target_name(code: str) -> str:
    return QCoreApplication.translate("ConvertPreviewDialog", TARGETS.get(code, code))


class ConvertPreviewDialog(QDialog):
    """Nothing is saved here: accepting returns a ConvertChoice for the window to apply as one undoable step."""

    def __init__(self, parent: QWidget | None, worker: DeskWorker, *, article_ids: list[int] | None = None,
                 text: str | None = None, to: str = "s", phrases: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("convertPreview")
        self._worker = worker
        self._ids = [int(a) for a in (article_ids or [])]
        self._text = text
        self.previews: list[Any] = []       # ArticleConversion per article, or one Conversion for a selection
        self._note = ""
        self.protected: list[str] = []
        self._generation = 0
        self.setWindowTitle(self.tr("转换预览：选中的文字") if text is not None else
                            self.tr("转换预览：{0} 篇文章").format(len(self._ids)))

        self.target = QComboBox(self)
        self.target.setObjectName("convertTarget")
        for code in TARGETS:
            self.target.addItem(target_name(code), code)
        self.target.setCurrentIndex(max(self.target.findData(to), 0))
        self.phrases = QCheckBox(self.tr("同时转换词语（如 软件 ↔ 軟體、信息 ↔ 資訊）"), self)
        self.phrases.setChecked(phrases)
        self.summary = QLabel(self)
        self.summary.setObjectName("convertSummary")
        legend = QLabel(self.tr("<span style='background:#ffe98a'>&nbsp;黄底&nbsp;</span> 已转换　"
                                "<span style='background:#ff9f8f'><b><u>&nbsp;红底&nbsp;</u></b></span> "
                                "一字多义或保护规则处理过，请人工确认（悬停看原因）"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("转换为"), self))
        top.addWidget(self.target)
        top.addWidget(self.phrases)
        top.addStretch(1)
        top.addWidget(legend)

        self.articles = QListWidget(self)
        self.articles.setObjectName("convertArticles")
        self.articles.setMaximumWidth(260)
        self.articles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles.setSpacing(2)
        self.view = SideBySide(self)
        self.changes = QTableWidget(0, 3, self)
        self.changes.setObjectName("convertChanges")
        self.changes.setHorizontalHeaderLabels([self.tr("原文"), self.tr("转换为"), self.tr("说明")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes.setColumnWidth(0, 90)
        self.changes.setColumnWidth(1, 90)
        self.only_uncertain = QCheckBox(self.tr("只列待确认的"), self)
        self.only_uncertain.setChecked(True)
        self.protect_button = QPushButton(self.tr("保护这个词（不转换）"), self)
        self.protect_button.setObjectName("protectTerm")
        self.protect_button.setToolTip(self.tr("把左边选中的文字（或所选改动所在的词）加入专有词表，以后转换时保持原样"))
        tools = QHBoxLayout()
        tools.addWidget(self.only_uncertain)
        tools.addStretch(1)
        tools.addWidget(self.protect_button)
        lower = QWidget(self)
        lcol = QVBoxLayout(lower)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.changes, 1)
        lcol.addLayout(tools)
        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.addWidget(self.view)
        centre.addWidget(lower)
        centre.setSizes([470, 170])
        split = QSplitter(self)
        split.addWidget(self.articles)
        split.addWidget(centre)
        split.setSizes([230, 1000])
        self.articles.setVisible(len(self._ids) > 1)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("应用转换"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyConversion")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(1240, 780)

        self.target.currentIndexChanged.connect(lambda _i: self.refresh())
        self.phrases.toggled.connect(lambda _b: self.refresh())
        self.articles.currentRowChanged.connect(self._show_article)
        self.only_uncertain.toggled.connect(lambda _b: self._list_changes())
        self.changes.itemSelectionChanged.connect(self._change_selected)
        self.view.mark_clicked.connect(self._select_change)
        self.protect_button.clicked.connect(self.protect)
        self.refresh()

    # -- computing (on the worker) ---------------------------------------------------------
    def choice(self) -> ConvertChoice:
        to, phrases = self.target.currentData(), self.phrases.isChecked()
        if self._text is not None:
            return ConvertChoice(to, phrases, text=self.previews[0].text if self.previews else None)
        return ConvertChoice(to, phrases, {int(p.article_id): int(p.revision) for p in self.previews})

    @property
    def ready(self) -> bool:
        return bool(self.previews) and self.apply_button.isEnabled()

    def refresh(self) -> None:
        self._generation += 1
        generation, to, phrases, ids, text = (self._generation, self.target.currentData(), self.phrases.isChecked(),
                                              list(self._ids), self._text)
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("正在转换…"))

        def task(desk: Any) -> list[Any]:
            if text is not None:
                out = [desk.convert_text(text, to, phrases=phrases)]
                _ = out[0].changes  # the change list is worked out here, off the GUI thread
            else:
                out = [desk.preview_article(a, to, phrases=phrases) for a in ids]
                for p in out:
                    for conv in self._pieces(p):
                        _ = conv.changes
            return out

        def done(previews: list[Any]) -> None:
            if generation == self._generation:
                self._show(previews)

        self._worker.submit(task, done)

    @staticmethod
    def _pieces(preview: Any) -> list[Any]:
        """The conversions shown for one preview: title, editor's note, body (a selection is one piece)."""
        if not hasattr(preview, "body"):
            return [preview]
        return [preview.title, *([preview.editors_note] if preview.editors_note else []), preview.body]

    # -- showing --------------------------------------------------------------------------
    def _show(self, previews: list[Any]) -> None:
        self.previews = previews
        row = max(self.articles.currentRow(), 0)
        self.articles.blockSignals(True)
        self.articles.clear()
        total = unsure = 0
        for p in previews:
            changes = [c for conv in self._pieces(p) for c in conv.changes]
            n, u = len(changes), sum(1 for c in changes if c.uncertain)
            total, unsure = total + n, unsure + u
            title = p.title.text if hasattr(p, "title") else self.tr("选中的文字")
            short = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"
            item = QListWidgetItem(self.tr("{0}\n{1} 处改动，{2} 处待确认").format(short, n, u))
            item.setToolTip(title)
            self.articles.addItem(item)
        self.articles.blockSignals(False)
        self.summary.setText(self._note + self.tr("共 {0} 处改动，其中 {1} 处待确认（红底）。确认无误后点“应用转换”；"
                                                  "应用后可用“编辑 → 撤销转换”一步恢复。").format(total, unsure))
        self.apply_button.setEnabled(bool(previews))
        self.articles.setCurrentRow(min(row, len(previews) - 1))
        self._show_article(self.articles.currentRow())

    def _show_article(self, row: int) -> None:
        if not 0 <= row < len(self.previews):
            return
        self.view.show_pieces(self._pieces(self.previews[row]))
        self._list_changes()

    def _list_changes(self) -> None:
        only = self.only_uncertain.isChecked()
        rows = [(k, m) for k, m in enumerate(self.view.marks) if m.change.uncertain or not only]
        self.changes.blockSignals(True)
        self.changes.setRowCount(len(rows))
        for r, (k, m) in enumerate(rows):
            c = m.change
            cells = [c.before, c.after, c.reason or (self.tr("按词语“{0}”").format(c.word) if c.word else "")]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, k)
                if c.uncertain:
                    item.setBackground(QBrush(UNCERTAIN.lighter(125)))
                self.changes.setItem(r, col, item)
        self.changes.blockSignals(False)

    def _change_selected(self) -> None:
        rows = self.changes.selectionModel().selectedRows()
        if rows:
            self.view.show_mark(int(self.changes.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)))

    def _select_change(self, index: int) -> None:
        for r in range(self.changes.rowCount()):
            if self.changes.item(r, 0).data(Qt.ItemDataRole.UserRole) == index:
                self.changes.blockSignals(True)
                self.changes.selectRow(r)
                self.changes.blockSignals(False)
                return

    # -- protecting a term -------------------------------------------------------------------
    def word_to_protect(self) -> str:
        """The text selected on the left, else the dictionary word (or the text) of the chosen change."""
        chosen = self.view.selected_word()
        if chosen:
            return chosen
        rows = self.changes.selectionModel().selectedRows()
        if not rows:
            return ""
        mark = self.view.marks[int(self.changes.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))]
        return mark.change.word or mark.change.before

    def protect(self, word: str | None = None) -> None:
        """Add a protected term (one click) and convert again with it."""
        word = (word or self.word_to_protect()).strip()
        if not word:
            self.summary.setText(self.tr("先在左边选中要保护的词，或在下面的列表里选一处改动"))
            return

        def done(_changed: Any) -> None:
            self._note = self.tr("已把“{0}”加入专有词，转换时保持原样。").format(word)
            self.protected.append(word)
            self.refresh()

        self._worker.submit(lambda desk: desk.add_term(word, note="转换预览中添加"), done)

    @classmethod
    def ask(cls, parent: QWidget | None, worker: DeskWorker, *, article_ids: list[int] | None = None,
            text: str | None = None, to: str = "s", phrases: bool = False) -> ConvertChoice | None:
        dlg = cls(parent, worker, article_ids=article_ids, text=text, to=to, phrases=phrases)
        return dlg.choice() if dlg.exec() == QDialog.DialogCode.Accepted and dlg.previews else None
