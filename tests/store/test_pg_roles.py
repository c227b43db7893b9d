"""Roles on a shared store, enforced by PostgreSQL itself: real LOGIN roles on the test cluster, each trying
what it may and what it must not do (store/pg_roles.py). Every refusal leaves the store as it was."""
from __future__ import annotations

from urllib.parse import urlsplit

import pgcluster
import psycopg
import pytest

from conftest import SAMPLE
from jianbao.desk import Desk
from jianbao.errors import PermissionDeniedError, StoreError
from jianbao.models import IssueSection, Person, Term
from jianbao.store import PgStore, pg_errors
from jianbao.store.pg_roles import group_prefix, role_names

PASSWORD = "correct horse 马"


def as_user(url: str, name: str, password: str = PASSWORD) -> str:
    return pgcluster.as_user(url, name, password)


@pytest.fixture
def office(pg_url):
    """A store with an issue of three articles, and one user of each role (made by its owner, a superuser)."""
    with Desk(pg_url) as owner:
        owner.import_file(SAMPLE)
        ids = [r.id for r in owner.list_articles(limit=3)]
        issue = owner.create_issue("开发区资讯", article_ids=ids, date="2024-01-08")[0]
        owner.store.save_terms([Term("后川", "protect", None, None, "村名")])
        owner.store.save_person(Person("周童", ("黨工委書記",), 1))
        suffix = urlsplit(pg_url).query.rsplit("test_", 1)[1]  # user names are server-wide: one set per store
        users = {role: f"{role}_{suffix}" for role in ("editor", "reviewer", "admin")}
        for role, name in users.items():
            owner.add_user(name, role, PASSWORD)
    return {"url": pg_url, "issue": issue.id, "articles": ids,
            "as": {role: as_user(pg_url, name) for role, name in users.items()}, "users": users}


def desk_as(office, role: str) -> Desk:
    return Desk(office["as"][role])


