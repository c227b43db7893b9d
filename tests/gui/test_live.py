"""Two editors' windows on one PostgreSQL store: each refreshes from the other's commits (LISTEN/NOTIFY, no
polling), an unsaved edit is never overwritten, and an article open in one is shown as edited in the other."""
from __future__ import annotations


def open_row(qtbot, window, row: int) -> int:
    article_id = window.model.article_id(row)
    window.select_article(article_id)
    qtbot.waitUntil(lambda: window.editor.article_id == article_id and window.worker.idle(), timeout=10000)
    return article_id


def title_in_list(window, article_id: int) -> str:
    row = window.model.row_of(article_id)
    return window.model.row_data(row).title if row is not None else ""


def test_a_save_in_one_window_shows_in_the_other_and_its_unsaved_text_stays(shared_window, qtbot, monkeypatch,
                                                                              type_into):
    from jianbao.gui import dialogs

    zhang, li = shared_window("张三"), shared_window("李四")
    shared = open_row(qtbot, li, 0)
    type_into(li.editor.body, "李四尚未保存的一句。")
    assert li.editor.is_dirty()
    kept_body = li.editor.body.toPlainText()
    old_title = li.editor.title.text()

    other = open_row(qtbot, zhang, 1)  # an article only 张三 has open: 李四's list just shows the new title
    zhang.editor.title.setText("张三改过的标题")
    zhang.editor.title.textEdited.emit("张三改过的标题")
    zhang.editor.save()
    qtbot.waitUntil(lambda: title_in_list(li, other) == "张三改过的标题", timeout=10000)

    open_row(qtbot, zhang, 0)  # the article 李四 is editing
    zhang.editor.title.setText("同一篇，张三的标题")
    zhang.editor.title.textEdited.emit("同一篇，张三的标题")
    zhang.editor.save()
    qtbot.waitUntil(lambda: title_in_list(li, shared) == "同一篇，张三的标题", timeout=10000)
    qtbot.waitUntil(lambda: li.live.notice is not None and li.live.notice.compare.isVisible(), timeout=10000)
    assert "张三" in li.live.notice.news.text()
    assert li.editor.body.toPlainText() == kept_body  # nothing of 李四's was replaced
    assert li.editor.title.text() == old_title and li.editor.is_dirty()

    # The notice leads to the usual conflict dialog; keeping 李四's text saves it over 张三's version.
    asked = []
    monkeypatch.setattr(dialogs.ConflictDialog, "ask",
                        classmethod(lambda cls, parent, current, mine, **kw: asked.append(current.revision) or "mine"))
    li.live.notice.compare.click()
    qtbot.waitUntil(lambda: not li.editor.is_dirty() and not li.editor.saving, timeout=10000)
    assert asked == [2]  # 张三's revision was the one shown
    assert li.editor.title.text() == "同一篇，张三的标题"  # the field 李四 left alone now shows 张三's
    # 张三's window had no unsaved change on that article: it loads 李四's version and says whose it is.
    qtbot.waitUntil(lambda: "李四尚未保存的一句" in zhang.editor.body.toPlainText(), timeout=10000)
    assert "李四" in zhang.live.notice.news.text() and not zhang.live.notice.compare.isVisible()
    assert zhang.editor.title.text() == "同一篇，张三的标题"


