"""Shared helpers: a desk without the classifier, the whole store as text, XML-safe text."""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

# Characters XML 1.0 (and so .docx) cannot hold.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def open_desk(path: Path, **kw):
    """A Desk whose imports skip classification (irrelevant here, and the slowest import to load)."""
    from jianbao.desk import Desk

    desk = Desk(path, **kw)
    desk.classify_drafts = lambda result: result
    return desk


def store_of(desk) -> Path | str:
    """What `--store` names for this Desk: its file, or its server's URL."""
    return desk.store.url if desk.store.path is None else desk.path


def dump(path: Path | str) -> list[str]:
    """Every row of every table (FTS shadow tables included), read through a separate connection."""
    if isinstance(path, str):
        return _dump_postgres(path)
    conn = sqlite3.connect(path)
    try:
        out = [f"user_version {conn.execute('PRAGMA user_version').fetchone()[0]}"]
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
        for name, sql in tables:
            out.append(sql)
            if "VIRTUAL TABLE" in sql.upper():
                continue  # a contentless FTS table cannot be read; its shadow tables are
            out.extend(sorted(f"{name} {row!r}" for row in conn.execute(f'SELECT * FROM "{name}"')))
        return out
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def has_han(text: str) -> bool:
    return re.search("[\u4e00-\u9fff]", text) is not None


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders unwritable for the duration: chmod for a normal user; root ignores
    permissions, so for root the immutable attribute (chattr +i), which binds root too."""
    import pytest

    done: list[tuple[Path, int]] = []
    root = os.geteuid() == 0
    try:
        for path in paths:
            if root:
                proc = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
                if proc.returncode != 0:
                    pytest.skip(f"cannot make {path} read-only as root here: {proc.stderr.strip()}")
            else:
                os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~0o222)
            done.append((path, path.stat().st_mode))
        yield
    finally:
        for path, mode in reversed(done):
            if root:
                subprocess.run(["chattr", "-i", str(path)], check=True)
            else:
                os.chmod(path, stat.S_IMODE(mode) | 0o200)


def _dump_postgres(url: str) -> list[str]:
    """Every row of every table of a store on PostgreSQL (the search index's arrays included)."""
    import psycopg

    with psycopg.connect(url) as conn:
        out = [f"version {conn.execute('SELECT max(version) FROM jianbao_schema').fetchone()[0]}"]
        tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() ORDER BY 1")]
        for name in tables:
            out.extend(sorted(f"{name} {row!r}" for row in conn.execute(f'SELECT * FROM "{name}"')))
    return out
