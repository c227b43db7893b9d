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


POSTGRES_SCHEMES = ("postgresql", "postgres")


def store_location(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """`--store` if given, else $JIANBAO_STORE, else the user data folder: a file's path, or a
    postgresql:// (postgres://) URL of a shared store, kept as given.

    A store is a file path, a file:// URL or a PostgreSQL URL; any other URL is refused rather than
    taken for a folder name (`https://host/db` would make a folder called "https:").
    """
    given = explicit or os.environ.get("JIANBAO_STORE")
    if not given:
        return data_dir() / "jianbao.db"
    given = os.fspath(given)
    m = _URL.match(given)
    if m is None:
        return Path(given).expanduser()
    scheme = m.group(1).lower()
    if scheme == "file":
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(given).path))
    if scheme in POSTGRES_SCHEMES:
        return given
    from jianbao.errors import InputError

    raise InputError(f"“{given}”不是资料库：资料库应是一个文件路径、file:// 地址或 postgresql:// 地址")


def default_store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Like `store_location`, for what only a store file has (its backups beside it, its restore)."""
    location = store_location(explicit)
    if isinstance(location, str):
        from jianbao.errors import InputError

        raise InputError("这项操作只适用于本机资料库文件；PostgreSQL 资料库的恢复由数据库管理员用 pg_restore 进行")
    return location
