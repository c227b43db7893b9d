"""Write tests/fixtures/stores/jianbao-v<N>.db: a small store at schema version N, for migration tests.

Run once per released schema version: `python scripts/make_store_fixture.py 1`.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from jianbao.store.schema import MIGRATIONS

ROWS = [
    ("周童調研重點項目建設", "1月3日,開發區黨工委書記周童到開發區德孝苑養老院調研。", "調研督導"),
    ("开发区召开安全生产会议", "1月8日，开发区召开安全生产工作会议，部署节前安全工作。", "安全检查"),
]


def main(version: int) -> Path:
    out = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "stores" / f"jianbao-v{version}.db"
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    MIGRATIONS[0](conn)
    stamp = "2024-01-06T10:00:00+08:00"
    conn.execute(
        "INSERT INTO bulletins(id, source, sha256, encoding, script, raw_text, clean_text, imported_at) "
        "VALUES (1, 'old.txt', 'abc', 'utf-8', 't', 'x', 'x', ?)", (stamp,))
    for n, (title, body, cat) in enumerate(ROWS, start=1):
        conn.execute(
            "INSERT INTO articles(id, bulletin_id, seq, title, body, category, category_source, created, updated) "
            "VALUES (?, 1, ?, ?, ?, ?, 'tag', ?, ?)", (n, n, title, body, cat, stamp, stamp))
        conn.execute("INSERT INTO revisions(article_id, revision, snapshot, at, reason) VALUES (?, 1, '{}', ?, 'imported')",
                     (n, stamp))
    # Later steps see the rows, as a store written by v1 and upgraded would have them.
    for number in range(1, version):
        MIGRATIONS[number](conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return out


if __name__ == "__main__":
    print(main(int(sys.argv[1])))
