"""Above the article list: the search box and filters by category, unit, status, script, date, decision."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from jianbao.gui.labels import SCRIPTS, STATUSES, script_name, status_name
from jianbao.filters import ArticleFilter

NO_DATE = QDate(1900, 1, 1)
SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Emits `changed(ArticleFilter)` a moment after the editor stops typing or picks a filter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("检索标题和正文（两个字即可，简繁通查）"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setObjectName("filterCategory")
        self.unit = QComboBox(self)
        self.unit.setObjectName("filterUnit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.lineEdit().setPlaceholderText(self.tr("全部单位"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        self.script = QComboBox(self)
        self.script.addItem(self.tr("简繁不限"), None)
        for code in SCRIPTS:
            self.script.addItem(script_name(code), code)
        self.date_from = self._date_edit(self.tr("起始日期"))
        self.date_to = self._date_edit(self.tr("截止日期"))
        self.undecided = QCheckBox(self.tr("只看栏目待定"), self)
        self.set_categories([])

        # Two rows that fit a list pane of ~540 px: search and dates, then the choices.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.category, 3), (self.unit, 4), (self.status, 2), (self.script, 2)):
            w.setMinimumContentsLength(4)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            row.addWidget(w, stretch)
        row.addWidget(self.undecided)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        self.unit.lineEdit().editingFinished.connect(self._emit)
        self.unit.activated.connect(lambda _i: self._emit())
        for combo in (self.category, self.status, self.script):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._emit())
        self.undecided.toggled.connect(lambda _b: self._emit())
        self._last: ArticleFilter | None = None

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("日期不限"))
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 44)
        return edit

    # -- choices from the store ----------------------------------------------------
    def set_categories(self, names: list[str]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("全部栏目"), None)
        for name in names:
            self.category.addItem(name, name)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)

    def set_units(self, names: list[str]) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        text = self.unit.currentText()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(names)
        completer = QCompleter(names, self.unit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit.setCompleter(completer)
        self.unit.setEditText(text)
        self.unit.blockSignals(False)

    # -- the query ------------------------------------------------------------------
    def query(self) -> ArticleFilter:
        text = self.search.text().strip()
        unit = self.unit.currentText().strip()
        d_from, d_to = self.date_from.date(), self.date_to.date()
        return ArticleFilter(
            query=text or None,
            category=self.category.currentData(),
            unit=unit or None,
            status=self.status.currentData(),
            script=self.script.currentData(),
            needs_decision=True if self.undecided.isChecked() else None,
            date_from=d_from.toString("yyyy-MM-dd") if d_from != NO_DATE else None,
            date_to=d_to.toString("yyyy-MM-dd") if d_to != NO_DATE else None,
        )

    def _emit(self) -> None:
        self._timer.stop()
        query = self.query()
        if query != self._last:
            self._last = query
            self.changed.emit(query)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        for w in (self.search, self.category, self.unit, self.status, self.script, self.date_from, self.date_to,
                  self.undecided):
            w.blockSignals(True)
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.unit.setEditText("")
        self.status.setCurrentIndex(0)
        self.script.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.undecided.setChecked(False)
        for w in (self.search, self.category, self.unit, self.status, self.script, self.date_from, self.date_to,
                  self.undecided):
            w.blockSignals(False)
        self._emit()
