"""The search index catches up in batches: articles it has not reached are found by scanning, exactly."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import FIXTURES, SAMPLE
from jianbao.errors import StoreError
from jianbao.fold import fold
from jianbao.models import ArticleDraft, SplitResult
from jianbao.store import ArticleFilter, Store, indexing
from jianbao.store.indexing import array_literal
from jianbao.store.search import bigram_word, index_texts, tokens

TRAD = {"title": "周童調研重點項目建設", "body": "1月3日,開發區黨工委書記周童到開發區德孝苑養老院調研。"}
QUERIES = ["周童", "开发区", "開發區", "養老院", "调研。", "召开", "安全生产", "周", "1月", "ab", "不存在的词", "区召"]


def sentences() -> list[str]:
    text = SAMPLE.read_text("utf-8").replace("\n", "")
    return [s + "。" for s in text.split("。") if len(s) > 6][:60]


def add_many(store: Store, count: int) -> list[int]:
    pool = sentences()
    return [store.add_article({"title": pool[k % len(pool)][:12], "body": pool[(k * 7 + 3) % len(pool)]})
            for k in range(count)]


def in_index(store: Store, pair: str) -> list[int]:
    """Rows the index itself holds for one bigram (SQLite's FTS5 table, PostgreSQL's word arrays)."""
    if store.engine == "postgresql":
        rows = store.conn.execute("SELECT article_id FROM article_words WHERE words @> ?::integer[] ORDER BY 1",
                                  (array_literal(bigram_word(pair)),))
    else:
        rows = store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (f'"{bigram_word(pair)}"',))
    return [r[0] for r in rows]


def brute_force(store: Store, query: str) -> list[int]:
    needle = fold(query).strip()
    rows = store.conn.execute("SELECT id, title, body FROM articles ORDER BY id DESC").fetchall()
    return [i for i, t, b in rows if needle and (needle in fold(t) or needle in fold(b))]


def results(store: Store) -> dict[str, tuple]:
    return {q: (store.search(q, limit=1000), store.count_articles(ArticleFilter(query=q)),
                [r.id for r in store.list_articles(ArticleFilter(query=q), limit=1000, descending=True)])
            for q in QUERIES}


def test_an_article_not_yet_indexed_is_found(store):
    article_id = store.add_article(TRAD)
    assert store.pending_index() == 1
    assert in_index(store, "周童") == []  # the index has not reached it...
    assert store.search("周童") == [article_id]  # ...and the search finds it all the same
    assert store.search("开发区") == [article_id]
    assert store.count_articles(ArticleFilter(query="養老")) == 1
    assert store.search("普查") == []


def test_catching_up_leaves_every_result_identical(store, monkeypatch):
    monkeypatch.setattr(indexing, "CHUNK", 7)  # several chunks in one catch-up
    add_many(store, 40)
    before = results(store)
    assert store.index_pending() == 40
    assert store.pending_index() == 0
    assert in_index(store, "开发")
    assert results(store) == before
    for query, (found, count, listed) in before.items():
        assert found == listed == brute_force(store, query) and count == len(found), query
    assert store.index_pending() == 0


def test_half_indexed_store_gives_exact_results(store):
    first = add_many(store, 20)
    store.index_pending()
    add_many(store, 20)
    assert store.pending_index() == 20
    for query, (found, count, _) in results(store).items():
        assert found == brute_force(store, query) and count == len(found), query
    assert set(first) & set(store.search("开发", limit=1000))  # hits from the index and from the scan
    assert set(store.search("开发", limit=1000)) - set(first)


def test_an_import_catches_the_index_up_once_enough_wait(store, monkeypatch):
    monkeypatch.setattr(indexing, "INDEX_BATCH", 5)
    pool = sentences()

    def bulletin(k: int) -> SplitResult:
        drafts = tuple(ArticleDraft(title=pool[k + j][:10], body=pool[k + j + 1]) for j in range(3))
        return SplitResult(source=f"b{k}", sha256=f"b{k}", encoding="utf-8", script="s", text="", clean_text="",
                           cleaning=(), articles=drafts)

    store.add_bulletin(bulletin(0))
    assert store.pending_index() == 3
    _, ids = store.add_bulletin(bulletin(10))
    assert store.pending_index() == 0
    assert ids[0] in in_index(store, sorted(tokens(fold(pool[10][:10])))[0])
    # As the desk imports: inside its own transaction. The catch-up follows the outermost commit.
    with store.transaction():
        store.add_bulletin(bulletin(20))
        store.add_bulletin(bulletin(30))
        assert store.pending_index() == 6
    assert store.pending_index() == 0


@pytest.mark.parametrize("indexed", [False, True])
def test_edited_text_is_found_and_old_text_is_not(store, indexed):
    article_id = store.add_article(TRAD)
    if indexed:
        store.index_pending()
    store.update_article(article_id, {"title": "安全生产检查", "body": "节前安全生产检查部署会议。"})
    for _ in range(2):  # before and after the index catches up
        assert store.search("安全生产") == [article_id]
        assert store.search("周童") == [] and store.search("开发区") == []
        assert store.count_articles(ArticleFilter(query="周童")) == 0
        store.index_pending()
    assert in_index(store, "周童") == [] and in_index(store, "安全") == [article_id]


def test_new_ids_stay_above_the_watermark(store):
    first = store.add_article(TRAD)
    store.index_pending()
    with store.transaction():  # as if the newest articles had gone after the index reached them
        store.conn.execute("UPDATE search_state SET indexed_upto = ?", (first + 10,))
    second = store.add_article(TRAD)
    assert second > first + 10
    assert store.search("周童") == [second, first]


def test_an_interrupted_catch_up_changes_nothing(store, monkeypatch):
    monkeypatch.setattr(indexing, "CHUNK", 5)
    add_many(store, 12)
    before = results(store)
    calls = []

    def failing(texts):
        calls.append(len(texts))
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return index_texts(texts)

    monkeypatch.setattr(indexing, "index_texts", failing)
    with pytest.raises(RuntimeError):
        store.index_pending()
    assert store.pending_index() == 12 and in_index(store, "开发") == []
    assert results(store) == before


def test_a_failed_catch_up_keeps_the_import(store, monkeypatch):
    monkeypatch.setattr(indexing, "INDEX_BATCH", 1)

    def busy(conn):
        raise StoreError("资料库正被其他程序占用，请稍后再试")

    monkeypatch.setattr(indexing, "index_pending", busy)
    article_id = store.add_article(TRAD)
    assert store.search("周童") == [article_id] and store.pending_index() == 1


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from jianbao.store import Store, indexing
    path, marker = sys.argv[1], Path(sys.argv[2])
    store = Store(path)
    for k in range(30):
        store.add_article({"title": f"第{k}篇周童调研", "body": "開發區黨工委書記到德孝苑養老院調研。"})
    real = indexing.index_texts
    def stalled(texts):
        words = real(texts)
        marker.write_text("indexing")  # the words are made, the transaction is open: now is the kill
        time.sleep(120)
        return words
    indexing.index_texts = stalled
    store.index_pending()
""")


