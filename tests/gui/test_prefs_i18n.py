"""Preferences and the UI language: Simplified Chinese by default, Traditional Chinese and English on request."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from jianbao.gui import dialogs
from jianbao.gui.i18n import install_language
from jianbao.gui.settings import Prefs, load_prefs, open_settings, save_prefs

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_language():
    yield
    install_language(QApplication.instance(), "zh_CN")


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_simplified_chinese_by_default(open_window):
    window = open_window()
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "查看(&V)", "期刊(&I)", "工具(&T)", "帮助(&H)"]
    assert window.actions_.paste.shortcut().toString() == "Ctrl+Shift+V"


@pytest.mark.parametrize(("language", "menus", "placeholder"), [
    ("en", ["&File", "&Edit", "&View", "&Issue", "&Tools", "&Help"], "Search titles"),
    ("zh_TW", ["檔案(&F)", "編輯(&E)", "檢視(&V)", "期刊(&I)", "工具(&T)", "說明(&H)"], "檢索標題和正文"),
])
def test_language_from_preferences(open_window, settings_path, restore_language, language, menus, placeholder):
    settings = open_settings(settings_path)
    save_prefs(settings, Prefs(language=language))
    window = open_window()
    assert menu_titles(window) == menus
    assert window.filters.search.placeholderText().startswith(placeholder)
    assert window.sidebar.topLevelItem(0).text(0).startswith(
        {"en": "All articles", "zh_TW": "全部文章"}[language])


def test_preferences_dialog_saves_and_applies(open_window, settings_path, monkeypatch, settle, imported_window):
    window = imported_window
    window.select_article(window.model.article_id(0))
    settle(window)
    chosen = Prefs(language="en", body_font_size=18, line_spacing=150, default_series="开发区资讯",
                   convert_to="tw", convert_phrases=True)
    monkeypatch.setattr(dialogs.PreferencesDialog, "ask",
                        classmethod(lambda cls, parent, prefs, lists=None: dialogs.PrefsChoice(chosen, lists)))
    window.actions_.prefs.trigger()
    settle(window)
    assert load_prefs(open_settings(settings_path)) == chosen
    assert window.editor.body.font().pointSize() == 18
    assert "重新启动" in window.statusBar().currentMessage()


def test_preferences_dialog_returns_what_was_chosen(qtbot):
    dialog = dialogs.PreferencesDialog(None, Prefs())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.font_size.setValue(20)
    assert dialog.prefs() == Prefs(language="zh_TW", body_font_size=20, line_spacing=Prefs().line_spacing)


def test_every_string_is_translated():
    from pathlib import Path
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"
    out = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
