"""The composer writes to an issue another editor saved meanwhile: it says what they changed and what of mine
was not saved, then keeps mine over theirs or takes theirs with mine on the clipboard (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from jianbao.gui import dialogs
from jianbao.models import IssueSection
from tests.gui.test_composer import composer_on  # noqa: F401 (a fixture)

MY_UNIT = "经济开发区党政办公室"


@pytest.fixture
def answer(monkeypatch):
    """`answer(keep)`: the conflict question is answered keep mine (True) or take theirs; returns its texts."""
    asked: list[str] = []

    def choose(keep: bool) -> list[str]:
        def yes_no(cls, parent, title, text, *, yes, no):
            asked.append(f"{title}\n{text}")
            return keep

        monkeypatch.setattr(dialogs.Ask, "yes_no", classmethod(yes_no))
        return asked

    return choose


def collide(composer, location, qtbot):
    """Another Desk saves the open issue (a note, one article fewer); the composer, not yet told, types the
    compiling unit: its save is built on the older revision."""
    from jianbao.desk import Desk

    issue = composer.issue
    with Desk(location) as other:
        other.update_issue(issue.id, {"editors_note": "对方写的编者按"}, expected_revision=issue.revision)
        other.set_issue_sections(issue.id, [IssueSection(None, issue.article_ids[:-1])],
                                 expected_revision=issue.revision + 1)
    composer.form.compiling_unit.setText(MY_UNIT)
    composer.form.compiling_unit.textEdited.emit(MY_UNIT)
    composer.form.flush()
    return issue


def _told(text: str) -> None:
    assert "本期已在别处修改" in text and "现为第 3 版" in text
    assert "编者按：“” → “对方写的编者按”" in text and "文章编排：“4 篇” → “3 篇”" in text
    assert f"你的修改：\n  编印单位：{MY_UNIT}" in text


def test_keep_mine_saves_it_over_theirs(composer_on, qtbot, settle, store_path, answer):  # noqa: F811
    from jianbao.desk import Desk

    window, composer = composer_on
    asked = answer(True)
    issue = collide(composer, store_path, qtbot)
    qtbot.waitUntil(lambda: bool(asked) and composer.issue.revision == 4, timeout=10000)
    settle(window)
    _told(asked[0])
    with Desk(store_path) as desk:
        now = desk.issue(issue.id)
    assert (now.compiling_unit, now.editors_note, now.article_ids) == (MY_UNIT, "对方写的编者按", issue.article_ids[:-1])
    assert composer.form.compiling_unit.text() == MY_UNIT and len(composer.tree.article_ids()) == 3
    assert composer.form.editors_note.toPlainText() == "对方写的编者按"


def test_take_theirs_reloads_and_keeps_mine_on_the_clipboard(composer_on, qtbot, settle, store_path,  # noqa: F811
                                                             answer):
    from jianbao.desk import Desk

    window, composer = composer_on
    asked = answer(False)
    QGuiApplication.clipboard().setText("")
    issue = collide(composer, store_path, qtbot)
    qtbot.waitUntil(lambda: bool(asked) and composer.issue.revision == 3, timeout=10000)
    settle(window)
    _told(asked[0])
    with Desk(store_path) as desk:
        assert desk.issue(issue.id).compiling_unit == "" and desk.issue(issue.id).revision == 3
    assert composer.form.compiling_unit.text() == "" and len(composer.tree.article_ids()) == 3
    assert QGuiApplication.clipboard().text() == f"编印单位：{MY_UNIT}"


def test_on_postgresql_the_composer_keeps_mine_over_another_editor_s(shared_window, qtbot, settle, pg_url, answer):
    from jianbao.desk import Desk

    window = shared_window("张三")
    with Desk(pg_url) as desk:
        made, _ = desk.create_issue("开发区资讯", article_ids=[1, 2, 3, 4], date="2024-01-08")
    composer = window.issue_actions.show_composer(int(made.id))
    qtbot.waitUntil(lambda: composer.issue is not None and len(composer.tree.article_ids()) == 4, timeout=10000)
    settle(window)
    asked = answer(True)
    collide(composer, pg_url, qtbot)
    qtbot.waitUntil(lambda: bool(asked) and composer.issue.revision == 4
                    and composer.form.compiling_unit.text() == MY_UNIT, timeout=10000)
    _told(asked[0])
    with Desk(pg_url) as desk:
        now = desk.issue(made.id)
    assert (now.compiling_unit, now.editors_note, len(now.article_ids)) == (MY_UNIT, "对方写的编者按", 3)
