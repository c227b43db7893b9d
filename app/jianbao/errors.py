"""Errors the user sees: each carries a plain message in the user's language."""
from __future__ import annotations


class JianbaoError(Exception):
    """An error with a message meant for the editor (Simplified Chinese by default)."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message if not self.detail else f"{self.message}（{self.detail}）"


class InputError(JianbaoError):
    """The file or text given cannot be taken in (binary, empty, unknown encoding, too large…)."""


class DuplicateImportError(JianbaoError):
    """The same source (same sha256) is already in the store."""

    def __init__(self, message: str, bulletin_id: int) -> None:
        super().__init__(message)
        self.bulletin_id = bulletin_id


class StoreError(JianbaoError):
    """The store cannot be opened or written (newer version, corrupted, read-only, disk full)."""


class CorruptStoreError(StoreError):
    """The store file is damaged; `backup` is the newest backup that passes its check (None if there is none)."""

    def __init__(self, message: str, *, backup: object = None, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.backup = backup


class ConflictError(JianbaoError):
    """An article or issue changed elsewhere since it was opened; both versions are kept for the editor
    (`current` as stored now, saved by `author`; `mine` the refused changes)."""

    def __init__(self, message: str, *, current: object, mine: dict, author: str = "") -> None:
        super().__init__(message)
        self.current = current
        self.mine = mine
        self.author = author


class NotFoundError(JianbaoError):
    """An id that is not in the store."""


class PermissionDeniedError(StoreError):
    """The shared store's server refused an operation the connected account's role does not allow."""


class PasswordNeededError(StoreError):
    """A shared store's server asks for a password that was not given (or was wrong: `wrong`)."""

    def __init__(self, message: str, *, location: str, wrong: bool = False, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.location = location
        self.wrong = wrong
