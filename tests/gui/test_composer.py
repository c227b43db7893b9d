"""The issue composer on its own: numbering, facts and band saved, sections, "add to issue", warnings, locking."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from jianbao.gui import dialogs
from jianbao.models import Changed, IssueSection

pytestmark = pytest.mark.gui


def stored_issue(store_path, issue_id):
    from jianbao.desk import Desk

    with Desk(store_path) as desk:
        return desk.issue(issue_id)


def make_issue(window, settle, ids, **facts):
    out = []
    window.worker.submit(lambda desk: desk.create_issue("开发区资讯", sections=[IssueSection(None, tuple(ids))],
                                                        **facts)[0], out.append)
    settle(window)
    return out[0]


@pytest.fixture
def composer_on(imported_window, qtbot, settle):
    """The composer open on a first issue of four sample articles (ids 1-4)."""
    window = imported_window
    issue = make_issue(window, settle, [1, 2, 3, 4], date="2024-01-08")
    composer = window.issue_actions.show_composer(int(issue.id))
    qtbot.waitUntil(lambda: composer.issue is not None and len(composer.tree.article_ids()) == 4, timeout=10000)
    settle(window)
    return window, composer


def test_new_issue_continues_the_series_and_saves_with_its_first_article(composer_on, qtbot, settle, store_path):
    window, composer = composer_on
    composer.new_button.click()
    qtbot.waitUntil(lambda: composer.issue is None and composer._draft is not None)
    settle(window)
    from jianbao.desk import Desk

    today = __import__("datetime").date.today().isoformat()
    with Desk(store_path) as desk:
        proposed = desk.propose_issue("开发区资讯", today).number
    assert composer.form.series.text() == "开发区资讯" and composer.form.number.value() == proposed
    assert composer.form.date.date().toString("yyyy-MM-dd") == today
    composer.form.date.setDate(composer.form.date.date().fromString("2024-02-01", "yyyy-MM-dd"))
    composer.form.flush()                                   # another date: the number follows its year
    qtbot.waitUntil(lambda: composer.form.number.value() == 2, timeout=5000)
    assert composer.picker.currentData() is None           # "new issue, not saved yet"
    composer.form.compiling_unit.setText("经济开发区党政办公室")
    composer.form.compiling_unit.textEdited.emit("经济开发区党政办公室")
    composer.form.flush()
    composer.add_articles([7, 5])
    qtbot.waitUntil(lambda: composer.issue is not None, timeout=10000)
    settle(window)
    saved = stored_issue(store_path, composer.issue.id)
    assert (saved.number, saved.compiling_unit, saved.article_ids) == (2, "经济开发区党政办公室", (7, 5))
    assert window.sidebar._issues.childCount() == 2         # the sidebar heard of it


def test_facts_note_and_band_are_saved(composer_on, qtbot, settle, store_path, type_into):
    window, composer = composer_on
    form = composer.form
    type_into(form.editors_note, "本期 聚焦 项目建设。")
    form.recipients_bao.setText("市委、市政府")
    form.recipients_bao.textEdited.emit("市委、市政府")
    form.copies.setValue(60)
    form.show_contents.setChecked(True)
    qtbot.waitUntil(lambda: stored_issue(store_path, composer.issue.id).copies == 60, timeout=5000)
    saved = stored_issue(store_path, composer.issue.id)
    assert (saved.editors_note, saved.recipients_bao, saved.show_contents) == ("本期聚焦项目建设。", "市委、市政府", True)


def test_sections_named_grouped_and_removed(composer_on, qtbot, settle, store_path):
    window, composer = composer_on
    tree = composer.tree
    composer.section_button.click()
    tree.add_articles([9], section=1)                       # into the new, still empty section
    settle(window)
    head = tree.topLevelItem(1)
    head.setText(0, "基层动态")                              # as the editor types over the heading
    qtbot.waitUntil(lambda: [s.title for s in tree.sections()] == [None, "基层动态"])
    settle(window)
    assert stored_issue(store_path, composer.issue.id).sections == (
        IssueSection(None, (1, 2, 3, 4)), IssueSection("基层动态", (9,)))
    composer.group_button.click()
    qtbot.waitUntil(lambda: len(tree.sections()) > 2, timeout=5000)
    settle(window)
    saved = stored_issue(store_path, composer.issue.id)
    assert all(s.title for s in saved.sections) and sorted(saved.article_ids) == [1, 2, 3, 4, 9]
    tree.remove_section(1)
    settle(window)
    assert len(stored_issue(store_path, composer.issue.id).sections) == len(saved.sections) - 1
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    gone = tree.selected_ids()
    composer.remove_button.click()
    settle(window)
    assert gone[0] not in stored_issue(store_path, composer.issue.id).article_ids


def test_moving_an_article_down_crosses_into_the_next_section(composer_on, settle, store_path):
    window, composer = composer_on
    tree = composer.tree
    tree._emit([IssueSection("甲", (1, 2)), IssueSection("乙", (3, 4))])
    tree.setCurrentItem(tree.topLevelItem(0).child(1))
    composer.down_button.click()
    settle(window)
    assert [s.article_ids for s in stored_issue(store_path, composer.issue.id).sections] == [(1,), (2, 3, 4)]
    composer.up_button.click()
    settle(window)
    assert [s.article_ids for s in stored_issue(store_path, composer.issue.id).sections] == [(1, 2), (3, 4)]
    tree.setCurrentItem(tree.topLevelItem(1))              # a heading: the whole section moves
    composer.up_button.click()
    settle(window)
    assert [s.title for s in stored_issue(store_path, composer.issue.id).sections] == ["乙", "甲"]
    assert tree.currentItem().text(0) == "乙"


def test_add_to_issue_from_the_main_list(composer_on, qtbot, settle, store_path):
    window, composer = composer_on
    view, model = window.list, window.model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in (10, 12):
        view.selectionModel().select(model.index(row, 0), flags)
    wanted = [model.article_id(10), model.article_id(12)]
    window.issue_actions.add_to_issue.trigger()
    qtbot.waitUntil(lambda: composer.tree.article_ids()[-2:] == wanted, timeout=5000)
    settle(window)
    assert stored_issue(store_path, composer.issue.id).article_ids[-2:] == tuple(wanted)


def test_warnings_then_lock_and_unlock(composer_on, qtbot, settle, store_path, monkeypatch):
    window, composer = composer_on
    qtbot.waitUntil(lambda: composer.checks.result is not None and composer.checks.settled, timeout=60000)
    texts = [composer.checks.warnings.item(k).text() for k in range(composer.checks.warnings.count())]
    assert texts[0].startswith("⚠ 4 篇未校对") and any("校对问题未处理" in t for t in texts)
    assert "页" in composer.checks.pages.text()
    asked = []
    monkeypatch.setattr(dialogs.Ask, "yes_no", classmethod(lambda cls, parent, title, text, **kw: asked.append(text)
                                                           or True))
    composer.lock_button.click()
    settle(window)
    assert "4 篇未校对" in asked[0]                          # asked before approving with open problems
    assert composer.locked and stored_issue(store_path, composer.issue.id).status == "approved"
    assert composer.tree.dragDropMode() == composer.tree.DragDropMode.NoDragDrop
    assert composer.form.series.isReadOnly() and not composer.group_button.isEnabled()
    composer.add_articles([15])                             # refused while locked
    settle(window)
    assert 15 not in stored_issue(store_path, composer.issue.id).article_ids
    assert composer.sign_button.isEnabled()
    composer.sign_button.click()                            # 签发: signed off, still locked
    settle(window)
    assert stored_issue(store_path, composer.issue.id).status == "signed" and composer.locked
    assert composer.status.text() == "已签发（已锁定）" and not composer.sign_button.isEnabled()
    composer.lock_button.click()                            # unlock is explicit (and asked)
    settle(window)
    assert len(asked) == 3 and not composer.locked
    assert stored_issue(store_path, composer.issue.id).status == "draft"
    assert not composer.form.series.isReadOnly()


def test_sidebar_double_click_opens_the_issue(imported_window, qtbot, settle):
    window = imported_window
    issue = make_issue(window, settle, [2, 3], date="2024-01-08")
    window.on_changed(Changed(issues=(issue.id,)))
    settle(window)
    item = window.sidebar._issues.child(0)
    window.sidebar.setCurrentItem(item)
    window.sidebar.itemDoubleClicked.emit(item, 0)
    composer = window.issue_actions.composer
    qtbot.waitUntil(lambda: composer.issue is not None and composer.tree.article_ids() == [2, 3], timeout=10000)
    assert composer.isVisible() and composer.picker.currentData() == int(issue.id)
    assert composer.tree.topLevelItem(0).child(0).text(0) == window.model.row_data(window.model.row_of(2)).title
    assert composer.tree.topLevelItem(0).child(0).text(1) == "草稿"


def test_a_number_already_taken_is_refused_then_corrected(composer_on, qtbot, settle, store_path, monkeypatch):
    window, composer = composer_on
    errors = []
    monkeypatch.setattr(dialogs.Ask, "error", classmethod(lambda cls, parent, text, detail="": errors.append(text)))
    composer.new_button.click()
    qtbot.waitUntil(lambda: composer._draft is not None)
    settle(window)
    composer.form.date.setDate(composer.form.date.date().fromString("2024-02-01", "yyyy-MM-dd"))
    composer.form.flush()
    qtbot.waitUntil(lambda: composer.form.number.value() == 2, timeout=5000)
    composer.form.number.setValue(1)                        # 第1期 of 2024 exists
    composer.form.flush()
    composer.add_articles([11])
    settle(window)
    assert composer.issue is None and errors and "已存在" in errors[0]
    composer.form.number.setValue(2)
    composer.form.flush()                                   # corrected: saved with the article it holds
    qtbot.waitUntil(lambda: composer.issue is not None, timeout=5000)
    settle(window)
    saved = stored_issue(store_path, composer.issue.id)
    assert (saved.number, saved.article_ids) == (2, (11,))


def test_an_issue_deleted_elsewhere_just_before_it_opens_gives_way_to_the_newest(composer_on, qtbot, settle,
                                                                                  store_path):
    # Another editor deletes the issue between the listing and its opening (the picker, or a change heard
    # of late): no error box, the composer opens the newest issue left, as when the deletion is heard of.
    from jianbao.desk import Desk

    window, composer = composer_on
    first = int(composer.issue.id)
    newer = make_issue(window, settle, [5, 6], date="2024-01-15")
    with Desk(store_path) as other:
        other.delete_issue(first)
    composer.open_issue(first)
    qtbot.waitUntil(lambda: composer.issue is not None and int(composer.issue.id) == int(newer.id), timeout=10000)
    settle(window)
    assert composer.tree.article_ids() == [5, 6]
    assert composer.picker.findData(first) == -1
