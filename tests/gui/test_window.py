"""The real main window, driven offscreen: take the sample in, edit, search, reopen, recover a draft."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from jianbao.gui import dialogs, revisions

pytestmark = pytest.mark.gui


def select_row(qtbot, window, row, settle):
    window.select_article(window.model.article_id(row))
    qtbot.waitUntil(lambda: window.editor.article_id == window.model.article_id(row))
    settle(window)


def stored(store_path, article_id):
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        return desk.article(article_id)


def test_paste_sample_preview_accept(imported_window, accept_preview, truth):
    window = imported_window
    assert len(accept_preview) == 1
    preview = accept_preview[0]
    assert preview.article_count() == 20
    assert preview.table.rowCount() == 20
    assert preview.cleaning.count() == len(preview.result.cleaning)
    assert window.model.rowCount() == 20 and window.model.total == 20
    titles = [window.model.row_data(r).title for r in range(20)]
    assert titles[0] == truth["articles"][0]["title"]
    assert window.list_stack.currentWidget() is window.list
    assert window.sidebar.topLevelItem(0).text(1) == "20"


def test_edit_title_undo_redo_and_save(imported_window, qtbot, store_path, settle, type_into):
    window = imported_window
    select_row(qtbot, window, 0, settle)
    editor = window.editor
    original = editor.title.text()
    editor.title.setFocus()
    editor.title.end(False)
    type_into(editor.title, "（ 修订 ）")
    assert editor.title.text() == original + "（修订）"
    assert editor.undo_stack.count() == 1  # typing merges into one step
    window.actions_.undo.trigger()
    assert editor.title.text() == original
    assert not editor.is_dirty()
    window.actions_.redo.trigger()
    assert editor.title.text() == original + "（修订）"
    window.actions_.save.trigger()
    settle(window)
    article_id = editor.article_id
    assert stored(store_path, article_id).title == original + "（修订）"
    assert stored(store_path, article_id).revision == 2
    assert window.model.row_data(0).title == original + "（修订）"  # the list refreshed from Changed
    assert "第 2 版" in editor.info.text()


def test_undo_spans_body_and_metadata(imported_window, qtbot, settle, type_into):
    window = imported_window
    select_row(qtbot, window, 1, settle)
    editor = window.editor
    body = editor.body.toPlainText()
    editor.body.setFocus()
    type_into(editor.body, "补充")
    editor.meta.status.setCurrentIndex(1)
    editor.meta.status.activated.emit(1)
    assert editor.changes().keys() == {"body", "status"}
    window.actions_.undo.trigger()  # status first
    assert editor.meta.values()["status"] == "draft"
    window.actions_.undo.trigger()  # then the typing
    assert editor.body.toPlainText() == body
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert editor.changes() == {"body": "补充" + body, "status": "checked"}


def test_change_category(imported_window, qtbot, store_path, settle):
    window = imported_window
    select_row(qtbot, window, 1, settle)  # the sample's second article has no tag: the classifier proposed one
    editor = window.editor
    combo = editor.meta.category
    before = editor.article.category
    chosen = "工作动态" if before != "工作动态" else "经济普查"
    index = combo.findData(chosen)
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert editor.changes() == {"category": chosen}
    assert not editor.meta.decision.isVisible()
    assert "编辑" in editor.meta.confidence.text()
    window.actions_.save.trigger()
    settle(window)
    art = stored(store_path, editor.article_id)
    assert (art.category, art.category_source, art.needs_decision, art.revision) == (chosen, "editor", False, 2)
    assert window.model.row_data(1).category == chosen
    assert window.model.data(window.model.index(1, 2)) == chosen
    window.actions_.undo.trigger()  # undo after saving puts the old category back, to be saved again
    assert editor.changes() == {"category": before}


def test_search_zhoutong(imported_window, qtbot, store_path, settle, type_into):
    window = imported_window
    window.actions_.search.trigger()
    type_into(window.filters.search, "周童")
    qtbot.waitUntil(lambda: window.model.query.query == "周童", timeout=5000)
    settle(window)
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        everything = [desk.article(window.model.article_id(r) or 0) for r in range(window.model.rowCount())]
    assert 0 < window.model.rowCount() < 20
    assert all("周童" in a.title + a.body for a in everything)
    # script-insensitive: the Simplified query finds the Traditional text, and a 2-character query works
    window.filters.search.setText("调研")
    qtbot.waitUntil(lambda: window.model.query.query == "调研", timeout=5000)
    settle(window)
    assert window.model.rowCount() > 0
    window.actions_.clear_filters.trigger()
    settle(window)
    assert window.model.rowCount() == 20


def test_filters_narrow_the_list(imported_window, qtbot, settle, store_path):
    from jianbao.desk import Desk

    window = imported_window
    with Desk(store_path) as desk:  # another process files one article under 经济普查
        desk.edit_article(window.model.article_id(1), {"category": "经济普查"})
    window.actions_.refresh.trigger()
    settle(window)
    f = window.filters
    f.category.setCurrentIndex(f.category.findData("经济普查"))
    settle(window)
    assert window.model.rowCount() >= 1
    assert all(window.model.row_data(r).category == "经济普查" for r in range(window.model.rowCount()))
    f.category.setCurrentIndex(0)
    settle(window)
    everything = [window.model.row_data(r) for r in range(window.model.rowCount())]
    unit = everything[0].units.split("、")[0]
    f.unit.setEditText(unit)
    f.unit.lineEdit().editingFinished.emit()
    settle(window)
    rows = [window.model.row_data(r) for r in range(window.model.rowCount())]
    assert rows and all(unit in r.units.split("、") for r in rows)
    assert len(rows) == sum(unit in r.units.split("、") for r in everything)
    f.clear()
    script = everything[0].script
    f.script.setCurrentIndex(f.script.findData(script))
    settle(window)
    assert window.model.rowCount() == sum(r.script == script for r in everything)
    f.script.setCurrentIndex(f.script.findData("s" if script == "t" else "t"))
    settle(window)
    assert window.model.rowCount() == sum(r.script != script for r in everything)
    f.clear()
    f.date_from.setDate(QDate(2024, 1, 4))
    settle(window)
    dated = [window.model.row_data(r).date for r in range(window.model.rowCount())]
    assert dated and all(d and d >= "2024-01-04" for d in dated)
    assert len(dated) == sum(1 for r in everything if r.date and r.date >= "2024-01-04")
    f.clear()
    f.search.setText("没有这样的文字")
    f.search.returnPressed.emit()
    settle(window)
    assert window.model.rowCount() == 0
    assert window.list_stack.currentWidget() is window.list  # "no match" is not the empty-store page


def test_sort_by_date(imported_window, qtbot, settle):
    window = imported_window
    window.list.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    settle(window)
    dates = [window.model.row_data(r).date or "" for r in range(window.model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_close_and_reopen_keeps_everything(imported_window, open_window, qtbot, store_path, settle, type_into):
    window = imported_window
    select_row(qtbot, window, 2, settle)
    editor = window.editor
    editor.title.setText("")
    type_into(editor.title, "重开后仍在的标题")
    chosen = editor.article_id
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.splitter.width() > 1000)
    window.splitter.setSizes([230, 400, window.splitter.width() - 630])
    sizes = window.splitter.sizes()
    window.close()  # saves the unsaved edit, the layout and the selection
    assert stored(store_path, chosen).title == "重开后仍在的标题"

    again = open_window()
    qtbot.waitUntil(lambda: again.editor.article_id == chosen, timeout=10000)
    settle(again)
    assert again.model.rowCount() == 20
    assert again.editor.title.text() == "重开后仍在的标题"
    assert again.list.currentIndex().row() == 2
    assert (again.width(), again.height()) == (1100, 700)
    assert again.splitter.sizes() == sizes


def test_kill_mid_edit_offers_the_draft(imported_window, open_window, qtbot, store_path, monkeypatch, settle, type_into):
    window = imported_window
    select_row(qtbot, window, 3, settle)
    editor = window.editor
    article_id = editor.article_id
    editor.body.setFocus()
    with qtbot.waitSignal(editor.draft_saved, timeout=5000):
        type_into(editor.body, "未保存的补充")
    settle(window)
    # The process dies here: no close event, no save; only the autosaved draft is on disk.
    window.worker.close()
    window.hide()
    assert stored(store_path, article_id).revision == 1

    offered = []

    def ask(cls, parent, drafts):
        offered.extend(drafts)
        return dialogs.DraftChoice(open_id=drafts[0][0])

    monkeypatch.setattr(dialogs.DraftDialog, "ask", classmethod(ask))
    again = open_window()
    qtbot.waitUntil(lambda: again.editor.article_id == article_id, timeout=10000)
    settle(again)
    assert [d[0] for d in offered] == [article_id]
    assert again.editor.body.toPlainText().startswith("未保存的补充")
    assert again.editor.is_dirty()
    again.actions_.undo.trigger()  # restoring the draft is one undoable step
    assert not again.editor.is_dirty()
    again.actions_.redo.trigger()
    again.actions_.save.trigger()
    settle(again)
    assert stored(store_path, article_id).body.startswith("未保存的补充")
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        assert desk.drafts() == []


def test_revision_history_and_restore(imported_window, qtbot, store_path, monkeypatch, settle, type_into):
    window = imported_window
    select_row(qtbot, window, 0, settle)
    editor = window.editor
    editor.body.setFocus()
    type_into(editor.body, "新增一句。")
    window.actions_.save.trigger()
    settle(window)
    shown = []

    def choose(cls, parent, revs, current):
        dialog = cls(parent, revs, current)
        dialog.list.setCurrentRow(1)  # revision 1, as imported
        shown.append(dialog.view.toHtml())
        return dialog.selected_revision()

    monkeypatch.setattr(revisions.RevisionDialog, "choose", classmethod(choose))
    window.actions_.history.trigger()
    settle(window)
    assert "新增一句" in shown[0]
    art = stored(store_path, editor.article_id)
    assert art.revision == 3 and not art.body.startswith("新增一句")
    assert editor.body.toPlainText() == art.body


def test_first_start_offers_the_sample(open_window, accept_preview, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs.FirstStartDialog, "ask", classmethod(lambda cls, parent: asked.append(1) or True))
    window = open_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 20, timeout=30000)
    assert asked == [1]
    assert accept_preview[0].article_count() == 20


def test_empty_store_shows_the_way_in(open_window):
    window = open_window()
    assert window.list_stack.currentWidget() is window.empty
    assert window.editor._stack.currentIndex() == 0


def test_clipboard_html_is_previewed(open_window, accept_preview, qtbot, sample_text):
    from PySide6.QtCore import QMimeData

    window = open_window()
    paragraphs = "".join(f"<p><span>{line}</span></p>" for line in sample_text.splitlines() if line.strip())
    mime = QMimeData()
    mime.setHtml(f"<html><body>{paragraphs}</body></html>")
    QGuiApplication.clipboard().setMimeData(mime)
    window.actions_.paste.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 20, timeout=30000)
    assert accept_preview[0].result.encoding == "html"


@pytest.mark.parametrize("query, marked", [("周童", "周童"), ("开发区", "開發區")])
def test_search_words_are_marked_in_the_body(imported_window, qtbot, settle, query, marked):
    """The sample is Traditional: a Simplified search (开发区) finds 開發區, and the editor shows where."""
    window = imported_window
    window.filters.search.setText(query)
    window.filters.search.returnPressed.emit()
    settle(window)
    window.select_article(window.model.article_id(0))
    qtbot.waitUntil(lambda: window.editor.article_id == window.model.article_id(0))
    settle(window)
    marks = window.editor.body.extraSelections()
    assert marks and all(m.cursor.selectedText() == marked for m in marks)
    window.actions_.clear_filters.trigger()
    settle(window)
    assert window.editor.body.extraSelections() == []
