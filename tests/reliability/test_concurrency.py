"""Two (or more) processes on one store, as two windows or the GUI and the CLI: no lost update (a save
over a newer version is refused with both versions in hand), and no "database is locked" crash."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE
from jianbao.errors import ConflictError, StoreError
from reliability.figures import record
from reliability.helpers import integrity, open_desk

WORKER = Path(__file__).with_name("worker.py")


def spawn(*args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 120) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    assert "locked" not in err and "Traceback" not in err, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def seeded(store_path) -> Path:
    desk = open_desk(store_path)
    desk.import_file(SAMPLE)
    desk.close()
    return store_path


def test_save_over_a_newer_version_is_refused_with_both_versions(seeded):
    desk = open_desk(seeded)
    try:
        opened = desk.article(3)  # this window opens the article...
        finish(spawn("edit", seeded, 3, 1, "别处"))  # ...another process saves it meanwhile
        mine = {"body": opened.body + "（我的修改）"}
        with pytest.raises(ConflictError) as err:
            desk.edit_article(3, mine, expected_revision=opened.revision)
        assert "已在别处修改" in str(err.value)
        assert err.value.current.body.endswith("[别处0]") and err.value.current.revision == opened.revision + 1
        assert err.value.mine == mine
        assert desk.article(3).body == err.value.current.body, "the refused save changed nothing"
        # The editor keeps their text as a draft, then saves it over the current version on purpose.
        desk.save_draft(3, err.value.current.revision, mine)
        saved, _ = desk.edit_article(3, mine, expected_revision=err.value.current.revision)
        assert saved.revision == opened.revision + 2 and desk.drafts() == []
        assert [r.revision for r in desk.revisions(3)] == [1, 2, 3], "every version is kept"
    finally:
        desk.close()


def test_many_writers_lose_nothing_and_never_crash(seeded, tmp_path):
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    writers = [spawn("edit", seeded, article, 25, f"{tag}{article}-", barrier, 4)
               for article in (1, 2) for tag in ("甲", "乙")]
    others = [spawn("import", seeded, 4, "并发导入"), spawn("search", seeded, 4)]
    results = [finish(p) for p in writers]
    imported, searched = (finish(p) for p in others)
    record("concurrent processes run", len(writers) + len(others))
    record("concurrent saves without loss", sum(r["saved"] for r in results))
    assert sum(r["conflicts"] for r in results) > 0, "the writers should have met"
    assert searched["searches"] > 0
    desk = open_desk(seeded)
    try:
        for article in (1, 2):
            body = desk.article(article).body
            for tag in ("甲", "乙"):
                assert all(f"[{tag}{article}-{k}]" in body for k in range(25)), "a saved edit was lost"
            assert desk.article(article).revision == 1 + 50
            assert len(desk.revisions(article)) == 51
        assert desk.count_articles() == 20 * (1 + len(imported["bulletins"]))
        for b in desk.bulletins():
            assert b.article_count == 20, "a bulletin was half imported"
    finally:
        desk.close()
    assert integrity(seeded) == "ok"


def test_five_editors_on_one_postgres_store_lose_nothing(pg_url, tmp_path):
    """An office on one server: five editor processes saving 200 times each over two shared articles, while
    another imports and another searches. Every save lands or is reported as a conflict (then retried on the
    newer version); nothing is lost, no bulletin is half imported."""
    desk = open_desk(pg_url)
    desk.import_file(SAMPLE)
    desk.close()
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    saves = 200
    writers = [spawn("edit", pg_url, 1 + k % 2, saves, f"编辑{k}-", barrier, 5) for k in range(5)]
    others = [spawn("import", pg_url, 3, "并发导入"), spawn("search", pg_url, 4)]
    results = [finish(p, timeout=600) for p in writers]
    imported, searched = (finish(p, timeout=600) for p in others)
    conflicts = sum(r["conflicts"] for r in results)
    record("postgresql concurrent saves without loss", sum(r["saved"] for r in results))
    record("postgresql conflicts reported and retried", conflicts)
    assert conflicts > 0, "the editors should have met"
    assert searched["searches"] > 0
    desk = open_desk(pg_url)
    try:
        for article, editors in ((1, (0, 2, 4)), (2, (1, 3))):
            body = desk.article(article).body
            for k in editors:
                assert all(f"[编辑{k}-{n}]" in body for n in range(saves)), "a saved edit was lost"
            assert desk.article(article).revision == 1 + saves * len(editors)
            assert len(desk.revisions(article)) == 1 + saves * len(editors)
        assert desk.count_articles() == 20 * (1 + len(imported["bulletins"]))
        assert all(b.article_count == 20 for b in desk.bulletins()), "a bulletin was half imported"
    finally:
        desk.close()


def test_a_client_killed_mid_import_leaves_no_half_bulletin_on_postgres(pg_url):
    """The server rolls back what a killed client had not committed: every bulletin has all its articles."""
    import os
    import signal
    import time

    open_desk(pg_url).close()  # the schema exists before the importer starts
    importer = spawn("import", pg_url, 200, "被杀")
    try:
        deadline = time.monotonic() + 120
        desk = open_desk(pg_url)
        try:
            while len(desk.bulletins()) < 3 and time.monotonic() < deadline and importer.poll() is None:
                time.sleep(0.05)
        finally:
            desk.close()
    finally:
        os.kill(importer.pid, signal.SIGKILL)
        importer.communicate()
    desk = open_desk(pg_url)
    try:
        bulletins = desk.bulletins()
        record("postgresql bulletins whole after a kill", len(bulletins))
        assert 3 <= len(bulletins) < 200, "the kill came in the middle of the imports"
        assert all(b.article_count == 20 for b in bulletins), "a bulletin was half imported"
        assert desk.count_articles() == 20 * len(bulletins)
        desk.import_file(SAMPLE)  # the store takes the next import as usual
    finally:
        desk.close()


def test_a_long_write_elsewhere_is_waited_for(seeded):
    holder = spawn("hold", seeded, 1.5)
    assert json.loads(holder.stdout.readline())["holding"]
    desk = open_desk(seeded)
    try:
        assert desk.count_articles() == 20  # reading never waits (WAL)
        article = desk.article(1)
        saved, _ = desk.edit_article(1, {"title": "等待之后保存"}, expected_revision=article.revision)
        assert saved.revision == 2
    finally:
        desk.close()
    finish(holder)


def test_a_write_blocked_too_long_is_a_message_not_a_crash(seeded):
    holder = spawn("hold", seeded, 3)
    assert json.loads(holder.stdout.readline())["holding"]
    desk = open_desk(seeded)
    try:
        desk.store.conn.execute("PRAGMA busy_timeout = 300")
        with pytest.raises(StoreError, match="占用") as err:
            desk.edit_article(1, {"title": "太久"})
        assert "locked" not in err.value.message
        assert desk.article(1).revision == 1
    finally:
        desk.close()
    finish(holder)


def test_processes_opening_a_new_store_at_once(tmp_path):
    """GUI and CLI started together on a store that does not exist yet: one creates it, all open it."""
    path = tmp_path / "new" / "jianbao.db"
    procs = [spawn("open", path) for _ in range(4)]
    assert [finish(p)["opened"] for p in procs] == [0, 0, 0, 0]
    desk = open_desk(path)
    try:
        assert desk.categories() and desk.store.integrity_ok()
    finally:
        desk.close()
