"""Exporting an issue: ask for script, template, contents and the file; afterwards offer to open file or folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

translate = QCoreApplication.translate
SCRIPT_CODES = (None, "s", "t", "tw", "hk")
FORMATS = ("docx", "pdf", "html", "txt")


@dataclass(frozen=True)
class ExportChoice:
    path: str
    script: str | None = None
    template: str | None = None     # None: the built-in template
    contents: bool = False
    pdf: bool = False               # a .docx and, beside it, its PDF
    fmt: str = "docx"               # docx, pdf (alone), html (WeChat) or txt


class ExportDialog(QDialog):
    """Where and how to write the issue; `ask` returns an ExportChoice or None."""

    def __init__(self, parent: QWidget | None, label: str, defaults: ExportChoice, *, pdf_available: bool) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出：{0}").format(label))
        self.path = QLineEdit(defaults.path, self)
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(420)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        self.script = QComboBox(self)
        names = {None: self.tr("保持原样"), "s": self.tr("简体"), "t": self.tr("繁体"), "tw": self.tr("繁体（台湾）"),
                 "hk": self.tr("繁体（香港）")}
        for code in SCRIPT_CODES:
            self.script.addItem(names[code], code)
        self.script.setCurrentIndex(max(self.script.findData(defaults.script), 0))
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        kinds = {"docx": self.tr("Word 文档（.docx，付印）"), "pdf": self.tr("PDF（与 Word 同样的页面，嵌入字体）"),
                 "html": self.tr("公众号 HTML（只用行内样式）"), "txt": self.tr("纯文本（网站发布）")}
        for fmt in FORMATS:
            self.format.addItem(kinds[fmt], fmt)
        if not pdf_available:
            self.format.model().item(FORMATS.index("pdf")).setEnabled(False)
        self.format.setCurrentIndex(FORMATS.index(defaults.fmt if defaults.fmt != "pdf" or pdf_available else "docx"))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.template = QLineEdit(defaults.template or "", self)
        self.template.setPlaceholderText(self.tr("默认模板（GB/T 9704 版式）"))
        pick_template = QPushButton(self.tr("选择…"), self)
        pick_template.clicked.connect(self._pick_template)
        self.contents = QCheckBox(self.tr("印“本期要目”"), self)
        self.contents.setChecked(defaults.contents)
        self.pdf = QCheckBox(self.tr("同时生成 PDF（用 LibreOffice 转换）"), self)
        self.pdf.setChecked(defaults.pdf and pdf_available)
        self.pdf.setEnabled(pdf_available)
        if not pdf_available:
            self.pdf.setToolTip(self.tr("没有找到 LibreOffice（soffice），无法生成 PDF"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(pick_template)
        form = QFormLayout()
        form.addRow(self.tr("格式"), self.format)
        form.addRow(self.tr("文件"), file_row)
        form.addRow(self.tr("文字"), self.script)
        form.addRow(self.tr("模板"), template_row)
        form.addRow("", self.contents)
        form.addRow("", self.pdf)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a00;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._format_changed()

    def _format_changed(self) -> None:
        """The file name takes the format's extension; template and "also PDF" serve the Word file."""
        fmt = self.format.currentData()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(f".{fmt}")))
        self.template.setEnabled(fmt in ("docx", "pdf"))
        self.pdf.setVisible(fmt == "docx")

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出为"), self.path.text(), f"*.{fmt}")
        if path:
            self.path.setText(path if path.lower().endswith(f".{fmt}") else path + f".{fmt}")

    def _pick_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 Word 模板"), self.template.text(),
                                              self.tr("Word 文档 (*.docx)"))
        if path:
            self.template.setText(path)

    def choice(self) -> ExportChoice:
        fmt = self.format.currentData()
        text = self.path.text().strip()
        if text and not text.lower().endswith(f".{fmt}"):
            text += f".{fmt}"
        return ExportChoice(text, self.script.currentData(), self.template.text().strip() or None,
                            self.contents.isChecked(), fmt == "docx" and self.pdf.isChecked() and self.pdf.isEnabled(),
                            fmt)

    def _accept(self) -> None:
        choice = self.choice()
        folder = Path(choice.path).parent if choice.path else None
        if not choice.path:
            self.problem.setText(self.tr("请填写要导出的文件名"))
        elif folder is None or not folder.is_dir():
            self.problem.setText(self.tr("文件夹不存在：{0}").format(folder))
        elif choice.template and not Path(choice.template).is_file():
            self.problem.setText(self.tr("找不到模板：{0}").format(choice.template))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, label: str, defaults: ExportChoice, *,
            pdf_available: bool) -> ExportChoice | None:
        dlg = cls(parent, label, defaults, pdf_available=pdf_available)
        return dlg.choice() if dlg.exec() == QDialog.DialogCode.Accepted else None


class ExportDoneDialog(QMessageBox):
    """The file is written: open it, open its folder, or close."""

    @classmethod
    def ask(cls, parent: QWidget | None, paths: list[Path]) -> str | None:
        """"file", "folder" or None."""
        box = cls(parent)
        box.setIcon(cls.Icon.Information)
        box.setWindowTitle(translate("ExportDoneDialog", "导出完成"))
        box.setText(translate("ExportDoneDialog", "已导出：\n{0}").format("\n".join(str(p) for p in paths)))
        open_file = box.addButton(translate("ExportDoneDialog", "打开文件"), cls.ButtonRole.AcceptRole)
        open_folder = box.addButton(translate("ExportDoneDialog", "打开文件夹"), cls.ButtonRole.ActionRole)
        box.addButton(translate("ExportDoneDialog", "关闭"), cls.ButtonRole.RejectRole)
        box.setDefaultButton(open_file)
        box.exec()
        clicked = box.clickedButton()
        return "file" if clicked is open_file else "folder" if clicked is open_folder else None


def open_result(what: str | None, path: Path) -> bool:
    """Open the exported file or its folder with the desktop's program."""
    if what == "file":
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if what == "folder":
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return False
