"""The window on a shared PostgreSQL store: the password asked for and kept only in the keyring, refusals of
the database shown in the editor's language, each revision's author in the history."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from jianbao.desk import Desk
from jianbao.errors import PermissionDeniedError
from jianbao.gui import dialogs, password_dialog, revisions
from jianbao.gui.i18n import install_language
from jianbao.gui.password_dialog import PasswordChoice
from jianbao.gui.settings import Prefs, load_prefs, open_settings, save_prefs
from jianbao.store import pg_errors
from pgcluster import as_user

PASSWORD = "editor's password"


@pytest.fixture
def member(pg_url):
    """An editor of the store at pg_url: their name and the store's URL as them, without the password."""
    name = f"gui_{urlsplit(pg_url).query.rsplit('_', 1)[1]}"
    with Desk(pg_url) as owner:
        owner.add_user(name, "editor", PASSWORD)
    return name, as_user(pg_url, name)


def test_the_window_asks_for_the_password_and_keeps_it_in_the_keyring(open_window, member, os_keyring, monkeypatch,
                                                                      qtbot):
    name, url = member
    asked = []

    def ask(cls, parent, location, *, wrong=False, can_remember=False):
        asked.append((location, wrong, can_remember))
        return PasswordChoice("not it" if len(asked) == 1 else PASSWORD, remember=True)

    monkeypatch.setattr(password_dialog.PasswordDialog, "ask", classmethod(ask))
    window = open_window(url)
    assert asked == [(url, False, True), (url, True, True)]  # none given, then a wrong one: asked again
    assert window.worker.ready and window.worker.store_path == url
    assert list(os_keyring.kept.values()) == [PASSWORD]
    signed = []
    window.worker.submit(lambda desk: desk.store.author, signed.append)
    qtbot.waitUntil(lambda: bool(signed), timeout=20000)
    assert signed == [name]  # the window works on the server as the editor


def test_a_cancelled_password_closes_with_a_message(settings_path, member, monkeypatch, qtbot):
    _name, url = member
    shown = []
    monkeypatch.setattr(password_dialog.PasswordDialog, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(dialogs.Ask, "error", classmethod(lambda cls, parent, text, detail="": shown.append(text)))
    from jianbao.gui.app import create_window

    window = create_window(open_settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    window.open_store(url)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [pg_errors.PASSWORD] and not window.isVisible()
    window.worker.close()


def test_a_password_typed_into_the_preferences_never_reaches_the_settings_file(settings_path, member):
    name, url = member
    typed = as_user(url, name, PASSWORD)
    saved = save_prefs(open_settings(settings_path), Prefs(store_path=typed, editor_name="张编辑"))
    assert saved.store_path == url and load_prefs(open_settings(settings_path)).store_path == url
    text = settings_path.read_text("utf-8")
    assert "password" not in text and "%27s" not in text and "张编辑" in load_prefs(open_settings(settings_path)).editor_name


def test_the_database_s_refusal_is_shown_in_the_editor_s_language(open_window, monkeypatch):
    window = open_window()
    shown = []
    monkeypatch.setattr(dialogs.Ask, "error", classmethod(lambda cls, parent, text, detail="": shown.append(text)))
    window.show_error(PermissionDeniedError(pg_errors.LOCKED, detail="issue 1 is locked"))
    assert shown == [pg_errors.LOCKED]
    try:
        install_language(QApplication.instance(), "en")
        for message in pg_errors.MESSAGES:
            window.show_error(PermissionDeniedError(message))
    finally:
        install_language(QApplication.instance(), "zh_CN")
    english = shown[1:]
    assert english[0] == "This issue is approved and locked: only a reviewer may change or unlock it. Nothing was changed."
    assert len(english) == len(pg_errors.MESSAGES) and all(e.isascii() for e in english)


def test_the_history_names_who_made_each_revision(open_window, store_path, monkeypatch, settle):
    with Desk(store_path, author="张编辑") as desk:
        art = desk.store.add_article({"title": "周童调研", "body": "开发区"})
        desk.edit_article(art, {"body": "开发区。"}, expected_revision=1)
    with Desk(store_path, author="") as desk:
        desk.store.conn.execute("UPDATE revisions SET author = '' WHERE revision = 1")
        desk.store.conn.commit()
        revs, current = desk.revisions(art), desk.article(art)
    dialog = revisions.RevisionDialog(None, revs, current)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[0].endswith("编辑 · 张编辑") and texts[1].endswith("· （未记录）")
    dialog.deleteLater()


def test_an_editor_s_composer_offers_no_lock_the_database_would_refuse(open_window, member, pg_url, qtbot, settle):
    name, url = member
    with Desk(pg_url) as owner:
        owner.import_file(SAMPLE)
        issue = owner.create_issue("开发区资讯", article_ids=[1, 2], date="2024-01-08")[0]
    window = open_window(as_user(url, name, PASSWORD))
    composer = window.issue_actions.show_composer(int(issue.id))
    qtbot.waitUntil(lambda: composer.issue is not None and composer._role == "editor", timeout=10000)
    settle(window)
    assert not composer.lock_button.isEnabled() and not composer.sign_button.isEnabled()
    assert composer.lock_button.toolTip() == "只有审核人可以审定、签发或解锁一期"
    assert composer.group_button.isEnabled()  # compiling is an editor's work
    composer.close()
