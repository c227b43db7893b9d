"""Where things live: shipped resources and the user's default store."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "Jianbao"


def resource_path(name: str) -> Path:
    """Path of a shipped resource, from a source checkout or an installed wheel."""
    ref = resources.files("jianbao") / "resources" / name
    path = Path(str(ref))
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {name}")
    return path


def sample_path() -> Path:
    """The shipped sample bulletin (offered on first start)."""
    return resource_path("sample-kaifaqu-2024-01.txt")


def data_dir() -> Path:
    """The user's data folder for Jianbao (created on demand)."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--store` if given, else $JIANBAO_STORE, else the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("JIANBAO_STORE")
    if env:
        return Path(env).expanduser()
    return data_dir() / "jianbao.db"
