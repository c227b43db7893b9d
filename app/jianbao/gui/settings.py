"""Where the window keeps its state and preferences (QSettings in an INI file tests can redirect)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("zh_CN", "zh_TW", "en")
SCRIPTS = ("s", "t", "tw", "hk")


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
    store_path: str = ""            # '' = $JIANBAO_STORE, else the user data folder
    default_series: str = ""        # the series a new issue belongs to when there is none yet
    template: str = ""              # '' = the built-in GB/T 9704 template
    convert_to: str = "s"           # conversion preview's first choice: s, t, tw, hk
    convert_phrases: bool = False
    inbox_folder: str = ""          # the shared folder departments drop submissions into ('' = no inbox)
    adoption_points: float = 0.0    # 信息采用计分: points per adopted article (0: no score column)
    editor_name: str = ""           # who signs revisions on a store file ('' = the computer's user name)


def load_prefs(settings: QSettings) -> Prefs:
    def integer(key: str, default: int) -> int:
        try:
            return int(settings.value(key, default))
        except (TypeError, ValueError):
            return default

    def number(key: str) -> float:
        try:
            return float(settings.value(key, 0))
        except (TypeError, ValueError):
            return 0.0

    def text(key: str) -> str:
        value = settings.value(key, "")
        return value.strip() if isinstance(value, str) else ""

    language = str(settings.value("prefs/language", "zh_CN"))
    convert_to = text("prefs/convert_to")
    return Prefs(
        language=language if language in LANGUAGES else "zh_CN",
        body_font_size=max(9, min(32, integer("prefs/body_font_size", 15))),
        line_spacing=max(100, min(250, integer("prefs/line_spacing", 160))),
        store_path=text("prefs/store_path"),
        default_series=text("prefs/default_series"),
        template=text("prefs/template"),
        convert_to=convert_to if convert_to in SCRIPTS else "s",
        convert_phrases=str(settings.value("prefs/convert_phrases", "false")).lower() in ("true", "1"),
        inbox_folder=text("prefs/inbox_folder"),
        adoption_points=max(0.0, min(1000.0, number("prefs/adoption_points"))),
        editor_name=text("prefs/editor_name"),
    )


def preferred_store(prefs: Prefs) -> str | None:
    """The store `jianbao` opens when none is named: $JIANBAO_STORE wins, then the preference (None: default)."""
    if os.environ.get("JIANBAO_STORE"):
        return None
    return prefs.store_path or None


def save_prefs(settings: QSettings, prefs: Prefs) -> Prefs:
    """Write the preferences; a store URL's password goes to the OS keyring (or is dropped), never to the file.
    Returns the preferences as saved."""
    from dataclasses import replace

    from jianbao.passwords import without_password

    prefs = replace(prefs, store_path=without_password(prefs.store_path))
    settings.setValue("prefs/language", prefs.language)
    settings.setValue("prefs/body_font_size", prefs.body_font_size)
    settings.setValue("prefs/line_spacing", prefs.line_spacing)
    settings.setValue("prefs/adoption_points", prefs.adoption_points)
    for key in ("store_path", "default_series", "template", "convert_to", "inbox_folder", "editor_name"):
        settings.setValue(f"prefs/{key}", getattr(prefs, key))
    settings.setValue("prefs/convert_phrases", "true" if prefs.convert_phrases else "false")
    settings.sync()
    return prefs
