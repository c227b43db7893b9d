"""Taking bulletins in: the split preview's boundary tools, several files with progress and cancel, drops."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from jianbao.gui.split_preview import SplitPreviewDialog
from jianbao.paths import sample_path

pytestmark = pytest.mark.gui


@pytest.fixture
def preview(open_window, qtbot, settle):
    """A preview dialog over the sample, with a live worker for re-splitting."""
    window = open_window()
    results = []
    window.worker.submit(lambda desk: desk.preview_file(sample_path()), results.append)
    settle(window)
    dialog = SplitPreviewDialog(window, window.worker, results[0])
    qtbot.addWidget(dialog)
    return window, dialog


def test_preview_lists_articles_and_cleaning(preview):
    _window, dialog = preview
    assert dialog.article_count() == 20 == dialog.table.rowCount()
    assert dialog.table.item(0, 1).text() == dialog.result.articles[0].title
    assert dialog.cleaning.count() == len(dialog.result.cleaning)
    assert "20" in dialog.accept_button.text()
    assert len(dialog.text.extraSelections()) >= 20  # every article's span is shaded


def test_merge_then_split_back(preview, settle):
    window, dialog = preview
    original = dialog.result
    dialog.select_row(0)
    dialog.merge_button.click()
    settle(window)
    assert dialog.article_count() == 19
    merged = dialog.result.articles[0]
    assert (merged.first_line, merged.last_line) == (original.articles[0].first_line, original.articles[1].last_line)
    dialog.split_at(original.articles[1].clean_start)
    settle(window)
    assert dialog.article_count() == 20
    assert [a.title for a in dialog.result.articles] == [a.title for a in original.articles]


def test_move_a_boundary(preview, settle):
    window, dialog = preview
    before = dialog.result.articles
    dialog.select_row(1)
    dialog.down_button.click()  # the second article's first line now ends the first one
    settle(window)
    after = dialog.result.articles
    assert len(after) == 20
    assert after[0].last_line == before[0].last_line + 1
    assert after[1].first_line == before[1].first_line + 1
    dialog.select_row(1)
    dialog.up_button.click()
    settle(window)
    assert [(a.first_line, a.last_line) for a in dialog.result.articles] == [(a.first_line, a.last_line) for a in before]


def test_fixed_title_survives_other_changes(preview, settle):
    window, dialog = preview
    dialog.table.item(5, 1).setText("编辑改过的标题")
    assert dialog.result.articles[5].title == "编辑改过的标题"
    dialog.select_row(0)
    dialog.merge_button.click()
    settle(window)
    assert dialog.result.articles[4].title == "编辑改过的标题"


def test_accepted_preview_is_what_gets_stored(open_window, qtbot, settle, monkeypatch, store_path):
    def review(cls, parent, worker, result):
        dialog = cls(parent, worker, result)
        dialog.table.item(0, 1).setText("导入前改好的标题")
        return dialog.result

    monkeypatch.setattr(SplitPreviewDialog, "review", classmethod(review))
    window = open_window()
    window.importer.open_paths([str(sample_path())])
    qtbot.waitUntil(lambda: window.model.rowCount() == 20, timeout=30000)
    settle(window)
    assert window.model.row_data(0).title == "导入前改好的标题"
    assert window.sidebar.current_key().startswith("bulletin:")  # the new bulletin is selected


def test_same_source_twice_asks_before_importing_again(imported_window, qtbot, settle, monkeypatch, sample_text):
    from PySide6.QtGui import QGuiApplication

    from jianbao.gui.dialogs import Ask

    asked = []
    monkeypatch.setattr(Ask, "yes_no", classmethod(lambda cls, *a, **k: asked.append(a[2]) or False))
    QGuiApplication.clipboard().setText(sample_text)
    imported_window.actions_.paste.trigger()
    settle(imported_window)
    assert asked and "已经导入过" in asked[0]
    imported_window.actions_.clear_filters.trigger()
    imported_window.sidebar.select_key("all")
    settle(imported_window)
    assert imported_window.model.total == 20


def write_variants(tmp_path, sample_text):
    """The sample in three encodings: three different sources."""
    paths = []
    for encoding in ("utf-8", "gb18030", "big5"):
        path = tmp_path / f"sample-{encoding}.txt"
        path.write_bytes(sample_text.encode(encoding, errors="replace"))
        paths.append(str(path))
    return paths


def test_several_files_import_in_the_background(open_window, qtbot, settle, tmp_path, sample_text):
    window = open_window()
    paths = write_variants(tmp_path, sample_text)
    progress = window.importer.import_many(paths)
    assert window.progress.running == 1 and not window.progress.isHidden()
    settle(window, 60000)
    assert window.progress.running == 0 and window.progress.isHidden()
    assert not progress.cancelled
    window.sidebar.select_key("all")
    settle(window)
    assert window.model.total == 60
    assert window.sidebar._bulletins.childCount() == 3
    assert "3 个文件" in window.statusBar().currentMessage()


def test_cancel_stops_between_files(open_window, qtbot, settle, tmp_path, sample_text):
    window = open_window()
    paths = write_variants(tmp_path, sample_text)
    gate = threading.Event()
    window.worker.submit(lambda desk: gate.wait(10))  # hold the worker so cancel lands before the import starts
    window.importer.import_many(paths)
    qtbot.mouseClick(window.progress.cancel, Qt.MouseButton.LeftButton)
    gate.set()
    settle(window, 60000)
    assert window.model.total == 0
    assert "已取消" in window.statusBar().currentMessage()


def test_drop_files_on_the_window(open_window, qtbot, settle, tmp_path, sample_text):
    window = open_window()
    paths = write_variants(tmp_path, sample_text)[:2]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(QDropEvent(QPointF(300, 300), *args))
    settle(window, 60000)
    window.sidebar.select_key("all")
    settle(window)
    assert window.model.total == 40


def test_bad_file_gets_a_clear_message(open_window, settle, tmp_path, monkeypatch):
    from jianbao.gui.dialogs import Ask

    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, text, detail="": errors.append(text)))
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    window = open_window()
    window.importer.open_paths([str(bad)])
    settle(window)
    assert errors and all(ord(c) < 0x10000 for c in errors[0])
    assert window.model.total == 0


def test_file_open_takes_the_chosen_files(open_window, accept_preview, qtbot, settle, monkeypatch):
    from jianbao.gui import dialogs

    monkeypatch.setattr(dialogs.OpenFilesDialog, "ask", classmethod(lambda cls, parent, folder="": [str(sample_path())]))
    window = open_window()
    window.actions_.open.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 20, timeout=30000)
    assert accept_preview[0].result.source == sample_path().name


def test_preview_spans_land_on_their_text_after_rare_characters(open_window, qtbot, settle, tmp_path):
    """A name with a character beyond the BMP (𡈼: two UTF-16 units in Qt, one Python character) all through
    the text must not shift the shading, the titles or the cursor's line."""
    path = tmp_path / "rare.txt"
    path.write_text(sample_path().read_text("utf-8").replace("周童", "周𡈼"), encoding="utf-8")
    window = open_window()
    results = []
    window.worker.submit(lambda desk: desk.preview_file(path), results.append)
    settle(window)
    dialog = SplitPreviewDialog(window, window.worker, results[0])
    qtbot.addWidget(dialog)
    articles = dialog.result.articles
    assert len(articles) == 20 and "𡈼" in articles[0].title and "𡈼" in dialog.result.clean_text[:articles[5].clean_start]
    marked = {m.cursor.selectedText() for m in dialog.text.extraSelections()}
    assert {a.title for a in articles} <= marked
    for row in (5, 19):
        dialog.select_row(row)
        assert dialog._cursor_line_start() == articles[row].clean_start


