"""The process the crash test kills: imports, edits, autosaves, exports, backs up and reopens in a loop.

`python crash_child.py STORE LOG OUT SEED [--finish]`. Every operation is logged twice, as tried
("t") before and done ("ok") after, each line flushed and fsync'd, so that after a SIGKILL the
parent knows what was committed (every "ok") and which single operation was in flight.
With --finish it stops killing-free once the store holds TARGET articles and exits cleanly.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for reliability.helpers

from reliability.helpers import open_desk  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "kaifaqu-digest-2024-01.txt"
TARGET = 1000            # articles
SERIES = "开发区资讯"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def variant(n: int) -> str:
    """The sample with a small change, so each import is a new source (another sha256)."""
    return SAMPLE.read_text("utf-8").replace("陪同。", f"陪同（第{n}稿）。", 1)


class Log:
    def __init__(self, path: Path) -> None:
        self.fh = open(path, "a", encoding="utf-8")
        self.seq = 0

    def write(self, **entry) -> None:
        self.fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.fh.flush()
        os.fsync(self.fh.fileno())

    def tried(self, op: str, **entry) -> int:
        self.seq += 1
        self.write(t=op, s=self.seq, pid=os.getpid(), **entry)
        return self.seq

    def done(self, op: str, seq: int, **entry) -> None:
        self.write(ok=op, s=seq, pid=os.getpid(), **entry)


def run(store: Path, log: Log, out: Path, rng: random.Random, finish: bool) -> None:
    desk = open_desk(store)
    log.write(ready=os.getpid())
    from jianbao.ingest import split_text

    steps = 0
    while True:
        count = desk.count_articles()
        if finish and count >= TARGET and steps > 30:
            desk.close()
            return
        steps += 1
        roll = rng.random()
        if count < TARGET and (roll < 0.45 or count == 0):
            n = len(desk.bulletins())
            result = split_text(variant(n), source=f"第{n}稿.txt", classify=False)
            seq = log.tried("import", n=n)
            r = desk.import_split(result)
            log.done("import", seq, bulletin=r.bulletin_id, ids=list(r.article_ids), split=len(result.articles))
        elif roll < 0.65:
            article = desk.article(rng.randint(1, count))
            body = article.body + f"〔改{rng.randrange(10**6)}〕"
            seq = log.tried("edit", id=article.id, base=article.revision)
            saved, _ = desk.edit_article(article.id, {"body": body}, expected_revision=article.revision)
            log.done("edit", seq, id=article.id, rev=saved.revision, sha=sha(saved.body))
        elif roll < 0.82:
            article = desk.article(rng.randint(1, count))
            payload = {"body": article.body + f"〔草稿{rng.randrange(10**6)}〕", "title": article.title}
            seq = log.tried("draft", id=article.id)
            desk.save_draft(article.id, article.revision, payload)
            log.done("draft", seq, id=article.id, base=article.revision, sha=sha(json.dumps(payload, sort_keys=True)))
        elif roll < 0.94:
            issues = desk.issues()
            if not issues:
                seq = log.tried("issue")
                issue, _ = desk.create_issue(SERIES, bulletin_id=desk.bulletins()[-1].id, date="2024-01-31")
                log.done("issue", seq, id=issue.id)
                issues = [issue]
            seq = log.tried("export")
            result = desk.export_issue(issues[0].id, out)
            log.done("export", seq, sha=hashlib.sha256(out.read_bytes()).hexdigest(), bytes=result.bytes)
        elif roll < 0.97:
            seq = log.tried("backup")
            info = desk.backup_now()
            log.done("backup", seq, path=str(info.path))
        else:
            seq = log.tried("reopen")
            desk.close()  # a backup on close, when due
            desk = open_desk(store)
            log.done("reopen", seq)


def main(argv: list[str]) -> int:
    store, log_path, out, seed = Path(argv[0]), Path(argv[1]), Path(argv[2]), int(argv[3])
    run(store, Log(log_path), out, random.Random(seed), "--finish" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
