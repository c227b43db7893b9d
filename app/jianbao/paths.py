"""Where things live: shipped resources and the user's default store."""
from __future__ import annotations

import os
import re
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


_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def default_store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--store` if given, else $JIANBAO_STORE, else the user data folder.

    A store is a file path (or a file:// URL); any other URL is refused rather than taken for a
    folder name (`postgresql://host/db` once made a folder called "postgresql:").
    """
    given = explicit or os.environ.get("JIANBAO_STORE")
    if not given:
        return data_dir() / "jianbao.db"
    return _store_file(os.fspath(given))


def _store_file(given: str) -> Path:
    from jianbao.errors import InputError

    m = _URL.match(given)
    if m is None:
        return Path(given).expanduser()
    scheme = m.group(1).lower()
    if scheme == "file":
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(given).path))
    if scheme in ("postgresql", "postgres"):
        raise InputError("这个版本还不能打开 PostgreSQL 资料库（postgresql://…）；请给出本机资料库文件的路径")
    raise InputError(f"“{given}”不是资料库：资料库应是一个文件路径（或 file:// 地址）")
