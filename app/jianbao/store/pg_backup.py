"""Backups of a store on PostgreSQL: pg_dump's custom format, in the user's data folder, rotated by kind.

They are named and kept like a file's backups (store/backups.py) beside a stand-in path for the server's
store (`anchor`), so listing and rotation are the same code. Restoring one is the server's business
(`pg_restore`), done by whoever administers it.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from jianbao.errors import StoreError
from jianbao.store.backups import backup_name, rotate_backups


def pg_dump_binary() -> str | None:
    """pg_dump on the PATH, else the newest of Debian's (/usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=lambda p: int(Path(p).parent.parent.name))
    return found[-1] if found else shutil.which("pg_dump")


def anchor(store) -> Path:
    """A stand-in file path for a server's store: its backups live in `backups/` beside it."""
    from jianbao.paths import data_dir

    parts = urlsplit(store.url)
    schema = store.conn.execute("SELECT current_schema()").fetchone()[0]
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/') or 'postgres'}-{schema}"
    return data_dir() / "postgresql" / (re.sub(r"[^\w.-]", "_", name) + ".db")


def dump(store, reason: str, *, rotate: bool = True) -> Path:
    binary = pg_dump_binary()
    if binary is None:
        raise StoreError("本机没有安装 pg_dump（Debian 的 postgresql-client 软件包），无法备份 PostgreSQL 资料库")
    schema = store.conn.execute("SELECT current_schema()").fetchone()[0]
    target = backup_name(anchor(store), reason).with_suffix(".dump")
    part = target.with_suffix(".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    from jianbao.passwords import split_password

    # The password, wherever it came from (URL, keyring, the editor), goes by the environment: never on a
    # command line other users of the machine can list.
    bare, in_url = split_password(store.url)
    password = getattr(store, "_password", None) or in_url
    env = {**os.environ, "PGPASSWORD": password} if password else None
    try:
        done = subprocess.run([binary, "--format=custom", f"--schema={schema}", f"--file={part}",
                               f"--dbname={bare}"], capture_output=True, text=True, timeout=3600, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        part.unlink(missing_ok=True)
        raise StoreError("pg_dump 未能完成，没有生成备份", detail=str(exc)) from exc
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise StoreError("pg_dump 备份失败，没有生成备份", detail=done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")
    part.replace(target)
    if rotate:
        rotate_backups(anchor(store))
    return target
