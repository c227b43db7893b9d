"""The issue's facts beside its articles: masthead (series, number, date, unit), 编者按, contents, closing band."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

SAVE_AFTER_MS = 700
TEXT_FIELDS = ("series", "compiling_unit", "recipients_bao", "recipients_song", "recipients_fa", "extra_recipients")


class IssueForm(QWidget):
    """Emits `edited(changes)` a moment after the editor stops typing, with only the fields that changed."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[str, Any] = {}
        self._filling = False
        self.series = QLineEdit(self)
        self.series.setObjectName("issueSeries")
        self.series.setPlaceholderText(self.tr("如：开发区资讯"))
        self.number = QSpinBox(self)
        self.number.setObjectName("issueNumber")
        self.number.setRange(1, 9999)
        self.total_number = QSpinBox(self)
        self.total_number.setRange(0, 99999)
        self.total_number.setSpecialValueText(self.tr("不印总期号"))
        self.total_number.setPrefix(self.tr("总期号 "))
        self.date = QDateEdit(self)
        self.date.setObjectName("issueDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.compiling_unit = QLineEdit(self)
        self.compiling_unit.setPlaceholderText(self.tr("编印单位，印在报头左下"))
        self.show_contents = QCheckBox(self.tr("印“本期要目”"), self)
        self.editors_note = QPlainTextEdit(self)
        self.editors_note.setObjectName("issueNote")
        self.editors_note.setPlaceholderText(self.tr("本期编者按（可不写）"))
        self.editors_note.setFixedHeight(self.editors_note.fontMetrics().lineSpacing() * 3 + 14)
        self.recipients_bao = QLineEdit(self)
        self.recipients_song = QLineEdit(self)
        self.recipients_fa = QLineEdit(self)
        self.extra_recipients = QLineEdit(self)
        self.copies = QSpinBox(self)
        self.copies.setRange(0, 100000)
        self.copies.setSpecialValueText(self.tr("不印份数"))
        self.copies.setPrefix(self.tr("共印 "))
        self.copies.setSuffix(self.tr(" 份"))

        head = QGroupBox(self.tr("报头"), self)
        form = QFormLayout(head)
        form.addRow(self.tr("简报名称"), self.series)
        numbers = QHBoxLayout()
        numbers.addWidget(self.number)
        numbers.addWidget(self.total_number)
        form.addRow(self.tr("期号"), numbers)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("编印单位"), self.compiling_unit)
        form.addRow("", self.show_contents)
        # The note is placed by the composer, under the articles it introduces.
        self.note_box = QGroupBox(self.tr("编者按"), self)
        QVBoxLayout(self.note_box).addWidget(self.editors_note)
        band = QGroupBox(self.tr("版记"), self)
        bform = QFormLayout(band)
        bform.addRow(self.tr("报："), self.recipients_bao)
        bform.addRow(self.tr("送："), self.recipients_song)
        bform.addRow(self.tr("发："), self.recipients_fa)
        bform.addRow(self.tr("本期增发："), self.extra_recipients)
        bform.addRow("", self.copies)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(head)
        col.addWidget(band)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        for field in TEXT_FIELDS:
            getattr(self, field).textEdited.connect(self._touched)
        self.editors_note.textChanged.connect(self._touched)
        for spin in (self.number, self.total_number, self.copies):
            spin.valueChanged.connect(self._touched)
        self.date.dateChanged.connect(self._touched)
        self.show_contents.toggled.connect(self._touched)

    # -- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        vals: dict[str, Any] = {f: getattr(self, f).text().strip() for f in TEXT_FIELDS}
        vals["number"] = self.number.value()
        vals["total_number"] = self.total_number.value() or None
        vals["copies"] = self.copies.value() or None
        vals["date"] = self.date.date().toString("yyyy-MM-dd")
        vals["show_contents"] = self.show_contents.isChecked()
        note = self.editors_note.toPlainText().strip()
        vals["editors_note"] = note or None
        return vals

    def load(self, facts: dict[str, Any]) -> None:
        """Show an issue's facts (an Issue's fields, or those of one not yet created)."""
        self._filling = True
        self._timer.stop()
        try:
            for field in TEXT_FIELDS:
                getattr(self, field).setText(facts.get(field) or "")
            self.number.setValue(int(facts.get("number") or 1))
            self.total_number.setValue(int(facts.get("total_number") or 0))
            self.copies.setValue(int(facts.get("copies") or 0))
            date = QDate.fromString(facts.get("date") or "", "yyyy-MM-dd")
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            self.show_contents.setChecked(bool(facts.get("show_contents")))
            if self.editors_note.toPlainText() != (facts.get("editors_note") or ""):
                self.editors_note.setPlainText(facts.get("editors_note") or "")
        finally:
            self._filling = False
        self._loaded = self.values()

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def _touched(self, *_args: object) -> None:
        if not self._filling:
            self._timer.start()

    def flush(self) -> None:
        """Emit what changed now (leaving the composer, exporting, approving)."""
        self._timer.stop()
        changes = self.changes()
        if changes:
            self._loaded = self.values()
            self.edited.emit(changes)

    def set_read_only(self, locked: bool) -> None:
        for field in (*TEXT_FIELDS, "editors_note"):
            getattr(self, field).setReadOnly(locked)
        for w in (self.number, self.total_number, self.copies, self.date):
            w.setReadOnly(locked)
        self.show_contents.setEnabled(not locked)
