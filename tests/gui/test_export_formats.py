"""The export dialog's formats (Word, PDF, WeChat HTML, text) and "copy for WeChat" (rich text on the clipboard)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from jianbao.gui import export_dialog
from jianbao.gui.export_dialog import ExportChoice, ExportDialog
from jianbao.models import Changed, IssueSection
from gui.test_stats_export_prefs import desk_call

pytestmark = pytest.mark.gui


@pytest.fixture
def issue_window(imported_window, settle):
    window = imported_window
    issue = desk_call(window, settle, lambda desk: desk.create_issue(
        "开发区资讯", date="2024-01-08", sections=[IssueSection(None, (1, 2, 3))])[0])
    window.on_changed(Changed(issues=(issue.id,)))
    settle(window)
    window.sidebar.select_key(f"issue:{issue.id}")
    titles = desk_call(window, settle, lambda desk: [desk.article(a).title for a in (1, 2, 3)])
    return window, titles


def test_copy_for_wechat_puts_rich_text_and_plain_text_on_the_clipboard(issue_window, qtbot, settle):
    window, titles = issue_window
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    window.issue_actions.copy_wechat.trigger()
    qtbot.waitUntil(lambda: clipboard.mimeData().hasHtml(), timeout=10000)
    data = clipboard.mimeData()
    html, text = data.html(), data.text()
    assert "<style" not in html and "<script" not in html and "class=" not in html
    assert all(t in html for t in titles) and all(t in text for t in titles)
    assert "<" not in text and text.startswith("开发区资讯")


def test_the_dialog_offers_each_format_and_names_the_file_after_it(qtbot, tmp_path):
    dialog = ExportDialog(None, "开发区资讯 2024年第1期", ExportChoice(str(tmp_path / "第1期.docx")), pdf_available=False)
    qtbot.addWidget(dialog)
    formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert formats == ["docx", "pdf", "html", "txt"]
    assert not dialog.format.model().item(1).isEnabled()   # no LibreOffice: no PDF
    dialog.format.setCurrentIndex(2)
    assert dialog.path.text() == str(tmp_path / "第1期.html") and not dialog.template.isEnabled()
    choice = dialog.choice()
    assert (choice.fmt, choice.pdf) == ("html", False)


def test_exporting_wechat_html_from_the_window_writes_the_fragment(issue_window, qtbot, tmp_path, monkeypatch):
    window, titles = issue_window
    opened = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, parent, label, defaults, pdf_available: ExportChoice(str(tmp_path / "公众号.html"), fmt="html")))
    monkeypatch.setattr(export_dialog.ExportDoneDialog, "ask", classmethod(lambda cls, parent, paths: opened.append(paths)))
    window.issue_actions.export.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    html = (tmp_path / "公众号.html").read_text("utf-8")
    assert html.startswith("<section") and all(t in html for t in titles)
