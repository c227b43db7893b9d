"""A shared store's password: kept in the OS keyring (`keyring`) where there is one, never in the settings file.

Without a keyring backend (a bare Linux session, a server) nothing is kept: the password is asked each time
(the GUI's password dialog, the CLI's getpass), or comes from libpq's own PGPASSWORD or ~/.pgpass.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SERVICE = "Jianbao"


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it had none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    from urllib.parse import unquote

    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment)), unquote(parts.password)


def keyring_key(url: str) -> str:
    """What a password is filed under: user, server, port and database (not the URL's options)."""
    parts = urlsplit(split_password(url)[0])
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _backend():
    """The OS keyring, or None where keyring has no usable backend."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    return _backend() is not None


def stored_password(url: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    from keyring.errors import KeyringError

    try:
        return backend.get_password(SERVICE, keyring_key(url))
    except KeyringError:  # a locked or broken keyring: asked instead
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is none (it will be asked next time)."""
    backend = _backend()
    if backend is None:
        return False
    from keyring.errors import KeyringError

    try:
        backend.set_password(SERVICE, keyring_key(url), password)
    except KeyringError:
        return False
    return True


def forget_password(url: str) -> None:
    backend = _backend()
    if backend is None:
        return
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        backend.delete_password(SERVICE, keyring_key(url))
    except (PasswordDeleteError, KeyringError):
        pass


def without_password(location: str) -> str:
    """A store location fit for the settings file: a URL's password moves to the keyring (where there is
    one; else it is dropped and asked when the store opens). Paths and URLs without one come back as given."""
    if "://" not in location:
        return location
    bare, password = split_password(location)
    if password is not None:
        remember_password(bare, password)
    return bare
