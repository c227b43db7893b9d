"""An issue from the sample, through the GUI: drag articles in, reorder, convert with the preview, fix one
proofreading finding, export .docx, and find the titles in the chosen order in the Word file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from jianbao.gui import convert_preview, export_dialog

pytestmark = pytest.mark.gui
FINDING = Qt.ItemDataRole.UserRole + 1


def drag_to(widget, mime, pos):
    """Deliver a drag (enter, move, drop) of `mime` at `pos` in the widget's viewport, as Qt's drag loop does."""
    viewport = widget.viewport()
    point = QPointF(pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, buttons, mods))
    drop = QDropEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def article_item(tree, article_id):
    for k in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(k)
        for c in range(head.childCount()):
            if head.child(c).data(0, Qt.ItemDataRole.UserRole + 2) == article_id:
                return head.child(c)
    raise AssertionError(f"article {article_id} not in the tree")


def stored_desk(store_path):
    from jianbao.desk import Desk

    return Desk(store_path)


@pytest.fixture
def preview_seen(monkeypatch, qtbot):
    """The conversion preview is built for real, waited for, checked by the test, then accepted."""
    seen = []

    def ask(cls, parent, worker, *, article_ids=None, text=None, to="s", phrases=False):
        dialog = cls(parent, worker, article_ids=article_ids, text=text, to=to, phrases=phrases)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready, timeout=60000)
        seen.append(dialog)
        if article_ids:
            with stored_desk(worker.store_path) as desk:  # nothing is applied while the preview is open
                dialog.revisions_seen = {a: desk.article(a).revision for a in article_ids}
        return dialog.choice()

    monkeypatch.setattr(convert_preview.ConvertPreviewDialog, "ask", classmethod(ask))
    return seen


def test_issue_from_the_sample(imported_window, qtbot, settle, store_path, tmp_path, monkeypatch, preview_seen,
                               truth):
    window = imported_window
    composer = window.issue_actions.show_composer()
    qtbot.waitUntil(lambda: composer._draft is not None, timeout=10000)
    settle(window)
    assert composer.form.number.value() == 1 and composer.issue is None  # a new issue, its number proposed

    # 1. Drag five articles from the main list into the (empty) issue.
    model = window.model
    picked = [model.article_id(r) for r in (0, 3, 5, 8, 12)]
    mime = model.mimeData([model.index(r, 1) for r in (0, 3, 5, 8, 12)])
    drag_to(composer.tree, mime, composer.tree.viewport().rect().center())
    qtbot.waitUntil(lambda: composer.issue is not None, timeout=10000)
    settle(window)
    issue_id = int(composer.issue.id)
    assert composer.tree.article_ids() == picked

    # 2. One more from the composer's own source list, with "add to issue".
    composer.source.select_rows([1])
    extra = composer.source.selected_ids()
    composer.source.add_button.click()
    qtbot.waitUntil(lambda: len(composer.tree.article_ids()) == 6)
    settle(window)

    # 3. Reorder: drag the last article above the first.
    last, first = article_item(composer.tree, extra[0]), article_item(composer.tree, picked[0])
    rect = composer.tree.visualItemRect(first)
    drag_to(composer.tree, composer.tree.mimeData([last]), QPoint(rect.center().x(), rect.top() + 2))
    order = [extra[0], *picked]
    qtbot.waitUntil(lambda: composer.tree.article_ids() == order, timeout=5000)
    settle(window)
    with stored_desk(store_path) as desk:
        assert list(desk.issue(issue_id).article_ids) == order
        assert desk.article(order[0]).script == "t"
        titles = {a: desk.article(a).title for a in order}

    # 4. Convert the whole issue to Simplified through the preview; nothing changes before it is accepted.
    composer.convert_button.click()
    assert len(preview_seen) == 1
    dialog = preview_seen[0]
    assert dialog.articles.count() == 6
    assert dialog.revisions_seen == dialog.choice().expected
    assert dialog.view.marks
    # Some change in the issue is a guess for a human (線 -> 线 here; 開 -> 开 is not one).
    assert any(c.uncertain for p in dialog.previews for c in (*p.title.changes, *p.body.changes))
    assert "開發區" in dialog.view.left.toPlainText() or "發" in dialog.view.left.toPlainText()
    assert dialog.view.right.toPlainText() == dialog.previews[0].title.text + "\n\n" + dialog.previews[0].body.text
    qtbot.waitUntil(lambda: window.issue_actions.undo_step.isEnabled(), timeout=30000)
    settle(window)
    with stored_desk(store_path) as desk:
        converted = [desk.article(a) for a in order]
    assert all(a.script == "s" for a in converted)
    assert [a.title for a in converted] == [p.title.text for p in dialog.previews]
    assert converted[0].title != titles[order[0]]

    # ... and one undo puts it back, one redo converts again.
    window.issue_actions.undo_step.trigger()
    settle(window)
    with stored_desk(store_path) as desk:
        assert [desk.article(a).title for a in order] == [titles[a] for a in order]
    window.issue_actions.redo_step.trigger()
    settle(window)
    with stored_desk(store_path) as desk:
        assert [desk.article(a).title for a in order] == [a.title for a in converted]

    # 5. Proofread the issue; apply one fix, seen highlighted in the editor first.
    composer.proofread_button.click()
    panel = window.issue_actions.panel
    qtbot.waitUntil(lambda: panel._running is None and bool(panel.findings), timeout=60000)
    settle(window)
    index = next(k for k, leaf in enumerate(panel.leaves()) if leaf.data(0, FINDING).finding.suggestion is not None
                 and leaf.data(0, FINDING).field == "body")
    panel.select_finding(index)
    item = panel.selected()[0]
    qtbot.waitUntil(lambda: window.editor.article_id == int(item.article_id), timeout=10000)
    settle(window)
    assert window.editor.body.textCursor().selectedText() == item.finding.text
    before = window.editor.article.revision
    panel.accept_button.click()
    qtbot.waitUntil(lambda: window.editor.article.revision == before + 1, timeout=10000)
    settle(window)
    with stored_desk(store_path) as desk:
        fixed = desk.article(int(item.article_id))
    f = item.finding
    assert fixed.body[f.start:f.start + len(f.suggestion)] == f.suggestion
    assert fixed.body[:f.start] + f.text + fixed.body[f.start + len(f.suggestion):] == \
        [a for a in converted if a.id == fixed.id][0].body

    # 6. Export to .docx in the background; then "open folder".
    out = tmp_path / "第1期.docx"
    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", classmethod(
        lambda cls, parent, label, defaults, pdf_available: export_dialog.ExportChoice(str(out), contents=True)))
    monkeypatch.setattr(export_dialog.ExportDoneDialog, "ask", classmethod(lambda cls, parent, paths: "folder"))
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    composer.export_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened[0].toLocalFile() == str(tmp_path)

    # 7. The Word file has the titles in the chosen order.
    from docx import Document

    paragraphs = [p.text.strip() for p in Document(str(out)).paragraphs]
    with stored_desk(store_path) as desk:
        final = [desk.article(a).title for a in order]
    places = [paragraphs.index(t) for t in final]
    assert places == sorted(places)
    assert "本期要目" in paragraphs