def test_doubtful_boundaries_are_marked_and_decided_with_keys(open_window, qtbot, settle):
    # A real digest the segmenter is not sure of everywhere (Taiwan presidential office, one week).
    from PySide6.QtTest import QTest

    from tests.conftest import FIXTURES

    window = open_window()
    path = FIXTURES / "digests" / "tw-presidential-office" / "president-2026-W10-2026-03-02.txt"
    results = []
    window.worker.submit(lambda desk: desk.preview_file(path), results.append)
    settle(window)
    dialog = SplitPreviewDialog(window, window.worker, results[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    doubts = dialog.doubts()
    assert doubts and f"{len(doubts)} 处分界没把握" in dialog.summary.text()
    starts = dialog.starts()
    marked = [row for row in range(dialog.table.rowCount()) if dialog.table.item(row, 0).text().endswith("?")]
    assert marked == [starts.index(d) for d in doubts if d in starts]
    assert not dialog.keep_doubt_button.isEnabled()

    QTest.keyClick(dialog.table, Qt.Key.Key_F8)
    assert dialog._focus == doubts[0]
    QTest.keyClick(dialog.table, Qt.Key.Key_F9)  # kept as proposed: no longer marked, the focus moves on
    assert dialog.doubts() == doubts[1:]
    assert dialog.article_count() == len(starts)
    if len(doubts) > 1:
        assert dialog._focus == doubts[1]
    else:
        QTest.keyClick(dialog.table, Qt.Key.Key_F8)

    # Turning one over changes the split: a proposed start merges away, a doubtful line becomes one.
    focus = dialog._focus
    if focus is not None:
        was_start = focus in dialog.starts()
        QTest.keyClick(dialog.table, Qt.Key.Key_F7)
        settle(window)
        assert (focus in dialog.starts()) != was_start
        assert focus not in dialog.doubts()
