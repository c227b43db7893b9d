"""Loading the UI language: Simplified Chinese is the source language, .qm files give the others."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Install the translators for `language` (zh_CN, zh_TW, en); True when the app's own file was found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (OK/Cancel, context menus) come from qtbase_*.qm shipped with PySide6.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if language == "zh_CN":
        return True
    from jianbao.paths import resource_path

    ours = QTranslator(app)
    try:
        folder = resource_path("translations")
    except FileNotFoundError:
        return False
    if not ours.load(f"jianbao_{language}", str(folder)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
