"""Articles carried by drag and drop between the article list, the composer's source list and its issue tree."""
from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

ARTICLE_MIME = "application/x-jianbao-articles"


def article_mime(ids: list[int]) -> QMimeData:
    """Mime data holding article ids in order (the plain-text flavour is for dropping into other programs)."""
    mime = QMimeData()
    mime.setData(ARTICLE_MIME, json.dumps([int(i) for i in ids]).encode("ascii"))
    return mime


def article_ids(mime: QMimeData | None) -> list[int]:
    """The article ids a drop carries ([] when it carries none)."""
    if mime is None or not mime.hasFormat(ARTICLE_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(ARTICLE_MIME).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []
