"""Two editors save one article: the second sees both versions side by side and loses nothing, whichever way
they decide (SQLite: a window and another Desk on one file; PostgreSQL: two windows on one database)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from jianbao.gui.conflict import ConflictDialog
from tests.gui.test_live import open_row

MINE_LINE = "本编辑尚未保存的补充说明。"


@pytest.fixture
def answer(monkeypatch):
    """`answer(button)`: the conflict dialog opens for real and is answered by clicking one of its buttons;
    returns the dialogs shown."""
    shown: list[ConflictDialog] = []

    def choose(button: str):
        def exec_(self):
            shown.append(self)
            getattr(self, f"{button}_button").click()
            return self.result()

        monkeypatch.setattr(ConflictDialog, "exec", exec_)
        return shown

    return choose


def _edit_and_collide(window, other_desk, qtbot, type_into):
    """The window's editor types into an article's title and body while another Desk saves it; then saves."""
    article_id = open_row(qtbot, window, 0)
    editor = window.editor
    before = editor.article
    other_desk.edit_article(article_id, {"body": before.body + "\n对方新增的一段。", "status": "checked"},
                            expected_revision=before.revision)
    editor.title.end(False)
    type_into(editor.title, "（我改）")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_into(editor.body, MINE_LINE)
    window.actions_.save.trigger()
    return article_id, before


def _shows_both(dialog, author: str) -> None:
    text = dialog.view.toPlainText()
    assert set(dialog.fields) >= {"title", "body", "status"}
    assert "对方新增的一段" in text and MINE_LINE in text  # theirs left, mine right
    assert author in text and "第 2 版" in text
    assert "#dfd" in dialog.view.toHtml().lower() or "#ddffdd" in dialog.view.toHtml().lower()


def test_keep_mine_overwrites_and_theirs_stays_in_the_history(imported_window, store_path, qtbot, type_into, answer,
                                                              settle):
    from jianbao.desk import Desk

    shown = answer("mine")
    window = imported_window
    with Desk(store_path, author="王五") as other:
        article_id, before = _edit_and_collide(window, other, qtbot, type_into)
        qtbot.waitUntil(lambda: bool(shown) and not window.editor.saving and not window.editor.is_dirty(),
                        timeout=10000)
        _shows_both(shown[0], "王五")
        art = other.article(article_id)
        history = other.revisions(article_id)
    assert art.revision == 3 and art.title == before.title + "（我改）" and MINE_LINE in art.body
    assert art.status == "checked"  # a field only they changed keeps their value
    assert "对方新增的一段" in history[1].snapshot["body"] and history[1].author == "王五"


def test_take_theirs_keeps_mine_on_the_clipboard(imported_window, store_path, qtbot, type_into, answer):
    from jianbao.desk import Desk

    shown = answer("theirs")
    window = imported_window
    QGuiApplication.clipboard().setText("")
    with Desk(store_path, author="王五") as other:
        article_id, before = _edit_and_collide(window, other, qtbot, type_into)
        qtbot.waitUntil(lambda: bool(shown) and window.editor.article.revision == 2, timeout=10000)
        art = other.article(article_id)
    assert art.revision == 2 and MINE_LINE not in art.body  # nothing written over theirs
    assert window.editor.body.toPlainText() == art.body and not window.editor.is_dirty()
    kept = QGuiApplication.clipboard().text()
    assert kept.startswith(before.title + "（我改）") and MINE_LINE in kept and "对方新增的一段" not in kept


def test_decide_later_keeps_the_unsaved_text(imported_window, store_path, qtbot, type_into, answer, settle):
    from jianbao.desk import Desk

    shown = answer("later")
    window = imported_window
    with Desk(store_path, author="王五") as other:
        article_id, before = _edit_and_collide(window, other, qtbot, type_into)
        qtbot.waitUntil(lambda: bool(shown) and not window.editor.saving, timeout=10000)
        settle(window)
        assert other.article(article_id).revision == 2
    assert MINE_LINE in window.editor.body.toPlainText() and window.editor.is_dirty()
    assert window.editor.title.text() == before.title + "（我改）"


def test_two_windows_on_postgresql_see_each_other_s_version(shared_window, qtbot, type_into, answer, pg_url):
    from jianbao.desk import Desk

    shown = answer("mine")
    zhang, li = shared_window("张三"), shared_window("李四")
    article_id = open_row(qtbot, li, 0)
    type_into(li.editor.body, MINE_LINE)
    open_row(qtbot, zhang, 0)
    zhang.editor.title.setText("张三的标题")
    zhang.editor.title.textEdited.emit("张三的标题")
    zhang.editor.save()
    qtbot.waitUntil(lambda: li.live.notice is not None and li.live.notice.compare.isVisible(), timeout=10000)
    li.live.notice.compare.click()
    qtbot.waitUntil(lambda: bool(shown) and not li.editor.is_dirty() and not li.editor.saving, timeout=10000)
    dialog = shown[0]
    assert dialog.fields == ["title", "body"]
    text = dialog.view.toPlainText()
    assert "张三的标题" in text and MINE_LINE in text
    with Desk(pg_url) as desk:
        art = desk.article(article_id)
        author = desk.revisions(article_id)[1].author
    assert author and author in text  # who saved theirs: the login role the database stamped
    assert art.title == "张三的标题" and MINE_LINE in art.body and art.revision == 3
