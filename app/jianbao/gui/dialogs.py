"""Small dialogs that ask one thing; each has a classmethod returning plain data so tests patch one method."""
from __future__ import annotations

from dataclasses import dataclass
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QVBoxLayout, QWidget)

from jianbao.gui.conflict import ConflictDialog
from jianbao.gui.preferences import PreferencesDialog, PrefsChoice, StoreLists

__all__ = ["Ask", "ConflictDialog", "DraftDialog", "FirstStartDialog", "OpenFilesDialog", "PreferencesDialog",
           "PrefsChoice", "StoreLists"]


class Ask(QMessageBox):
    """Yes/no questions and error messages."""

    @classmethod
    def yes_no(cls, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        box = cls(cls.Icon.Question, title, text, cls.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, cls.ButtonRole.AcceptRole)
        box.addButton(no, cls.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.exec()
        return box.clickedButton() is yes_button

    @classmethod
    def error(cls, parent: QWidget | None, text: str, detail: str = "") -> None:
        box = cls(cls.Icon.Warning, box_title(), text, cls.StandardButton.Ok, parent)
        if detail:
            box.setDetailedText(detail)
        box.exec()


def box_title() -> str:
    return "Jianbao 简报"


class OpenFilesDialog(QFileDialog):
    """File > Open: several bulletins at once."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str = "") -> list[str]:
        title = QCoreApplication.translate("OpenFilesDialog", "打开简报文件")
        kinds = QCoreApplication.translate("OpenFilesDialog", "简报 (*.txt *.md *.docx *.doc *.wps *.odt *.rtf *.pdf *.html *.htm);;所有文件 (*)")
        paths, _ = cls.getOpenFileNames(parent, title, folder, kinds)
        return list(paths)


class FirstStartDialog(QMessageBox):
    """Offered when the store is empty: open the shipped sample bulletin?"""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = cls(parent)
        box.setIcon(cls.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("FirstStartDialog", "欢迎使用简报"))
        box.setText(QCoreApplication.translate(
            "FirstStartDialog", "资料库还是空的。要先打开随附的样例简报（开发区资讯 2024 年 1 月，20 篇）看看吗？"))
        box.setInformativeText(QCoreApplication.translate(
            "FirstStartDialog", "以后可以随时粘贴简报（Ctrl+Shift+V）、打开文件（Ctrl+O）或把文件拖进窗口。"))
        yes = box.addButton(QCoreApplication.translate("FirstStartDialog", "打开样例"), cls.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("FirstStartDialog", "以后再说"), cls.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes


@dataclass(frozen=True)
class DraftChoice:
    open_id: int | None = None  # open this article with its draft applied
    discard_all: bool = False


class DraftDialog(QDialog):
    """After a crash: autosaved drafts that were never saved as revisions."""

    def __init__(self, parent: QWidget | None, drafts: list[tuple[int, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("恢复未保存的修改"))
        self.list = QListWidget(self)
        for article_id, title, saved_at in drafts:
            item = QListWidgetItem(self.tr("{0}（自动保存于 {1}）").format(title, saved_at[:19].replace("T", " ")))
            item.setData(256, article_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("打开并恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("全部丢弃"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("稍后处理"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(lambda: self.done(2))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("上次关闭前有文章的修改没有保存，已自动保存为草稿："), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, drafts: list[tuple[int, str, str]]) -> DraftChoice:
        dlg = cls(parent, drafts)
        code = dlg.exec()
        if code == 2:
            return DraftChoice(discard_all=True)
        if code == QDialog.DialogCode.Accepted and dlg.list.currentItem() is not None:
            return DraftChoice(open_id=int(dlg.list.currentItem().data(256)))
        return DraftChoice()
