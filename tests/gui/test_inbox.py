"""The 收稿箱 dock, driven offscreen: files written into the watched folder appear within 2 s, a file still being
written is read only once complete, a submission opens into the split preview and its import records its unit;
the statistics view counts it as 报送 on arrival and as 采用 once in an issue, with points and .xlsx."""
from __future__ import annotations

import hashlib
import os

import pytest
from PySide6.QtCore import QTimer

from gui.conftest import wait_idle
from gui.test_stats_export_prefs import desk_call
from jianbao.gui.settings import Prefs, open_settings, save_prefs
from jianbao.models import IssueSection

pytestmark = pytest.mark.gui

TEXT = ("【工作动态】{title}\n1月{day}日，{unit}组织召开专题会议，研究部署近期重点工作，要求压实责任、狠抓落实，"
        "确保各项工作按期完成。会议还通报了上月工作完成情况。")


@pytest.fixture
def inbox_window(open_window, settings_path, tmp_path):
    folder = tmp_path / "收稿箱"
    folder.mkdir()
    save_prefs(open_settings(settings_path), Prefs(inbox_folder=str(folder), adoption_points=2))
    window = open_window()
    dock = window.inbox
    assert dock.isVisible() and dock.watcher.folder == str(folder)
    return window, dock, folder


def names(dock):
    return {dock.table.item(r, 2).text() for r in range(dock.table.rowCount())}


def test_three_files_appear_within_two_seconds_with_their_units(inbox_window, qtbot):
    window, dock, folder = inbox_window
    for n, unit in enumerate(("向阳街道办事处", "开发区经济发展部", "开发区团工委"), 1):
        (folder / f"【{unit}】来稿{n}.txt").write_text(TEXT.format(title=f"来稿{n}", day=n, unit=unit), "utf-8")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 3, timeout=2000)
    assert names(dock) == {"【向阳街道办事处】来稿1.txt", "【开发区经济发展部】来稿2.txt", "【开发区团工委】来稿3.txt"}
    units = {dock.table.item(r, 1).text() for r in range(3)}
    assert units == {"向阳街道办事处", "开发区经济发展部", "开发区团工委"}
    assert sorted(p.name for p in folder.iterdir()) == sorted(names(dock))   # nothing moved or added


def test_a_file_still_being_written_is_read_only_when_complete(inbox_window, qtbot):
    window, dock, folder = inbox_window
    content = TEXT.format(title="慢慢写完的来稿", day=9, unit="向阳街道").encode("utf-8") * 3
    chunks = [content[k:k + 40] for k in range(0, len(content), 40)]
    path = folder / "向阳街道办事处-来稿.txt"
    handed = []   # the size of the file each time the watcher hands it on to be read
    dock.watcher.settled.connect(lambda paths: handed.extend(os.path.getsize(p) for p in paths))
    path.write_bytes(b"")

    def write_next():  # one chunk at a time, each before the watcher's settle interval runs out
        with path.open("ab") as fh:
            fh.write(chunks.pop(0))
        if chunks:
            QTimer.singleShot(100, write_next)

    write_next()
    qtbot.waitUntil(lambda: not chunks and dock.table.rowCount() == 1, timeout=20000)
    submissions = desk_call(window, lambda w: wait_idle(qtbot, w), lambda desk: desk.submissions())
    assert [s.sha256 for s in submissions] == [hashlib.sha256(content).hexdigest()]
    assert submissions[0].size == len(content) and handed == [len(content)]


def test_a_submission_opens_in_the_preview_and_its_import_records_the_unit(inbox_window, qtbot, accept_preview, settle):
    window, dock, folder = inbox_window
    (folder / "来稿.txt").write_text(TEXT.format(title="团工委举办元旦联谊会", day=5, unit="团工委"), "utf-8")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 1, timeout=5000)
    assert dock.table.item(0, 1).text() == "（未知）"
    dock.table.item(0, 1).setText("开发区团工委")                 # the editor names the unit
    settle(window)
    dock.open_row(0)
    qtbot.waitUntil(lambda: dock.rows and dock.rows[0].bulletin_id is not None, timeout=20000)
    assert accept_preview and dock.table.item(0, 4).text() == "已导入"
    article = desk_call(window, settle, lambda desk: desk.article(1))   # the store's only article
    assert article.bulletin_id == dock.rows[0].bulletin_id and article.units == ("开发区团工委",)


def test_adoption_view_counts_the_inbox_with_points_and_writes_xlsx(inbox_window, qtbot, settle, tmp_path):
    from openpyxl import load_workbook

    window, dock, folder = inbox_window
    for unit in ("向阳街道办事处", "开发区团工委"):
        (folder / f"{unit}.txt").write_text(TEXT.format(title=f"{unit}的来稿", day=3, unit=unit), "utf-8")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 2, timeout=5000)
    window.issue_actions.stats.trigger()
    stats = window.issue_actions.stats_window
    stats.all_time.setChecked(True)
    stats.kind.setCurrentIndex(stats.kind.findData("adoption"))
    qtbot.waitUntil(lambda: stats.table_data is not None and stats.table_data.kind == "adoption", timeout=10000)
    settle(window)
    assert dict(zip(stats.table_data.labels, stats.table_data.values)) == {"向阳街道办事处": (1, 0), "开发区团工委": (1, 0)}
    path = next(s.path for s in dock.rows if "向阳" in s.name)
    imported = desk_call(window, settle, lambda desk: desk.import_file(path))
    desk_call(window, settle, lambda desk: desk.create_issue(
        "开发区资讯", date="2024-01-08", sections=[IssueSection(None, tuple(imported.article_ids))]))
    stats.refresh()
    qtbot.waitUntil(lambda: stats.table_data.values[0] == (1, 1), timeout=10000)
    assert [stats.table.horizontalHeaderItem(c).text() for c in range(stats.table.columnCount())] == [
        "报送单位", "报送", "采用", "采用率", "计分"]
    assert [stats.table.item(0, c).text() for c in range(5)] == ["向阳街道办事处", "1", "1", "100%", "2"]
    stats.export("xlsx", str(tmp_path / "考核.xlsx"))
    settle(window)
    sheet = load_workbook(tmp_path / "考核.xlsx").active
    assert [c.value for c in sheet[2]] == ["向阳街道办事处", 1, 1, 1.0, 2]
    assert [c.value for c in sheet[4]] == ["合计", 2, 1, 0.5, 2]
