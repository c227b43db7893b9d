"""Names shown for stored codes (status, script), translatable and kept in one place."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "草稿"),
    "checked": QT_TRANSLATE_NOOP("Labels", "已校对"),
    "approved": QT_TRANSLATE_NOOP("Labels", "已审定"),
    "signed": QT_TRANSLATE_NOOP("Labels", "已签发"),
}
_SCRIPT = {
    "s": QT_TRANSLATE_NOOP("Labels", "简体"),
    "t": QT_TRANSLATE_NOOP("Labels", "繁体"),
    "mixed": QT_TRANSLATE_NOOP("Labels", "简繁混杂"),
}
_SOURCE = {
    "tag": QT_TRANSLATE_NOOP("Labels", "原文标签"),
    "model": QT_TRANSLATE_NOOP("Labels", "自动分类"),
    "rule": QT_TRANSLATE_NOOP("Labels", "规则"),
    "editor": QT_TRANSLATE_NOOP("Labels", "编辑确定"),
}

STATUSES = tuple(_STATUS)
SCRIPTS = ("s", "t")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_name(code: str | None) -> str:
    return _tr(_STATUS[code]) if code in _STATUS else (code or "")


def script_name(code: str | None) -> str:
    return _tr(_SCRIPT[code]) if code in _SCRIPT else (code or "")


def source_name(code: str | None) -> str:
    return _tr(_SOURCE[code]) if code in _SOURCE else ""
