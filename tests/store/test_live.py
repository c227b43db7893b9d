"""Desks sharing a PostgreSQL store hear of each other's commits (LISTEN/NOTIFY) and see who edits what.

Two desks on the throw-away cluster's store, as two editors' machines would open it; a third, a separate
process killed outright, shows that a client that dies leaves nothing behind.
"""
from __future__ import annotations

import select
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pgcluster
import pytest

from conftest import SAMPLE
from jianbao.desk import Desk
from jianbao.models import IssueSection, Person
from jianbao.store.live import MAX_IDS, decode, payload


def heard(listener, timeout: float = 5.0) -> list:
    """Everything the listener is told within `timeout` (waiting on its socket, as the GUI's notifier does)."""
    deadline = time.monotonic() + timeout
    out: list = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([listener], [], [], 0.2)
        if ready:
            out += listener.changes()
        elif out:
            break
    return out


@pytest.fixture
def two_desks(pg_url):
    zhang, li = Desk(pg_url, author="张三"), Desk(pg_url, author="李四")
    yield zhang, li
    zhang.close()
    li.close()


def test_every_kind_of_commit_is_told_to_the_other_desk_with_its_ids(two_desks):
    zhang, li = two_desks
    ears, own = li.listen(), zhang.listen()
    try:
        result = zhang.import_file(SAMPLE)
        news = heard(ears)
        assert len(news) == 1 and news[0].editor == "张三"
        assert set(news[0].changed.articles) == set(result.article_ids)
        assert news[0].changed.bulletins == (result.bulletin_id,)
        assert news[0].changed.taxonomy  # the sample brought units the store did not know

        first = result.article_ids[0]
        art = zhang.article(first)
        zhang.edit_article(first, {"title": art.title + "（改）"}, expected_revision=art.revision)
        news = heard(ears)
        assert [n.changed.articles for n in news] == [(first,)] and not news[0].everything

        issue, _ = zhang.create_issue("开发区资讯", article_ids=[first], date="2024-01-08")
        zhang.set_issue_sections(issue.id, [IssueSection("要闻", (first, result.article_ids[1]))])
        zhang.delete_issue(issue.id)
        assert [n.changed.issues for n in heard(ears)] == [(issue.id,)] * 3

        zhang.store.save_person(Person("周童", ("黨工委書記",), 1))
        news = heard(ears)
        assert news[0].changed.people and news[0].changed.taxonomy

        assert own.changes() == []  # a desk is never told its own changes
    finally:
        ears.close()
        own.close()


def test_what_changes_nothing_the_others_show_or_is_rolled_back_is_not_told(two_desks):
    zhang, li = two_desks
    article_id = zhang.import_file(SAMPLE).article_ids[0]
    ears = li.listen()
    try:
        zhang.save_draft(article_id, 1, {"title": "只在我这里"})  # a draft is its writer's own
        with pytest.raises(RuntimeError), zhang.store.transaction():
            zhang.store.conn.execute("UPDATE articles SET title = 'x' WHERE id = ?", (article_id,))
            raise RuntimeError("the editor's operation failed half way")
        assert heard(ears, timeout=1.0) == []
        assert li.article(article_id).title != "x"
    finally:
        ears.close()


def test_rows_a_statement_cannot_name_are_told_as_all_of_them():
    # A write with no ids named (a bulk UPDATE) reads as "all", and so do more ids than a payload carries.
    news = decode(payload("s1", "张三", {"articles"}, {}))[1]
    assert news.everything and news.changed.articles == ()
    news = decode(payload("s1", "张三", {"articles"}, {"articles": set(range(1, MAX_IDS + 2))}))[1]
    assert news.everything
    assert payload("s1", "张三", {"drafts", "search_state"}, {}) is None
    assert decode("not json") is None


def test_an_open_article_shows_who_has_it_until_they_leave(two_desks):
    zhang, li = two_desks
    ids = zhang.import_file(SAMPLE).article_ids
    ears = li.listen()
    try:
        zhang.hold_article(ids[0])
        assert [n.presence for n in heard(ears)] == [(ids[0],)]
        assert li.presence() == {ids[0]: ("张三",)}
        assert zhang.presence() == {}  # one's own open article is not someone else's
        li.hold_article(ids[0])
        assert zhang.presence() == {ids[0]: ("李四",)}
        zhang.hold_article(ids[1])
        assert set(heard(ears)[0].presence) == {ids[0], ids[1]}
        assert li.presence() == {ids[1]: ("张三",)}
        zhang.close()  # closing leaves the article, and says so
        assert [n.presence for n in heard(ears)] == [(ids[1],)]
        assert li.presence() == {}
    finally:
        ears.close()


KILLED = """
import sys, time
from jianbao.desk import Desk
desk = Desk(sys.argv[1], author="王五")
desk.hold_article(int(sys.argv[2]))
print("holding", flush=True)
time.sleep(120)
"""


def test_a_killed_client_leaves_no_presence_behind(two_desks, pg_url):
    zhang, li = two_desks
    article_id = zhang.import_file(SAMPLE).article_ids[0]
    child = subprocess.Popen([sys.executable, "-c", KILLED, pg_url, str(article_id)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "holding"
        assert li.presence() == {article_id: ("王五",)}
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    deadline = time.monotonic() + 10
    while li.presence() and time.monotonic() < deadline:  # the server notices the closed socket at once
        time.sleep(0.05)
    assert li.presence() == {}


def test_a_single_desk_store_has_no_news_and_no_presence(desk):
    article_id = desk.import_file(SAMPLE).article_ids[0]
    assert desk.listen() is None and not desk.shared
    desk.hold_article(article_id)
    assert desk.presence() == {}


def test_editors_logged_in_as_their_own_accounts_hear_and_see_each_other(pg_url):
    # Not the superuser the other tests use: news and presence need no privilege beyond a role in the store,
    # and an editor who gave no name is shown by their login.
    suffix = urlsplit(pg_url).query.rsplit("test_", 1)[1]
    with Desk(pg_url) as owner:
        ids = owner.import_file(SAMPLE).article_ids
        owner.add_user(f"zhang_{suffix}", "editor", "编辑的口令 one")
        owner.add_user(f"li_{suffix}", "reviewer", "审核的口令 two")
    zhang = Desk(pgcluster.as_user(pg_url, f"zhang_{suffix}", "编辑的口令 one"))
    li = Desk(pgcluster.as_user(pg_url, f"li_{suffix}", "审核的口令 two"), author="李审核")
    ears = li.listen()
    try:
        zhang.hold_article(ids[0])
        art = zhang.article(ids[1])
        zhang.edit_article(ids[1], {"title": art.title + "（改）"}, expected_revision=art.revision)
        news = heard(ears)
        assert [n.presence for n in news if n.presence] == [(ids[0],)]
        assert [n.changed.articles for n in news if n.changed.articles] == [(ids[1],)]
        assert {n.editor for n in news} == {f"zhang_{suffix}"}
        assert li.presence() == {ids[0]: (f"zhang_{suffix}",)}
        li.hold_article(ids[0])
        assert zhang.presence() == {ids[0]: ("李审核",)}
        zhang.sign_as("张三")  # a name given later shows from then on
        assert li.presence() == {ids[0]: ("张三",)}
    finally:
        ears.close()
        zhang.close()
        li.close()