def test_kill_during_catch_up_loses_nothing(tmp_path):
    path, marker = tmp_path / "jianbao.db", tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(marker)], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), proc.stderr.read() if proc.poll() is not None else "the child never indexed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    with Store(path) as store:
        assert store.integrity_ok()
        assert store.count_articles() == 30 and store.pending_index() == 30
        assert len(store.search("周童")) == 30 and len(store.search("开发区")) == 30
        assert store.index_pending() == 30
        assert len(store.search("周童")) == 30 and len(store.search("养老院")) == 30


def test_migrated_stores_are_indexed(tmp_path):
    for fixture in sorted((FIXTURES / "stores").glob("jianbao-v*.db")):
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with Store(path) as store:
            assert store.pending_index() == 0, fixture.name
            assert in_index(store, "周童") == [1] and in_index(store, "开发") == [1, 2], fixture.name
            store.update_article(1, {"body": "周童到向阳街道调研。"})
            assert store.search("开发区") == [2] and store.search("向阳") == [1]


def test_desk_imports_bring_the_index_up(desk, monkeypatch):
    monkeypatch.setattr(indexing, "INDEX_BATCH", 30)
    desk.classify_drafts = lambda result: result  # the classifier is beside the point here
    first = desk.import_file(SAMPLE)
    assert desk.store.pending_index() == len(first.article_ids) < 30
    second = desk.import_file(SAMPLE, allow_duplicate=True)
    assert desk.store.pending_index() == 0
    found = set(desk.search("周童", limit=1000))
    assert found and found <= set(first.article_ids) | set(second.article_ids)
    assert found == set(brute_force(desk.store, "周童"))


@pytest.mark.parametrize("catch_up", [False, True])
def test_search_finds_a_character_inside_a_converted_phrase(store, catch_up):
    """OpenCC turns 瞭解 into 了解 and leaves 乾 in 乾隆: search folds character by character, so every
    piece of a phrase is found in either script, from the index and from the scan alike."""
    old = store.add_article({"title": "乾隆年間的碑刻", "body": "文物部門瞭解到碑刻的來歷。"})
    new = store.add_article({"title": "了解民情", "body": "乾净整洁的街道。"})
    if catch_up:
        store.index_pending()
    assert store.pending_index() == (0 if catch_up else 2)
    for query, found in [("乾", [new, old]), ("乾隆", [old]), ("了解", [new, old]), ("瞭", [new, old]),
                         ("干净", [new]), ("文物部门", [old]), ("来历。", [old]), ("碑刻", [old])]:
        assert store.search(query) == found, query
        assert store.count_articles(ArticleFilter(query=query)) == len(found), query
        assert store.search(query) == brute_force(store, query), query


def test_migration_drops_the_folded_copies(tmp_path):
    path = tmp_path / "v4.db"
    shutil.copy(FIXTURES / "stores" / "jianbao-v4.db", path)
    with Store(path) as store:
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(articles)")}
        assert not {"search_title", "search_body"} & columns
        assert store.search("開發區") == [2, 1] and store.pending_index() == 0
