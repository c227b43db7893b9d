"""Crash safety: a child process importing, editing, autosaving, exporting and backing up is killed with
SIGKILL at random moments; after every kill the store opens, passes integrity_check and holds every
committed operation (the child logs each one, fsync'd), no bulletin is half imported, the export
target is never a truncated file, autosaved drafts survive, and every listed backup is sound."""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from jianbao.store import Store
from jianbao.store.backups import check_backup, list_backups
from reliability.figures import record
from reliability.helpers import integrity

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 55
SEED = 20240131


def entries(log: Path) -> tuple[list[dict], set[tuple[int, int]]]:
    """The log's entries (a line cut by the kill is dropped) and the (pid, seq) of every finished one."""
    out = []
    for line in log.read_text("utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return out, {(e["pid"], e["s"]) for e in out if "ok" in e}


def verify(store: Path, out: Path, log: Path) -> dict[str, int]:
    """Everything the child reported done is in the store, exactly; the rest is whole or absent."""
    assert integrity(store) == "ok"
    log_entries, finished = entries(log)
    inflight = [(k, e) for k, e in enumerate(log_entries) if "t" in e and (e["pid"], e["s"]) not in finished]
    assert len(inflight) <= sum(1 for e in log_entries if "ready" in e), "at most one operation in flight per run"
    done = [(k, e) for k, e in enumerate(log_entries) if "ok" in e]

    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Imports: whole bulletins only, each exactly as split, every reported one present.
        counts = dict(conn.execute("SELECT bulletin_id, count(*) FROM articles GROUP BY bulletin_id").fetchall())
        bulletins = [r[0] for r in conn.execute("SELECT id FROM bulletins")]
        imports = [e for _, e in done if e["ok"] == "import"]
        for e in imports:
            ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE bulletin_id = ? ORDER BY seq",
                                              (e["bulletin"],))]
            assert ids == e["ids"] and len(ids) == e["split"], f"bulletin {e['bulletin']} is not as imported"
        split = imports[0]["split"] if imports else 0
        assert all(counts.get(b, 0) == split for b in bulletins), f"a bulletin was half imported: {counts}"
        maybe = sum(1 for _, e in inflight if e["t"] == "import")
        assert len(imports) <= len(bulletins) <= len(imports) + maybe

        # Edits and drafts, article by article, in log order.
        events: dict[int, list[tuple[int, dict]]] = defaultdict(list)
        for k, e in done + inflight:
            if e.get("ok") in ("edit", "draft") or e.get("t") in ("edit", "draft"):
                events[e["id"]].append((k, e))
        drafts = {r[0]: (r[1], json.loads(r[2])) for r in conn.execute("SELECT article_id, base_revision, payload FROM drafts")}
        current = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, revision, body FROM articles")}
        for article_id, (revision, body) in current.items():
            revs = [r[0] for r in conn.execute("SELECT revision FROM revisions WHERE article_id = ? ORDER BY revision",
                                               (article_id,))]
            # Never changed: the row is the first revision, no revisions row yet (store/articles.py).
            assert revs == list(range(1, revision + 1)) or (revision == 1 and revs == []), \
                f"article {article_id}: revisions {revs}"
            evs = sorted(events.get(article_id, []), key=lambda x: x[0])
            edits = [e for _, e in evs if e.get("ok") == "edit"]
            for e in edits:
                snap = conn.execute("SELECT snapshot FROM revisions WHERE article_id = ? AND revision = ?",
                                    (article_id, e["rev"])).fetchone()
                assert snap and hashlib.sha256(json.loads(snap[0])["body"].encode()).hexdigest() == e["sha"]
            last_rev = edits[-1]["rev"] if edits else 1
            last_pos = max((k for k, e in evs if e.get("ok") == "edit"), default=-1)
            pending = sum(1 for k, e in evs if e.get("t") == "edit" and k > last_pos)
            assert last_rev <= revision <= last_rev + pending, f"article {article_id}: revision {revision}"
            if revision == last_rev and edits:
                assert hashlib.sha256(body.encode()).hexdigest() == edits[-1]["sha"], f"article {article_id} changed"
            if evs and "ok" in evs[-1][1]:  # nothing in flight on it: its draft is exactly as last saved
                last = evs[-1][1]
                if last["ok"] == "draft":
                    assert article_id in drafts, f"the autosaved draft of article {article_id} was lost"
                    base, payload = drafts[article_id]
                    assert base == last["base"]
                    assert hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest() == last["sha"]
                else:
                    assert article_id not in drafts, "a saved edit leaves no stale draft"
    finally:
        conn.close()

    # The export target: absent before the first export, else a complete .docx the child wrote.
    exports = [e for _, e in done if e["ok"] == "export"]
    if exports:
        assert out.exists(), "a finished export disappeared"
    if out.exists():
        data = out.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        assert digest in {e["sha"] for e in exports} or any(e["t"] == "export" for _, e in inflight)
        with zipfile.ZipFile(out) as zf:
            assert zf.testzip() is None
        import docx

        assert len(docx.Document(str(out)).paragraphs) > 20, "a truncated or empty export"

    for backup in list_backups(store):
        assert check_backup(backup) is None, f"backup {backup.name} is damaged"

    # The search index agrees with the articles (a few, at random).
    with Store(store) as s:
        rng = random.Random(len(log_entries))
        for article_id in rng.sample(sorted(current), min(5, len(current))):
            title = s.article(article_id).title
            if len(title) >= 2:
                assert article_id in s.search(title, limit=10_000), f"article {article_id} not found by its title"
    return {"ops": len(done), "inflight": len(inflight), "articles": len(current), "bulletins": len(bulletins)}


def wait_ready(log: Path, pid: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"the child died on its own: {proc.stderr.read()[-3000:]}")
        if log.exists() and f'"ready": {pid}' in log.read_text("utf-8"):
            return
        time.sleep(0.02)
    raise AssertionError("the child never got ready")


@pytest.mark.slow
def test_killed_at_random_moments_nothing_is_lost(tmp_path):
    store, log, out = tmp_path / "store" / "jianbao.db", tmp_path / "ops.log", tmp_path / "出口" / "简报.docx"
    store.parent.mkdir()
    out.parent.mkdir()
    rng = random.Random(SEED)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    survived = 0
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(CHILD), str(store), str(log), str(out), str(SEED + kill)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.05, 0.8))  # while it starts and opens the store
        else:
            wait_ready(log, proc.pid, proc)
            time.sleep(rng.uniform(0.0, 1.2))
        if proc.poll() is not None:
            raise AssertionError(f"the child stopped before the kill: {proc.stderr.read()[-3000:]}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        verify(store, out, log)
        survived += 1
        record("kills survived")
    # Last run without a kill: the child reaches its 1,000 articles and stops on its own.
    proc = subprocess.run([sys.executable, str(CHILD), str(store), str(log), str(out), str(SEED), "--finish"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = verify(store, out, log)
    assert stats["articles"] == 1000 and stats["bulletins"] == 50
    record("committed operations checked after kills", stats["ops"])
    log_entries, finished = entries(log)
    for e in log_entries:
        if "t" in e and (e["pid"], e["s"]) not in finished:
            record(f"kills in the middle of: {e['t']}")
    assert survived == KILLS
