"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, pg_ctl on a free port, removed after.

Debian's `postgresql` package (scripts/setup.sh --test) ships the binaries under /usr/lib/postgresql/N/bin.
initdb refuses to run as root, so as root (CI) the server runs as the package's `postgres` user, which owns
the temporary folder; otherwise as whoever runs the tests. Only 127.0.0.1 and a socket in the folder listen.
"""
from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "jianbao"


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_user(url: str, name: str, password: str | None = None) -> str:
    """The same store's URL (database, schema) logged in as `name`, with `password` when given."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    login = f"{name}:{quote(password, safe='')}" if password is not None else name
    return urlunsplit((parts.scheme, f"{login}@{parts.hostname}:{parts.port}", parts.path, parts.query, ""))


class Cluster:
    def __init__(self) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/setup.sh --test installs Debian's postgresql)")
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="jianbao-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        self._schemas = itertools.count(1)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> "Cluster":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--no-locale", "-E", "UTF8", "--no-sync")
        # The superuser the tests open stores as is trusted; any other role (tests/store/test_pg_roles.py makes
        # LOGIN roles) must give its password over TCP, as on an office's server.
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n", "utf-8")
        # Durability is not what these tests measure: no fsync keeps a run quick on a shared machine.
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                      "-o", options, "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            log = (self.folder / "server.log")
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{log.read_text() if log.exists() else ''}")
        return self

    def restart(self) -> None:
        """Restart the server (its clients' connections drop), as an administrator's maintenance would."""
        # The log again: else the new server writes to pg_ctl's output and holds it open.
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-m", "fast", "-w", "-t", "60", "restart")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @contextlib.contextmanager
    def empty_store(self):
        """The URL of an empty store of its own: a fresh schema, first on the search path; dropped after."""
        import psycopg

        schema = f"test_{next(self._schemas)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            yield f"{self.url()}?options=-csearch_path%3D{schema}"
        finally:
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
