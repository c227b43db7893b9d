"""Search input is text, never SQL or FTS5 syntax: every query finds exactly the articles containing it."""
from __future__ import annotations

import contextlib
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from jianbao.fold import fold
from jianbao.store import ArticleFilter
from reliability.figures import record
from reliability.helpers import dump, open_desk, store_of

HOSTILE = [
    '"', '""', "'", "''", "AND", "OR", "NOT", "and", "*", "周童*", "*周童", "NEAR(", "NEAR(周童 开发区)", "NEAR",
    '周童"', '"周童 OR 开发区"', "周童 AND 开发区", "开发区 OR", "\\", "\\\\", "%", "_", "%周%", "^周童", "title:周童",
    "body:开发区", "articles_fts:周童", "-周童", "+", "(", ")", "{周童}", "[", ":", ";", "'; DROP TABLE articles; --",
    "周童' OR '1'='1", '" OR 1=1 --', "\x00", "周\x00童", "「周童」", "周童 ", " 周童", "\u3000周童", "ＡＮＤ", "開發區",
    "调研督导", "(開發區", "周童)", "a'b", "開發區\"黨工委", "1月3日", "%d%s", "{", "NEAR/3", "周童 NOT 开发区",
]


def seed(location) -> None:
    with open_desk(location) as desk:
        desk.import_file(SAMPLE)
        # Articles made of syntax, so that queries made of syntax have something to find.
        for k, text in enumerate(HOSTILE):
            desk.store.add_article({"title": f"符号{k}{text}", "body": f"正文含有{text}和开发区"})


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "jianbao.db"
    seed(path)
    return path


@pytest.fixture(scope="module", params=[("sqlite", "waiting"), ("sqlite", "indexed"), ("postgresql", "waiting"),
                                        ("postgresql", "indexed")], ids="-".join)
def desk(seeded, tmp_path_factory, request):
    """The store as imported (its articles wait for the search index and are scanned), and caught up;
    in a file, and on a PostgreSQL server."""
    engine, state = request.param
    with contextlib.ExitStack() as stack:
        if engine == "postgresql":
            location = stack.enter_context(request.getfixturevalue("pg_cluster").empty_store())
            seed(location)
        else:
            location = tmp_path_factory.mktemp("copy") / "jianbao.db"
            shutil.copy(seeded, location)
        d = open_desk(location)
        stack.callback(d.close)
        if state == "indexed":
            d.store.index_pending()
        assert (d.store.pending_index() == 0) is (state == "indexed")
        yield d


_FOLDED: dict[str, list[tuple[int, str, str]]] = {}


def expected(desk, query: str) -> set[int]:
    """The articles whose folded title or body contains the folded query, by brute force."""
    if desk.store.engine == "postgresql":
        query = query.replace("\x00", "\ufffd")  # PostgreSQL keeps NUL as U+FFFD, in texts and queries alike
    needle = fold(query).strip()
    if not needle:
        return set()
    rows = _FOLDED.get(desk.location)
    if rows is None:
        rows = _FOLDED[desk.location] = [
            (i, fold(title), fold(body)) for i, title, body in desk.store.conn.execute("SELECT id, title, body FROM articles")]
    return {i for i, title, body in rows if needle in title or needle in body}


def check(desk, query: str) -> None:
    record("search queries tried")
    want = expected(desk, query)
    assert set(desk.search(query, limit=10_000)) == want, query
    rows = desk.list_articles(ArticleFilter(query=query), limit=10_000)
    assert {r.id for r in rows} == want, query
    assert desk.count_articles(ArticleFilter(query=query)) == len(want)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_is_plain_text(desk, query):
    check(desk, query)


def test_hostile_queries_found_their_articles_and_changed_nothing(desk):
    before = dump(store_of(desk))
    hits = 0
    for query in HOSTILE:
        found = desk.search(query, limit=10_000)
        hits += bool(found)
    assert hits >= len(HOSTILE) - 3  # only queries that fold to nothing ("\x00" alone...) find nothing
    assert dump(store_of(desk)) == before
    assert desk.store.integrity_ok()


def test_cli_search_takes_any_query(desk, capsys):
    from jianbao.cli import main

    for query in ['"', "AND", "*", "NEAR(", "'; DROP TABLE articles; --", "\\"]:
        assert main(["search", "--store", str(store_of(desk)), "--json", "--", query]) == 0
        assert '"articles"' in capsys.readouterr().out


SYNTAX = list('"\'*()[]{}:^-+%_\\;,. ') + ["AND", "OR", "NOT", "NEAR", "NEAR(", "/", "\x00"]
HAN = list(set(SAMPLE.read_text("utf-8")[:400]) - set("\n"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SYNTAX + HAN), min_size=1, max_size=8))
def test_any_mix_of_syntax_and_text_is_plain_text(desk, parts):
    record("fuzz examples")
    check(desk, "".join(parts))
