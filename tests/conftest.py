"""Shared fixtures: every test gets its own store and data folders under tmp_path."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "kaifaqu-digest-2024-01.txt"
TRUTH = FIXTURES / "kaifaqu-digest-2024-01.truth.json"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """No test may touch the real user's data or settings folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("JIANBAO_STORE", raising=False)
    monkeypatch.delenv("JIANBAO_EDITOR", raising=False)
    # Nor the real user's keyring: no backend, unless a test sets one (tests/store/test_pg_safety.py).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture(scope="session")
def pg_cluster():
    """One throw-away PostgreSQL cluster for the whole run (tests/pgcluster.py), started on first use."""
    from pgcluster import Cluster, binaries

    if binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: scripts/setup.sh --test must install Debian's postgresql")
        pytest.skip("PostgreSQL is not installed (scripts/setup.sh --test installs it)")
    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A URL of an empty database of its own for one test: a fresh schema first on the search path."""
    with pg_cluster.empty_store() as url:
        yield url


class MemoryKeyring(KeyringBackend):
    """A keyring backend holding passwords in memory (the OS's would hold them in its vault)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def os_keyring():
    """An OS keyring for one test (a backend of keyring's own kind, in memory); the one before after."""
    import keyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store" / "jianbao.db"


@pytest.fixture
def store(store_path):
    from jianbao.store import Store

    s = Store(store_path)
    yield s
    s.close()


@pytest.fixture
def desk(store_path):
    from jianbao.desk import Desk

    d = Desk(store_path)
    yield d
    d.close()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text("utf-8")


@pytest.fixture(scope="session")
def truth() -> dict:
    return json.loads(TRUTH.read_text("utf-8"))
