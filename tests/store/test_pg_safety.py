"""A shared store's password and SSL: kept out of the settings file, asked for when missing, sslmode honoured.

The server is the throw-away cluster, whose accounts other than the superuser must give a password over TCP
(tests/pgcluster.py). The OS keyring is stood in for by a backend of keyring's own kind kept in memory: this
machine has none (tests/conftest.py `os_keyring`; keyring then reports its `fail` backend, and passwords are asked each time), and the tests
never touch a real user's (tests/conftest.py).
"""
from __future__ import annotations

import psycopg
import pytest

from jianbao import passwords
from jianbao.cli import main
from jianbao.desk import open_desk
from jianbao.errors import PasswordNeededError, StoreError
from jianbao.store import PgStore, pg_errors

PASSWORD = "s3cret: 密码 @/?"


@pytest.fixture
def no_keyring():
    """keyring as on a machine without a backend (its `fail` backend)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def member(pg_url):
    """An editor of the store at pg_url, and the store's URL as them without and with the password."""
    from urllib.parse import urlsplit

    from pgcluster import as_user

    with PgStore(pg_url) as owner:
        name = f"member_{urlsplit(pg_url).query.rsplit('_', 1)[1]}"
        owner.add_user(name, "editor", PASSWORD)
    return as_user(pg_url, name), as_user(pg_url, name, PASSWORD)


def test_sslmode_require_is_refused_by_a_server_without_ssl_in_plain_words(pg_url):
    with pytest.raises(StoreError) as refused:
        PgStore(pg_url + "&sslmode=require")
    assert refused.value.message == pg_errors.SSL_REFUSED and "sslmode" in refused.value.message
    for mode in ("disable", "prefer"):
        with PgStore(pg_url + f"&sslmode={mode}") as store:
            ssl = store.conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
            assert store.integrity_ok() and ssl is False


def test_a_missing_or_wrong_password_is_asked_for_not_a_crash(member):
    bare, full = member
    with pytest.raises(PasswordNeededError) as asked:
        PgStore(bare)
    assert asked.value.message == pg_errors.PASSWORD and not asked.value.wrong and PASSWORD not in str(asked.value)
    with pytest.raises(PasswordNeededError) as asked:
        PgStore(bare, password="not it")
    assert asked.value.wrong and asked.value.message == pg_errors.WRONG_PASSWORD
    with PgStore(bare, password=PASSWORD) as store, PgStore(full) as again:
        assert store.author == again.author == bare.split("//")[1].split("@")[0]
        assert PASSWORD not in str(store) and PASSWORD not in str(again)


def test_a_typed_password_goes_to_the_keyring_and_the_store_opens_with_it(member, os_keyring):
    bare, full = member
    assert passwords.keyring_available()
    assert passwords.without_password(full) == bare  # what the settings file keeps
    assert list(os_keyring.kept.values()) == [PASSWORD]
    assert list(os_keyring.kept)[0][1] == bare.split("?")[0]  # filed under user, server and database
    with open_desk(bare) as desk:
        assert desk.store.author == bare.split("//")[1].split("@")[0]
    passwords.forget_password(bare)
    with pytest.raises(PasswordNeededError):
        open_desk(bare)


def test_without_a_keyring_the_password_is_dropped_and_asked_each_time(member, no_keyring, capsys):
    bare, full = member
    assert not passwords.keyring_available()
    assert passwords.without_password(full) == bare and passwords.stored_password(bare) is None
    assert passwords.without_password("/home/editor/jianbao.db") == "/home/editor/jianbao.db"
    # The command line without a terminal to ask on: a clear message, not a traceback.
    assert main(["articles", "--store", bare]) == 2
    assert pg_errors.PASSWORD in capsys.readouterr().err
    with psycopg.connect(full):  # the password itself is right
        pass


def test_an_editor_s_backup_gets_the_password_without_it_on_the_command_line(member):
    """pg_dump as the editor, the password given to the store (as the dialog or keyring gives it)."""
    from jianbao.store.pg_backup import pg_dump_binary

    if pg_dump_binary() is None:
        pytest.skip("pg_dump is not installed")
    bare, _full = member
    with PgStore(bare, password=PASSWORD) as store:
        store.add_article({"title": "周童调研", "body": "开发区"})
        dump = store.backup("manual")
    assert dump.exists() and dump.stat().st_size > 0 and dump.read_bytes().startswith(b"PGDMP")


def test_the_command_line_asks_for_the_password_on_a_terminal(member, monkeypatch, capsys):
    """Typed at a terminal (never echoed: getpass), the first try wrong, the second right."""
    import getpass
    import io

    bare, _full = member

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter(["not it", PASSWORD])
    prompts = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(typed))
    assert main(["articles", "--store", bare]) == 0
    err = capsys.readouterr().err
    assert len(prompts) == 2 and prompts[0].endswith("的密码：") and PASSWORD not in prompts[0]
    assert pg_errors.PASSWORD in err and pg_errors.WRONG_PASSWORD in err