def test_an_article_open_in_one_window_is_marked_in_the_others(shared_window, qtbot, pg_url):
    from PySide6.QtCore import Qt

    from jianbao.desk import Desk

    zhang, li = shared_window("张三"), shared_window("李四")
    first = open_row(qtbot, li, 0)
    qtbot.waitUntil(lambda: zhang.model.editors_of(first) == ("李四",), timeout=10000)
    row = zhang.model.row_of(first)
    index = zhang.model.index(row, 1)
    assert "李四 正在编辑" in zhang.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert zhang.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert zhang.model.data(zhang.model.index(zhang.model.row_of(zhang.model.article_id(1)), 1),
                            Qt.ItemDataRole.DecorationRole) is None

    open_row(qtbot, zhang, 0)  # the same article: 张三's editor says who else has it
    qtbot.waitUntil(lambda: li.model.editors_of(first) == ("张三",), timeout=10000)
    assert zhang.live.notice.presence.text() == "✎ 李四 正在编辑"

    second = open_row(qtbot, li, 1)  # 李四 moves on: the marks move with them
    qtbot.waitUntil(lambda: zhang.model.editors_of(second) == ("李四",) and not zhang.model.editors_of(first),
                    timeout=10000)
    qtbot.waitUntil(lambda: not zhang.live.notice.presence.isVisibleTo(zhang.live.notice), timeout=10000)

    # A third editor whose client dies: the server drops their lock with the connection; the windows show it
    # gone at their next news (nothing is polled).
    wang = Desk(pg_url, author="王五")
    third = zhang.model.article_id(2)
    wang.hold_article(third)
    qtbot.waitUntil(lambda: li.model.editors_of(third) == ("王五",), timeout=10000)
    with Desk(pg_url) as admin:
        pid = wang.store.conn.raw.info.backend_pid
        admin.store.conn.execute("SELECT pg_terminate_backend(?)", (pid,))
    open_row(qtbot, zhang, 3)
    qtbot.waitUntil(lambda: not li.model.editors_of(third), timeout=10000)
    wang.close()


def test_a_window_on_a_single_desk_store_listens_to_nothing(open_window, qtbot):
    window = open_window()
    assert window.worker.ready and not window.live.listening


def test_the_composer_follows_issues_another_editor_changes(shared_window, qtbot, pg_url):
    from jianbao.desk import Desk
    from jianbao.models import IssueSection

    zhang = shared_window("张三")
    with Desk(pg_url, author="李四") as li:
        ids = [zhang.model.article_id(r) for r in range(4)]
        issue, _ = li.create_issue("开发区资讯", sections=[IssueSection(None, tuple(ids[:2]))], date="2024-01-08")
        composer = zhang.issue_actions.show_composer(int(issue.id))
        qtbot.waitUntil(lambda: composer.issue is not None and composer.tree.article_ids() == ids[:2], timeout=10000)

        li.set_issue_sections(issue.id, [IssueSection("要闻", tuple(ids))])  # 李四 rearranges the open issue
        qtbot.waitUntil(lambda: composer.tree.article_ids() == ids, timeout=10000)
        li.create_issue("开发区资讯", sections=[IssueSection(None, (ids[3],))], date="2024-01-15")
        qtbot.waitUntil(lambda: composer.picker.count() == 2, timeout=10000)
        assert composer.issue.id == issue.id  # the issue being composed stays open

        li.delete_issue(issue.id)  # gone: the composer opens the newest one left
        qtbot.waitUntil(lambda: composer.issue is not None and composer.issue.id != issue.id, timeout=10000)
        assert composer.tree.article_ids() == [ids[3]]
    composer.close()


def test_after_a_server_restart_the_window_listens_again_and_catches_up(shared_window, qtbot, pg_url, pg_cluster,
                                                                        monkeypatch):
    from jianbao.desk import Desk
    from jianbao.gui import live

    monkeypatch.setattr(live, "RETRY_MS", 200)
    zhang = shared_window("张三")
    first = open_row(qtbot, zhang, 0)
    pg_cluster.restart()
    qtbot.waitUntil(lambda: not zhang.live.listening, timeout=10000)  # the lost socket is noticed, not polled
    with Desk(pg_url, author="李四") as li:  # a change made while nobody could have heard of it
        art = li.article(first)
        li.edit_article(first, {"title": "重启期间改的标题"}, expected_revision=art.revision)
        qtbot.waitUntil(lambda: zhang.live.listening, timeout=20000)
        qtbot.waitUntil(lambda: title_in_list(zhang, first) == "重启期间改的标题", timeout=10000)
        qtbot.waitUntil(lambda: zhang.editor.title.text() == "重启期间改的标题", timeout=10000)
        second = zhang.model.article_id(1)
        art = li.article(second)
        li.edit_article(second, {"title": "重连之后改的标题"}, expected_revision=art.revision)
        qtbot.waitUntil(lambda: title_in_list(zhang, second) == "重连之后改的标题", timeout=10000)
        assert li.presence() == {first: ("张三",)}  # the reconnected desk holds its open article again
