""""Copy for WeChat": the issue as one HTML fragment with inline styles on the clipboard, as rich text with a
plain-text twin, ready to paste into the 公众号 editor."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

translate = QCoreApplication.translate


def clipboard_data(html: str, text: str) -> QMimeData:
    """text/html for editors that take rich text, text/plain for those that do not."""
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    return data


def copy_for_wechat(window: Any, issue_id: int) -> None:
    """Build the fragment off the GUI thread, then put it on the clipboard and say so."""

    def done(result: tuple[str, str]) -> None:
        QGuiApplication.clipboard().setMimeData(clipboard_data(*result))
        window.show_message(translate("WeChat", "已复制本期的公众号格式，可直接粘贴到公众号编辑器"), 8000)

    window.worker.submit(lambda desk: desk.issue_html(issue_id), done)
