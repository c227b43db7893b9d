"""The metadata panel beside the body: category (confidence, decision mark), units, date, people, status."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QWidget)

from jianbao.gui.editor_widgets import ListEdit, UndoAwareLineEdit
from jianbao.gui.labels import STATUSES, source_name, status_name

NO_DATE = QDate(1900, 1, 1)
FIELDS = ("category", "needs_decision", "units", "date", "date_text", "people", "status", "editors_note")


class MetadataPanel(QWidget):
    """Shows and edits one article's metadata; `edited(field, old, new)` for each change the editor makes."""

    edited = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, Any] = {f: None for f in FIELDS}
        self._applying = False

        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.confidence = QLabel(self)
        self.confidence.setObjectName("confidence")
        self.decision = QLabel(self.tr("待定"), self)
        self.decision.setObjectName("decisionMark")
        self.decision.setStyleSheet("QLabel { color: white; background: #c0392b; border-radius: 3px; padding: 1px 6px; }")
        self.decision.setToolTip(self.tr("自动分类把握不大，请确认或改选栏目"))
        self.confirm = QPushButton(self.tr("确认栏目"), self)
        self.confirm.setObjectName("confirmCategory")
        self.units = ListEdit(self)
        self.units.setObjectName("units")
        self.units.setPlaceholderText(self.tr("多个单位用顿号分隔"))
        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("无日期"))
        self.date_text = UndoAwareLineEdit(self)
        self.date_text.setObjectName("dateText")
        self.date_text.setPlaceholderText(self.tr("原文写法，如“1月2日-4日”"))
        self.people = ListEdit(self)
        self.people.setObjectName("people")
        self.people.setPlaceholderText(self.tr("文中出现的领导"))
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        self.editors_note = QPlainTextEdit(self)
        self.editors_note.setObjectName("editorsNote")
        self.editors_note.setUndoRedoEnabled(False)
        self.editors_note.setFixedHeight(self.editors_note.fontMetrics().lineSpacing() * 2 + 12)
        self.editors_note.setPlaceholderText(self.tr("无"))

        cat_row = QHBoxLayout()
        cat_row.setContentsMargins(0, 0, 0, 0)
        cat_row.addWidget(self.category, 1)
        cat_row.addWidget(self.decision)
        cat_row.addWidget(self.confirm)
        # A compact grid above the body, so the body keeps the editor's full width.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(QLabel(self.tr("栏目"), self), 0, 0)
        grid.addLayout(cat_row, 0, 1)
        grid.addWidget(QLabel(self.tr("日期"), self), 0, 2)
        grid.addWidget(self.date, 0, 3)
        grid.addWidget(self.confidence, 1, 1)
        grid.addWidget(QLabel(self.tr("原文日期"), self), 1, 2)
        grid.addWidget(self.date_text, 1, 3)
        grid.addWidget(QLabel(self.tr("报送单位"), self), 2, 0)
        grid.addWidget(self.units, 2, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("人物"), self), 3, 0)
        grid.addWidget(self.people, 3, 1)
        grid.addWidget(QLabel(self.tr("状态"), self), 3, 2)
        grid.addWidget(self.status, 3, 3)
        grid.addWidget(QLabel(self.tr("编者按"), self), 4, 0)
        grid.addWidget(self.editors_note, 4, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.category.activated.connect(lambda _i: self._changed("category", self.category.currentData()))
        self.confirm.clicked.connect(lambda: self._changed("needs_decision", False))
        self.units.textEdited.connect(lambda _t: self._changed("units", self.units.values()))
        self.people.textEdited.connect(lambda _t: self._changed("people", self.people.values()))
        self.date.dateChanged.connect(lambda _d: self._changed("date", self._date_value()))
        self.date_text.textEdited.connect(lambda t: self._changed("date_text", t or None))
        self.status.activated.connect(lambda _i: self._changed("status", self.status.currentData()))
        self.editors_note.textChanged.connect(
            lambda: self._changed("editors_note", self.editors_note.toPlainText() or None))
        self._article: Any = None

    # -- choices ------------------------------------------------------------------
    def set_categories(self, names: list[str]) -> None:
        self._category_names = list(names)
        self._fill_categories(self._values.get("category"))

    def _fill_categories(self, current: str | None) -> None:
        names = list(getattr(self, "_category_names", []))
        if current and current not in names:
            names.append(current)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("（无栏目）"), None)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def set_unit_choices(self, names: list[str]) -> None:
        self.units.set_choices(names)

    def set_people_choices(self, names: list[str]) -> None:
        self.people.set_choices(names)

    # -- values -------------------------------------------------------------------
    def _date_value(self) -> str | None:
        d = self.date.date()
        return None if d == NO_DATE else d.toString("yyyy-MM-dd")

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def load(self, article: Any) -> None:
        """Show an article's stored metadata (no undo step)."""
        self._article = article
        for field in FIELDS:
            value = getattr(article, field)
            self.apply(field, tuple(value) if field in ("units", "people") else value)

    def apply(self, field: str, value: Any) -> None:
        """Set one field's widget without emitting `edited` (loading, undo, redo)."""
        self._applying = True
        try:
            self._values[field] = value
            if field == "category":
                self._fill_categories(value)
            elif field == "units":
                if self.units.values() != tuple(value or ()):
                    self.units.set_values(value or ())
            elif field == "people":
                if self.people.values() != tuple(value or ()):
                    self.people.set_values(value or ())
            elif field == "date":
                self.date.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
            elif field == "date_text":
                if self.date_text.text() != (value or ""):
                    self.date_text.setText(value or "")
            elif field == "status":
                self.status.setCurrentIndex(max(0, self.status.findData(value)))
            elif field == "editors_note":
                if self.editors_note.toPlainText() != (value or ""):
                    self.editors_note.setPlainText(value or "")
            self._show_decision()
        finally:
            self._applying = False

    def _changed(self, field: str, new: Any) -> None:
        if self._applying:
            return
        old = self._values.get(field)
        if new == old:
            return
        self._values[field] = new
        self._show_decision()
        self.edited.emit(field, old, new)

    def _show_decision(self) -> None:
        art = self._article
        undecided = bool(self._values.get("needs_decision"))
        if art is not None and self._values.get("category") != art.category:
            undecided = False  # the editor picked a category: that is the decision
        self.decision.setVisible(undecided)
        self.confirm.setVisible(undecided)
        if art is None:
            self.confidence.clear()
            return
        decided_now = self._values.get("category") != art.category or (
            art.needs_decision and not self._values.get("needs_decision"))
        if decided_now:
            self.confidence.setText(self.tr("由编辑确定（保存后生效）"))
            return
        source = source_name(art.category_source)
        if art.confidence is not None and art.category_source in ("model", "rule"):
            source += self.tr("，置信度 {0}%").format(round(art.confidence * 100))
        self.confidence.setText(self.tr("来源：{0}").format(source) if source else "")
