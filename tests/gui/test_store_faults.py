"""The window on a store it can only read, and on a damaged store that has a backup."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from conftest import SAMPLE
from gui.conftest import wait_idle


def _store_with_sample(path):
    from jianbao.desk import Desk

    with Desk(path) as desk:
        desk.import_file(SAMPLE)
        backup = desk.backup_now()
    return getattr(backup, "path", backup)


def test_read_only_store_shows_a_banner(open_window, tmp_path, monkeypatch):
    path = tmp_path / "ro" / "jianbao.db"
    _store_with_sample(path)
    monkeypatch.setattr("jianbao.desk.maintenance._writable", lambda p: False)
    window = open_window(path)
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.text().startswith("只读")
    assert "只读" in window.windowTitle()
    assert window.model.rowCount() == 20


def test_damaged_store_offers_its_backup_and_opens_it(qtbot, open_window, tmp_path, monkeypatch):
    from jianbao.gui import dialogs

    path = tmp_path / "bad" / "jianbao.db"
    _store_with_sample(path)
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(dialogs.Ask, "yes_no", classmethod(lambda cls, parent, title, text, **kw: asked.append(text) or True))
    window = open_window(path)
    wait_idle(qtbot, window)
    assert asked and "备份" in asked[0]
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == 20, timeout=20000)
    assert (path.parent / "jianbao.broken").exists() or any(path.parent.glob("*.broken"))
