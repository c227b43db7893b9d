"""Asking for a shared store's password when the server wants one; kept in the OS keyring if the editor asks."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


@dataclass(frozen=True)
class PasswordChoice:
    password: str
    remember: bool


class PasswordDialog(QDialog):
    """The password for `location` (shown without any password); "remember" only where the OS has a keyring."""

    def __init__(self, parent: QWidget | None, location: str, *, wrong: bool, can_remember: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接共用资料库"))
        intro = QLabel(self.tr("用户名或密码不对，请重新输入密码。") if wrong else self.tr("连接这个共用资料库需要密码。"), self)
        where = QLabel(location, self)
        where.setObjectName("passwordLocation")
        where.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("在系统钥匙串中记住密码") if can_remember
                                  else self.tr("本机没有系统钥匙串：每次打开时都会询问密码"), self)
        self.remember.setEnabled(can_remember)
        self.remember.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("资料库"), where)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.remember)
        form.addRow(buttons)
        self.resize(520, 0)

    @classmethod
    def ask(cls, parent: QWidget | None, location: str, *, wrong: bool = False,
            can_remember: bool = False) -> PasswordChoice | None:
        """The password typed and whether to keep it, or None when the editor cancelled."""
        dlg = cls(parent, location, wrong=wrong, can_remember=can_remember)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return PasswordChoice(dlg.password.text(), dlg.remember.isChecked())


def ask_and_reopen(window: Any, exc: Any) -> bool:
    """The server wants a password: ask, and open the store again with it; False when the editor cancelled."""
    from jianbao.passwords import keyring_available

    choice = PasswordDialog.ask(window, exc.location, wrong=exc.wrong, can_remember=keyring_available())
    if choice is None:
        return False
    window.store_password = choice.password
    window.remember_password = choice.remember
    window.reopen_store()
    return True


def keep_if_asked(window: Any, location: str) -> None:
    """Once the store opened with a typed password the editor asked to keep: into the OS keyring."""
    if window.remember_password and window.store_password:
        from jianbao.passwords import remember_password

        remember_password(location, window.store_password)
    window.remember_password = False
