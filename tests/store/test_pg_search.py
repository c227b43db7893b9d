"""PostgreSQL's search takes several roads to its candidates (the probe of the newest articles, the GIN index
at once, the GIN index over ranges of ids); on every one the answers equal SQLite's on the same articles.

The roads are chosen by how common the words are among the articles a probe reads; with a probe and
thresholds made small, a store of a few thousand articles takes each of them.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from jianbao.bench.store import queries, synthetic_articles
from jianbao.models import SplitResult
from jianbao.store import open_store, pg_search

ARTICLES = 2400
# Common and rare, exact (one bigram) and checked on the text, Traditional for Simplified, and none at all.
FIXED = ["秧歌比赛", "後川", "秧歌", "发展", "開發區", "工作", "周童", "党工委书记", "養老院", "召开", "划年", "安全生产", "定工作结", "区"]


RARE = "后川村举办秧歌比赛"  # in a few old articles only: below any probe
NEAR = "秧歌比划，唱歌比赛"  # every bigram of 秧歌比赛, never the phrase: candidates the text check refuses


def fill(location) -> None:
    drafts = synthetic_articles(ARTICLES, seed=3)
    for k in range(0, ARTICLES, 6):
        drafts[k] = replace(drafts[k], body=drafts[k].body + NEAR)
    for k in (50, 700, 1500):
        drafts[k] = replace(drafts[k], body=drafts[k].body + RARE)
    with open_store(location) as store:
        for k in range(0, ARTICLES, 200):
            store.add_bulletin(SplitResult(source=f"s{k}", sha256=f"s{k}", encoding="utf-8", script="s", text="",
                                           clean_text="", cleaning=(), articles=tuple(drafts[k:k + 200])))
        store.index_pending()


@pytest.fixture(scope="module")
def engines(pg_cluster, tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "store.db"
    with pg_cluster.empty_store() as url:
        fill(path)
        fill(url)
        with open_store(path) as lite, open_store(url) as pg:
            yield lite, pg


# (probe, at once up to, scan from): as shipped; GIN ranges only; reading on down only; GIN at once only; a
# probe of one article.
ROADS = [(400, 600, 0.2), (40, 0, 2.0), (40, 0, 0.0), (40, 10_000, 0.2), (1, 0, 0.2)]


@pytest.mark.parametrize("probe, at_once, scan_rate", ROADS)
def test_every_road_to_the_candidates_answers_as_sqlite(engines, monkeypatch, probe, at_once, scan_rate):
    lite, pg = engines
    monkeypatch.setattr(pg_search, "PROBE", probe)
    monkeypatch.setattr(pg_search, "AT_ONCE", at_once)
    monkeypatch.setattr(pg_search, "SCAN_RATE", scan_rate)
    asked = FIXED + queries(lite.path, 40, seed=5)
    for limit in (1, 7, 100, 1000):
        for q in asked:
            assert pg.search(q, limit=limit) == lite.search(q, limit=limit), (q, limit)
    assert any(len(lite.search(q, limit=1000)) > 300 for q in asked)  # some are common, beyond any probe
    assert any(0 < len(lite.search(q, limit=1000)) < 20 for q in asked)  # some are rare