def snapshot(url: str) -> tuple:
    """Everything a refusal must leave alone."""
    with PgStore(url) as s:
        rows = {t: sorted(map(tuple, s.conn.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("issues", "issue_articles", "categories", "people", "units", "terms", "revisions")}
        return rows, s.users()


def test_groups_are_named_after_the_store_and_two_stores_keep_their_staff_apart(office, pg_cluster):
    with PgStore(office["url"]) as s:
        names = role_names(s.conn)
        schema = s.conn.execute("SELECT current_schema()").fetchone()[0]
    assert names == {k: f"jianbao_postgres_{schema}_{k}" for k in ("editor", "reviewer", "admin")}
    assert group_prefix("postgres", "public") == "jianbao_postgres"
    assert group_prefix("简报库", "public") != group_prefix("简报庫", "public")  # cleaned names stay apart
    with pg_cluster.empty_store() as other_url, PgStore(other_url):
        # The editor of the first store has no rights in the second: not even to read it.
        with pytest.raises(PermissionDeniedError, match="不能使用这个共用资料库"):
            PgStore(as_user(other_url, office["users"]["editor"])).articles([1])


def test_an_editor_imports_edits_and_compiles_and_signs_what_they_make(office):
    editor = office["users"]["editor"]
    with desk_as(office, "editor") as desk:
        assert desk.my_role() == "editor"
        result = desk.import_file(SAMPLE, allow_duplicate=True)
        art = desk.article(result.article_ids[0])
        desk.edit_article(art.id, {"title": art.title + "（改）", "units": ["新的报送单位"]},
                          expected_revision=art.revision)
        issue = desk.create_issue("开发区资讯", article_ids=result.article_ids[:2], date="2024-01-15")[0]
        desk.add_category("新栏目")  # a new category, as a new tag brings one: an editor's to add
        desk.store.add_term(Term("三里橋", "protect", None, None, ""))
        desk.save_draft(art.id, 2, {"title": "草稿"})
        revisions = desk.revisions(art.id)
        assert [(r.revision, r.author) for r in revisions] == [(1, editor), (2, editor)]
        assert desk.issue(issue.id).sections and "三里橋" in {t.word for t in desk.store.terms()}


def test_an_editor_cannot_lock_unlock_or_change_a_locked_issue(office):
    issue, ids = office["issue"], office["articles"]
    with desk_as(office, "editor") as desk:
        with pytest.raises(PermissionDeniedError) as refused:
            desk.lock_issue(issue)
        assert refused.value.message == pg_errors.STATUS
    with desk_as(office, "reviewer") as desk:
        assert desk.lock_issue(issue)[0].status == "approved"
    before = snapshot(office["url"])
    with desk_as(office, "editor") as desk:
        for attempt in (lambda: desk.unlock_issue(issue), lambda: desk.sign_issue(issue),
                        lambda: desk.update_issue(issue, {"editors_note": "改了"}, unlock=True),
                        lambda: desk.set_issue_sections(issue, [IssueSection(None, tuple(ids[:1]))], unlock=True)):
            with pytest.raises(PermissionDeniedError) as refused:
                attempt()
            assert refused.value.message == pg_errors.LOCKED
        assert desk.issue(issue).status == "approved"
    # The database itself refuses, whatever the client: plain SQL as the editor.
    with psycopg.connect(office["as"]["editor"], autocommit=True) as raw:
        for sql in ("UPDATE issues SET status = 'draft'", "DELETE FROM issues",
                    "DELETE FROM issue_articles", f"UPDATE issue_articles SET position = position + 1",
                    f"INSERT INTO issue_articles(issue_id, article_id, position) VALUES ({issue}, 20, 9)",
                    "INSERT INTO issues(series, year, number, status, created, updated) "
                    "VALUES ('x', 2024, 99, 'signed', 'now', 'now')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(sql)
    assert snapshot(office["url"]) == before


def test_a_reviewer_locks_changes_and_unlocks_but_keeps_no_lists(office):
    issue, ids = office["issue"], office["articles"]
    with desk_as(office, "reviewer") as desk:
        assert desk.my_role() == "reviewer"
        desk.lock_issue(issue)
        assert desk.update_issue(issue, {"editors_note": "审核意见"}, unlock=True)[0].editors_note == "审核意见"
        desk.set_issue_sections(issue, [IssueSection(None, tuple(ids[:2]))], unlock=True)
        assert desk.sign_issue(issue)[0].status == "signed"
        assert desk.unlock_issue(issue)[0].status == "draft"
        before = snapshot(office["url"])
        for attempt, message in ((lambda: desk.rename_category("调研督导", "调研"), pg_errors.TAXONOMY),
                                 (lambda: desk.save_roster([Person("周童", ("主任",), 2)]), pg_errors.ROSTER),
                                 (lambda: desk.store.remove_term("后川"), pg_errors.TERMS),
                                 (lambda: desk.add_user("newcomer", "editor", PASSWORD), pg_errors.USERS),
                                 (lambda: desk.set_user_role(office["users"]["editor"], "admin"), pg_errors.USERS)):
            with pytest.raises(PermissionDeniedError) as refused:
                attempt()
            assert refused.value.message == message
    assert snapshot(office["url"]) == before


def test_an_admin_keeps_taxonomy_roster_terms_and_users(office):
    with desk_as(office, "admin") as desk:
        assert desk.my_role() == "admin"
        desk.rename_category("调研督导", "调研")
        desk.save_roster([Person("周童", ("主任",), 2)])
        desk.store.save_terms([Term("后川", "protect", None, None, "后川村")])
        desk.store.remove_term("后川")
        desk.add_user(f"newcomer_{office['issue']}", "editor", PASSWORD)
        desk.set_user_role(office["users"]["editor"], "reviewer")
        roles = {u.name: u.role for u in desk.users()}
        assert roles[office["users"]["editor"]] == "reviewer" and roles[office["users"]["admin"]] == "admin"
        assert [u.name for u in desk.users() if u.me] == [office["users"]["admin"]]
    with desk_as(office, "editor") as promoted:  # the promotion holds at once: the editor now approves
        assert promoted.my_role() == "reviewer" and promoted.lock_issue(office["issue"])[0].status == "approved"


def test_history_is_added_to_never_rewritten_and_signed_by_the_server(office):
    editor = office["users"]["editor"]
    with desk_as(office, "editor") as desk:
        art = desk.article(office["articles"][0])
        desk.edit_article(art.id, {"body": art.body + "补记。"}, expected_revision=art.revision)
        with desk.store.transaction():  # a client naming someone else is overruled by the server
            desk.store.conn.execute("INSERT INTO revisions(article_id, revision, snapshot, at, reason, author) "
                                    "VALUES (?, 99, '{}', 'now', 'edited', 'someone_else')", (art.id,))
        assert desk.revisions(art.id)[-1].author == editor
        before = snapshot(office["url"])
        for sql, message in (("UPDATE revisions SET snapshot = '{}'", pg_errors.HISTORY),
                             ("UPDATE revisions SET author = 'x'", pg_errors.OTHER),
                             ("DELETE FROM revisions", pg_errors.OTHER),
                             ("UPDATE categories SET name = name || '！'", pg_errors.TAXONOMY),
                             ("DELETE FROM people", pg_errors.ROSTER)):
            with pytest.raises(PermissionDeniedError) as refused, desk.store.transaction():
                desk.store.conn.execute(sql)
            assert refused.value.message == message, sql
    assert snapshot(office["url"]) == before


def test_an_account_without_a_role_cannot_open_or_upgrade_the_store(office, pg_cluster):
    with psycopg.connect(pg_cluster.url(), autocommit=True) as raw:
        raw.execute(f"CREATE ROLE stranger_{office['issue']} LOGIN PASSWORD '{PASSWORD}'")
    with pytest.raises(StoreError):
        with Desk(as_user(office["url"], f"stranger_{office['issue']}")) as desk:
            desk.list_articles()


def test_an_older_store_is_upgraded_by_its_owner_not_by_an_editor(pg_url, monkeypatch):
    """A store of schema 2 (before roles): an account that cannot make roles is told who must open it;
    the owner's open adds the roles, and the rows made before keep an empty author."""
    import jianbao.store.postgres as postgres

    monkeypatch.setattr(postgres, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(postgres, "MIGRATIONS", postgres.MIGRATIONS[:2])
    with PgStore(pg_url) as old:  # rows as schema 2 wrote them: no author anywhere
        art = 1
        old.conn.execute("INSERT INTO articles(id, title, body, created, updated, revision) "
                         "VALUES (1, '周童调研（改）', '开发区', '2024-01-06', '2024-01-07', 2)")
        for revision in (1, 2):
            old.conn.execute("INSERT INTO revisions(article_id, revision, snapshot, at, reason) "
                             "VALUES (1, ?, '{\"title\": \"周童调研\"}', '2024-01-06', 'edited')", (revision,))
        old.conn.execute("CREATE ROLE plain_login LOGIN PASSWORD 'plain password'")
        old.conn.execute(f"GRANT ALL ON SCHEMA {old.conn.execute('SELECT current_schema()').fetchone()[0]} "
                         "TO plain_login")
    monkeypatch.undo()
    with pytest.raises(StoreError) as refused:
        PgStore(as_user(pg_url, "plain_login", "plain password"))
    assert refused.value.message == pg_errors.UPGRADE
    with PgStore(pg_url) as upgraded:
        assert upgraded.version == postgres.SCHEMA_VERSION and set(role_names(upgraded.conn)) == {"editor", "reviewer", "admin"}
        assert [r.author for r in upgraded.revisions(art)] == ["", ""]
        upgraded.update_article(art, {"body": "开发区。"})
        assert upgraded.revisions(art)[-1].author == "jianbao"


def test_one_account_holds_a_role_in_each_store_it_is_given(office, pg_cluster):
    """Two stores on one server: the first store's editor is made a reviewer of the second by its owner."""
    editor = office["users"]["editor"]
    with pg_cluster.empty_store() as other_url:
        with Desk(other_url) as owner:
            owner.import_file(SAMPLE)
            issue = owner.create_issue("开发区资讯", article_ids=[1, 2], date="2024-01-08")[0]
            assert owner.set_user_role(editor, "reviewer").role == "reviewer"
            assert [(u.name, u.role) for u in owner.users()] == [(editor, "reviewer")]
        with Desk(as_user(other_url, editor)) as there:
            assert there.my_role() == "reviewer" and there.lock_issue(issue.id)[0].status == "approved"
    with desk_as(office, "editor") as here:  # still an editor in the first store
        assert here.my_role() == "editor"
        with pytest.raises(PermissionDeniedError):
            here.lock_issue(office["issue"])


def test_an_owner_who_is_no_superuser_makes_the_roles_and_is_their_admin(pg_cluster):
    """As an office's DBA would set it up: an account with CREATEROLE owning the store's schema."""
    with psycopg.connect(pg_cluster.url(), autocommit=True) as raw:
        raw.execute(f"CREATE ROLE office_owner LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        raw.execute("CREATE SCHEMA office AUTHORIZATION office_owner")
    url = as_user(f"{pg_cluster.url()}?options=-csearch_path%3Doffice", "office_owner")
    try:
        with Desk(url) as owner:
            assert owner.my_role() == "admin" and owner.store.author == "office_owner"
            owner.add_user("office_editor", "editor", PASSWORD)
            owner.import_file(SAMPLE)
        with Desk(as_user(url, "office_editor")) as desk:
            assert desk.my_role() == "editor" and desk.count_articles() == 20
            with pytest.raises(PermissionDeniedError):
                desk.rename_category("调研督导", "调研")
    finally:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as raw:
            raw.execute("DROP SCHEMA office CASCADE")
