"""The store's tests run on both engines: every test that takes `store` runs once on SQLite, once on PostgreSQL."""
from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, store_path):
    from jianbao.store import open_store

    if request.param == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip(f"about SQLite's file: {request.node.get_closest_marker('sqlite_only').args[0]}")
        location = request.getfixturevalue("pg_url")
    else:
        location = store_path
    s = open_store(location)
    yield s
    s.close()
