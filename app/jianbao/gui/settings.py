"""Where the window keeps its state and preferences (QSettings in an INI file tests can redirect)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("zh_CN", "zh_TW", "en")


def settings_path() -> Path:
    """$JIANBAO_SETTINGS, else jianbao.ini in the user's config folder (read from the environment each time)."""
    explicit = os.environ.get("JIANBAO_SETTINGS")
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("Jianbao", appauthor=False)) / "jianbao.ini"


def open_settings(path: Path | None = None) -> QSettings:
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Prefs:
    """What the preferences dialog edits."""

    language: str = "zh_CN"
    body_font_size: int = 15
    line_spacing: int = 160  # percent of the font height


def load_prefs(settings: QSettings) -> Prefs:
    def integer(key: str, default: int) -> int:
        try:
            return int(settings.value(key, default))
        except (TypeError, ValueError):
            return default

    language = str(settings.value("prefs/language", "zh_CN"))
    return Prefs(
        language=language if language in LANGUAGES else "zh_CN",
        body_font_size=max(9, min(32, integer("prefs/body_font_size", 15))),
        line_spacing=max(100, min(250, integer("prefs/line_spacing", 160))),
    )


def save_prefs(settings: QSettings, prefs: Prefs) -> None:
    settings.setValue("prefs/language", prefs.language)
    settings.setValue("prefs/body_font_size", prefs.body_font_size)
    settings.setValue("prefs/line_spacing", prefs.line_spacing)
    settings.sync()
