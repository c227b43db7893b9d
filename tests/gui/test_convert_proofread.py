"""Conversion preview and proofreading panel: protect a term from the preview, convert a selection (undone by the
editor's undo), ignore a finding for good, accept all of a kind and undo it in one step."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from jianbao.gui import convert_preview

pytestmark = pytest.mark.gui


def stored(store_path, article_id):
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        return desk.article(article_id)


def open_article(window, qtbot, settle, article_id):
    window.select_article(article_id, open_anyway=True)
    qtbot.waitUntil(lambda: window.editor_built and window.editor.article_id == article_id, timeout=10000)
    settle(window)
    return window.editor


def test_preview_protects_a_term_with_one_click_and_applies_nothing(imported_window, qtbot, settle, store_path):
    window = imported_window
    dialog = convert_preview.ConvertPreviewDialog(window, window.worker, article_ids=[1], to="s")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)
    left = dialog.view.left.toPlainText()
    assert left.startswith(stored(store_path, 1).title)
    at = left.index("開發區")
    cursor = dialog.view.left.textCursor()                     # the editor selects a word on the left…
    cursor.setPosition(at)
    cursor.setPosition(at + 3, QTextCursor.MoveMode.KeepAnchor)
    dialog.view.left.setTextCursor(cursor)
    assert dialog.word_to_protect() == "開發區"
    dialog.protect()                                            # …and protects it with one click
    qtbot.waitUntil(lambda: dialog.ready and "開發區" in dialog.view.right.toPlainText(), timeout=30000)
    assert "已把“開發區”加入专有词" in dialog.summary.text()
    assert not any(m.start == at for m in dialog.view.marks)
    dialog.reject()
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        assert "開發區" in [t.word for t in desk.terms("protect")]
        assert desk.article(1).revision == 1 and desk.article(1).script == "t"  # nothing applied


def test_preview_marks_uncertain_characters_and_lists_them(imported_window, qtbot):
    window = imported_window
    dialog = convert_preview.ConvertPreviewDialog(window, window.worker, article_ids=[3, 9], to="s")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=60000)
    assert dialog.articles.count() == 2 and dialog.articles.isVisibleTo(dialog)
    marks = dialog.view.marks
    right = dialog.view.right.toPlainText()
    for m in marks:                                             # every change is placed on both sides
        assert right[m.out_start:m.out_end] == m.change.after
    unsure = [m for m in marks if m.change.uncertain]
    assert dialog.changes.rowCount() == len(unsure) > 0        # only those to confirm, by default
    dialog.only_uncertain.setChecked(False)
    assert dialog.changes.rowCount() == len(marks)
    dialog.changes.selectRow(0)
    assert dialog.view.left.textCursor().selectedText() == marks[0].change.before
    dialog.articles.setCurrentRow(1)
    assert dialog.view.left.toPlainText().startswith(dialog.previews[1].title.source)
    dialog.target.setCurrentIndex(dialog.target.findData("tw"))
    qtbot.waitUntil(lambda: dialog.ready and dialog.choice().to == "tw", timeout=60000)


def test_convert_a_selection_is_undone_by_the_editor(imported_window, qtbot, settle, monkeypatch):
    window = imported_window
    editor = open_article(window, qtbot, settle, 1)
    body = editor.body.toPlainText()
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    seen = []

    def ask(cls, parent, worker, **kw):
        dialog = cls(parent, worker, **kw)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready, timeout=60000)
        seen.append(dialog)
        return dialog.choice()

    monkeypatch.setattr(convert_preview.ConvertPreviewDialog, "ask", classmethod(ask))
    window.issue_actions.convert_selection.trigger()
    converted = seen[0].previews[0].text
    assert seen[0].view.left.toPlainText() == body[:20] and converted != body[:20]
    assert editor.body.toPlainText() == converted + body[20:]
    assert editor.changes() == {"body": converted + body[20:]}   # an edit to save, like typing
    window.actions_.undo.trigger()
    assert editor.body.toPlainText() == body and not editor.is_dirty()


def test_ignored_findings_stay_ignored(imported_window, qtbot, settle, store_path):
    window = imported_window
    open_article(window, qtbot, settle, 1)
    window.issue_actions.proofread.trigger()
    panel = window.issue_actions.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=60000)
    settle(window)
    panel.select_finding(0)
    item = panel.selected()[0]
    same = [i for i in panel.findings if (i.finding.kind, i.finding.text) == (item.finding.kind, item.finding.text)]
    panel.ignore_button.click()
    settle(window)
    left = len(panel.findings)
    assert all(i not in panel.findings for i in same)       # the same text of that kind, everywhere in it
    panel.recheck_button.click()
    settle(window)
    assert len(panel.findings) == left and item not in panel.findings
    assert stored(store_path, 1).revision == 1               # ignoring changes no text


def test_accept_all_of_a_kind_and_undo_it(imported_window, qtbot, settle, store_path):
    window = imported_window
    editor = open_article(window, qtbot, settle, 1)
    window.issue_actions.proofread.trigger()
    panel = window.issue_actions.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=60000)
    settle(window)
    punctuation = [i for i in panel.findings if i.finding.kind == "punctuation" and i.finding.suggestion]
    assert len(punctuation) > 3
    k = next(n for n, leaf in enumerate(panel.leaves()) if leaf.data(0, 256 + 1).finding.kind == "punctuation")
    panel.select_finding(k)
    panel.accept_kind_button.click()
    qtbot.waitUntil(lambda: editor.article is not None and editor.article.revision == 2, timeout=10000)
    settle(window)
    fixed = stored(store_path, 1)
    assert not any(i.finding.kind == "punctuation" and i.finding.suggestion for i in panel.findings)
    assert fixed.body.count(",") < stored_revision(store_path, 1, 1).count(",")
    assert editor.body.toPlainText() == fixed.body           # the open editor shows the saved fix
    undo = window.issue_actions.undo_step
    assert undo.isEnabled() and "采纳校对修改" in undo.text()
    undo.trigger()
    qtbot.waitUntil(lambda: stored(store_path, 1).revision == 3, timeout=10000)
    settle(window)
    assert stored(store_path, 1).body == stored_revision(store_path, 1, 1)
    assert editor.body.toPlainText() == stored(store_path, 1).body


def stored_revision(store_path, article_id, revision):
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        return next(r.snapshot["body"] for r in desk.revisions(article_id) if r.revision == revision)


def test_a_fix_never_loses_what_the_editor_typed(imported_window, qtbot, settle, store_path, monkeypatch, type_into):
    from jianbao.gui import dialogs

    window = imported_window
    editor = open_article(window, qtbot, settle, 1)
    window.issue_actions.proofread.trigger()
    panel = window.issue_actions.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=60000)
    settle(window)
    errors = []
    monkeypatch.setattr(dialogs.Ask, "error", classmethod(lambda cls, parent, text, detail="": errors.append(text)))
    editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    type_into(editor.body, "补充")                             # typed after the check, not saved yet
    k = next(n for n, leaf in enumerate(panel.leaves()) if leaf.data(0, 256 + 1).finding.suggestion)
    panel.select_finding(k)
    panel.accept_button.click()
    settle(window)
    art = stored(store_path, 1)
    assert art.body.startswith("补充") and art.revision == 2    # the typing was saved first…
    assert errors and "重新检查" in errors[0]                   # …and the stale fix refused, not applied
    assert editor.body.toPlainText() == art.body


def test_conversion_marks_land_on_their_text_after_rare_characters(qtbot):
    """𡈼 is one Python character and two UTF-16 units: the changes after it stay on their characters."""
    from jianbao.gui.convert_view import SideBySide
    from jianbao.script.convert import convert

    view = SideBySide()
    qtbot.addWidget(view)
    view.show_pieces([convert("周𡈼到開發區調研，𠮷祥村發展。", "s")])
    assert view.marks
    for m, left, right in zip(view.marks, view.left.extraSelections(), view.right.extraSelections()):
        assert left.cursor.selectedText() == m.change.before and right.cursor.selectedText() == m.change.after
    last = len(view.marks) - 1
    view.show_mark(last)
    assert view.left.textCursor().selectedText() == view.marks[last].change.before
    assert view.mark_at(view.left.textCursor().selectionStart()) is view.marks[last]


def test_remember_a_word_from_the_panel(open_window, qtbot, settle, store_path):
    """"忽略并记住": the word leaves the list for every article and joins the store's dictionary."""
    from jianbao.desk import Desk

    text = ("【工作动态】开发区推进项目建设。1月3日，开发区重点项目己经全部开工。(开发区经济发展部)\n"
            "【党建工作】开发区开展学习活动。1月4日，项目己经进入安装阶段，全区再接再励。(开发区党群工作部)\n")
    with Desk(store_path) as desk:
        desk.import_split(desk.preview_text(text))
    window = open_window()
    open_article(window, qtbot, settle, 1)
    window.issue_actions.proofread.trigger()
    panel = window.issue_actions.panel
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=60000)
    settle(window)
    typos = [k for k, i in enumerate(panel.findings) if i.finding.kind == "typo"]
    assert [panel.findings[k].finding.text for k in typos] == ["己经"]
    punctuation = [k for k, i in enumerate(panel.findings) if i.finding.kind not in ("typo", "expression")]
    if punctuation:
        panel.select_finding(punctuation[0])
        assert not panel.remember_button.isEnabled()  # only a word can be learned
    panel.select_finding(typos[0])
    assert panel.remember_button.isEnabled()
    panel.remember_button.click()
    settle(window)
    qtbot.waitUntil(lambda: all(i.finding.text != "己经" for i in panel.findings), timeout=10000)
    with Desk(store_path) as desk:
        assert [t.word for t in desk.terms("protect")] == ["己经"]
        assert [i.finding.text for i in desk.check_article(2) if i.finding.kind == "typo"] == ["再接再励"]
