"""Regenerate docs/screenshots/*.png: the main window's states at 1280x800, rendered offscreen with CJK fonts.

    python scripts/screenshots.py [--out docs/screenshots]

States: empty store (empty.png), the split preview of the shipped sample (split-preview.png) and of a real
digest with doubtful boundaries (split-uncertain.png, from tests/fixtures), the editor
on an imported article (editor.png, also main.png for the README), a search for 周童 (search.png), the issue
composer (composer.png), the conversion preview of that issue (convert-preview.png), the proofreading panel
beside the editor (proofread.png), the statistics view (stats.png), the inbox with three submissions
(inbox.png), the adoption table scored with their arrivals (stats-adoption.png), the export dialog with its
formats (export-dialog.png), the preferences' inbox tab (preferences-inbox.png), the password asked for a shared
store (password.png), the preferences' general tab with the editor's name (preferences-general.png) and an
article's history naming who made each revision (history.png). Runs on a fresh store and settings
in a temporary folder; nothing of the user's is touched.

`--shared` makes only the shots of two editors on one PostgreSQL store (a throw-away cluster, as the tests
start it): 张三's window marking the article 李四 has open (shared-presence.png), and 李四's, whose unsaved
edit stays while 张三 saved the same article (shared-changed.png), and the conflict 李四 meets saving it: both
versions side by side (conflict.png); then 李四's composer saving an issue 张三 changed meanwhile: what 张三 changed
and what of 李四's waits (issue-conflict.png).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("zh_CN", "zh_TW", "en"), default="zh_CN",
                        help="interface language (to check other languages' layouts; docs use zh_CN)")
    parser.add_argument("--shared", action="store_true", help="only the shots of two editors on one PostgreSQL store")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="jianbao-shots-"))
    # A desktop-sized offscreen screen (its default is 800x800, which would clamp a 1280x800 window).
    screen = tmp / "offscreen.json"
    screen.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["JIANBAO_SETTINGS"] = str(tmp / "settings.ini")
    (tmp / "settings.ini").write_text(f"[prefs]\nlanguage={args.language}\n")
    os.environ.setdefault("XDG_DATA_HOME", str(tmp / "data"))

    from PySide6.QtWidgets import QApplication

    from jianbao.gui import dialogs
    from jianbao.gui.app import create_window, make_app
    from jianbao.gui.split_preview import SplitPreviewDialog
    from jianbao.paths import sample_path

    app = make_app()
    dialogs.FirstStartDialog.ask = classmethod(lambda cls, parent: False)  # type: ignore[method-assign]

    def wait(condition, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out waiting for the window")
            app.processEvents()
            time.sleep(0.01)

    def settle(window) -> None:
        wait(lambda: window.worker.ready and window.worker.idle())
        for _ in range(20):
            app.processEvents()

    def save(widget, name: str) -> None:
        path = args.out / name
        widget.grab().save(str(path))
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    if args.shared:
        return two_editors_shots(tmp, args.language, wait, settle, save)

    window = create_window()
    window.resize(*SIZE)
    window.show()
    window.open_store(tmp / "store" / "jianbao.db")
    settle(window)
    save(window, "empty.png")

    results: list = []
    window.worker.submit(lambda desk: desk.preview_file(sample_path()), results.append)
    settle(window)
    preview = SplitPreviewDialog(window, window.worker, results[0])
    preview.resize(*SIZE)
    preview.show()
    preview.select_row(0)
    settle(window)
    save(preview, "split-preview.png")
    preview.close()

    # A real digest the segmenter is not sure of everywhere: its doubtful boundaries, the first in focus.
    week = ROOT / "tests" / "fixtures" / "digests" / "tw-presidential-office" / "president-2026-W10-2026-03-02.txt"
    doubtful: list = []
    window.worker.submit(lambda desk: desk.preview_file(week), doubtful.append)
    settle(window)
    unsure = SplitPreviewDialog(window, window.worker, doubtful[0])
    unsure.resize(*SIZE)
    unsure.show()
    unsure.next_doubt()
    settle(window)
    save(unsure, "split-uncertain.png")
    unsure.close()

    window.worker.submit(lambda desk: desk.import_split(preview.result),
                         lambda res: window._imported(res.changed, res.article_ids[0]))
    settle(window)
    wait(lambda: window.model.rowCount() > 0)
    undecided = [r for r in range(window.model.rowCount()) if window.model.row_data(r).needs_decision]
    row = undecided[0] if undecided else 1
    window.select_article(window.model.article_id(row))
    settle(window)
    wait(lambda: window.editor.article_id == window.model.article_id(row))
    settle(window)
    save(window, "editor.png")
    save(window, "main.png")  # the README's picture of the main window

    window.filters.search.setText("周童")
    window.filters.search.returnPressed.emit()
    settle(window)
    window.select_article(window.model.article_id(0))
    settle(window)
    save(window, "search.png")

    window.filters.search.setText("")
    window.filters.search.returnPressed.emit()
    settle(window)
    issue_shots(window, settle, save, wait)
    typo_shot(window, settle, save, wait)
    inbox_shots(window, settle, save, wait, tmp / "收稿箱")
    shared_store_shots(window, settle, save)

    window.close()
    QApplication.processEvents()
    return 0


def issue_shots(window, settle, save, wait) -> None:
    """Composer, conversion preview, proofreading panel and statistics on an issue made from the sample."""
    from PySide6.QtCore import Qt

    from jianbao.gui.convert_preview import ConvertPreviewDialog
    from jianbao.models import Changed, IssueSection

    def make(desk):
        rows = desk.list_articles(limit=20)
        ids = [int(r.id) for r in rows]
        # One issue already published (for the adoption counts), the next one being composed.
        desk.create_issue("开发区资讯", date="2024-01-08", compiling_unit="经济开发区党政办公室",
                          sections=[IssueSection(None, tuple(ids[12:16]))])
        issue, _ = desk.create_issue(
            "开发区资讯", date="2024-01-15", compiling_unit="经济开发区党政办公室",
            editors_note="新年伊始，各单位围绕项目建设和经济普查开局起步，本期择要刊发。",
            recipients_bao="市委、市政府", recipients_song="各县（市、区）", recipients_fa="区属各部门、各街道",
            copies=60, show_contents=True,
            sections=[IssueSection("重点工作", tuple(ids[0:1] + ids[3:5])),
                      IssueSection("基层动态", tuple(ids[5:9] + ids[13:14]))])  # ids[13]: already in 第1期
        desk.edit_article(ids[0], {"status": "checked"})
        desk.edit_article(ids[3], {"status": "checked"})
        return int(issue.id)

    ids: list = []
    window.worker.submit(make, ids.append)
    settle(window)
    issue_id = ids[0]
    window.on_changed(Changed(issues=(issue_id,)))
    actions = window.issue_actions
    composer = actions.show_composer(issue_id)
    composer.resize(*SIZE)
    settle(window)
    wait(lambda: composer.checks.result is not None and composer.checks.settled, 120)
    settle(window)
    composer.source.select_rows([9])
    save(composer, "composer.png")

    dialog = ConvertPreviewDialog(window, window.worker, article_ids=composer.tree.article_ids(), to="s")
    dialog.resize(*SIZE)
    dialog.show()
    wait(lambda: dialog.ready, 120)
    settle(window)
    uncertain = next((k for k in range(dialog.changes.rowCount())), None)
    if uncertain is not None:
        dialog.changes.selectRow(2 if dialog.changes.rowCount() > 2 else uncertain)
    settle(window)
    save(dialog, "convert-preview.png")
    dialog.close()
    composer.hide()

    window.resize(*SIZE)
    actions.proofread_issue_id(issue_id)
    panel = actions.panel
    wait(lambda: panel._running is None and bool(panel.findings), 120)
    settle(window)
    window.resizeDocks([panel], [250], Qt.Orientation.Vertical)
    leaves = [leaf.data(0, Qt.ItemDataRole.UserRole + 1) for leaf in panel.leaves()]
    # A naive-conversion character (干部 for 幹部…) shows more than a comma does.
    panel.select_finding(next((k for k, f in enumerate(leaves) if f.finding.kind == "conversion"), 1))
    settle(window)
    wait(lambda: window.editor.article_id is not None)
    settle(window)
    save(window, "proofread.png")

    actions.show_stats()
    stats = actions.stats_window
    stats.resize(*SIZE)
    settle(window)
    stats.kind.setCurrentIndex(stats.kind.findData("adoption"))
    settle(window)
    save(stats, "stats.png")
    stats.kind.setCurrentIndex(stats.kind.findData("category"))
    settle(window)
    save(stats, "stats-category.png")


SLIPS = ("【工作动态】开发区召开项目建设推进会。1月3日，开发区召开项目建设推进会。会议指出，全区重点项目己经全部开工，"
         "各单位要再接再励，按步就班推进各项工作，提高工作效律，深入开展扫黑险恶专项斗争，用习近平新时代中国特色社会主意思想武装头脑。"
         "(开发区经济发展部)\n")


def typo_shot(window, settle, save, wait) -> None:
    """The proofreading panel on a submission with everyday slips: 错别字 and 规范提法 grouped, each fix ready."""
    from PySide6.QtCore import Qt

    from jianbao.models import Changed

    ids: list = []
    window.worker.submit(lambda desk: desk.import_split(desk.preview_text(SLIPS, source="投稿")).article_ids, ids.append)
    settle(window)
    article_id = ids[0][0]
    window.on_changed(Changed(articles=(article_id,)))
    window.select_article(article_id, open_anyway=True)
    settle(window)
    actions = window.issue_actions
    actions.panel.check_article(article_id)
    panel = actions.panel
    wait(lambda: panel._running is None and bool(panel.findings), 120)
    settle(window)
    window.resizeDocks([panel], [250], Qt.Orientation.Vertical)
    leaves = [leaf.data(0, Qt.ItemDataRole.UserRole + 1) for leaf in panel.leaves()]
    panel.select_finding(next(k for k, f in enumerate(leaves) if f.finding.kind == "typo"))
    settle(window)
    save(window, "proofread-typos.png")


INBOX = {
    "【向阳街道办事处】元旦节前安全检查.txt": "【安全生产】向阳街道开展元旦节前安全生产大检查\n1月2日，向阳街道办事处组织安监、消防等"
    "人员，对辖区企业、商超和出租屋开展节前安全检查，排查整改隐患12处。",
    "经济发展部-项目谋划培训会.txt": "【工作动态】经济发展部组织召开全区项目谋划包装专家培训会\n1月5日，经济发展部邀请省内专家，"
    "围绕项目谋划、包装和申报开展专题培训，各部门项目负责人参加。（开发区经济发展部）",
    "联谊会.txt": "【群团工作】开发区举办2024年元旦相亲联谊会\n12月31日，开发区团工委联合妇联举办元旦相亲联谊会，"
    "80余名单身青年参加。（开发区团工委）",
}


def inbox_shots(window, settle, save, wait, folder) -> None:
    """The 收稿箱 dock after three departments dropped their submissions, the adoption table with points, the
    export dialog's formats and the preferences' inbox tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabWidget

    folder.mkdir()
    window.issue_actions.panel.hide()  # the proofreading panel of the shot before shares the bottom
    window.inbox.set_folder(str(folder))
    settle(window)
    for name, text in INBOX.items():
        (folder / name).write_text(text, "utf-8")
    wait(lambda: window.inbox.table.rowCount() == len(INBOX))
    settle(window)
    window.resizeDocks([window.inbox], [220], Qt.Orientation.Vertical)
    window.inbox.table.selectRow(0)
    settle(window)
    save(window, "inbox.png")
    stats = window.issue_actions.stats_window
    stats.points = 2
    stats.all_time.setChecked(True)
    stats.kind.setCurrentIndex(stats.kind.findData("adoption"))
    stats.refresh()
    wait(lambda: stats.table_data is not None and stats.table_data.points == 2)
    settle(window)
    save(stats, "stats-adoption.png")

    from jianbao.gui.export_dialog import ExportChoice, ExportDialog
    from jianbao.gui.preferences import PreferencesDialog

    export = ExportDialog(window, "开发区资讯 2024年第1期", ExportChoice(str(folder.parent / "开发区资讯2024年第1期.docx")),
                          pdf_available=True)
    export.format.setCurrentIndex(1)
    export.show()
    settle(window)
    save(export, "export-dialog.png")
    export.close()
    prefs = PreferencesDialog(window, window.prefs)
    prefs.findChildren(QTabWidget)[0].setCurrentIndex(2)  # 收稿与统计
    prefs.inbox_folder.setText(str(folder))
    prefs.points.setValue(2)
    prefs.show()
    settle(window)
    save(prefs, "preferences-inbox.png")
    prefs.close()


def two_editors_shots(tmp: Path, language: str, wait, settle, save) -> int:
    """Two editors' windows on one PostgreSQL store (see the module's text)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pgcluster import Cluster

    from jianbao.desk import Desk
    from jianbao.gui.app import create_window
    from jianbao.gui.settings import open_settings
    from jianbao.paths import sample_path

    cluster = Cluster().start()
    windows = []
    try:
        with cluster.empty_store() as url:
            with Desk(url) as desk:
                desk.import_file(sample_path())
            for name in ("张三", "李四"):
                settings = open_settings(tmp / f"{name}.ini")
                settings.setValue("prefs/language", language)
                settings.setValue("prefs/editor_name", name)
                window = create_window(settings)
                window.resize(*SIZE)
                window.show()
                window.open_store(url)
                wait(lambda w=window: w.live.listening and w.model is not None and w.model.rowCount() > 0)
                settle(window)
                windows.append(window)
            zhang, li = windows

            def open_row(window, row: int) -> None:
                window.select_article(window.model.article_id(row))
                wait(lambda: window.editor.article_id == window.model.article_id(row))
                settle(window)

            wang = Desk(url, author="王五")  # a third editor, on another article
            wang.hold_article(zhang.model.article_id(5))
            open_row(li, 2)
            li.editor.body.textCursor().insertText("【李四补充】")
            open_row(zhang, 2)
            wait(lambda: zhang.live.notice is not None and zhang.live.notice.isVisible())
            wait(lambda: bool(zhang.model.editors_of(zhang.model.article_id(2)))
                 and bool(zhang.model.editors_of(zhang.model.article_id(5))))
            settle(zhang)
            save(zhang, "shared-presence.png")
            zhang.editor.title.setText(zhang.editor.title.text() + "（张三改）")
            zhang.editor.title.textEdited.emit(zhang.editor.title.text())
            zhang.editor.save()
            wait(lambda: li.live.notice is not None and li.live.notice.compare.isVisible())
            settle(li)
            save(li, "shared-changed.png")
            conflict_shot(li, settle, save, wait)
            issue_conflict_shot(li, url, settle, save, wait)
            for window in windows:
                window.live.stop()
                window.worker.close()
            wang.close()
    finally:
        cluster.stop()
    return 0


def conflict_shot(window, settle, save, wait) -> None:
    """The editor also retitles the article, then saves over the other's version: the conflict dialog."""
    from PySide6.QtWidgets import QApplication, QDialog

    from jianbao.gui.conflict import ConflictDialog

    shown: list = []

    def exec_(dialog) -> int:
        dialog.show()
        for _ in range(20):  # not settle(): the worker is busy handing over this very conflict
            QApplication.processEvents()
        save(dialog, "conflict.png")
        shown.append(dialog)
        dialog.close()
        return QDialog.DialogCode.Rejected  # decide later: the window keeps the unsaved text

    ConflictDialog.exec = exec_  # type: ignore[method-assign]
    window.editor.title.setText(window.editor.title.text() + "（李四改）")
    window.editor.title.textEdited.emit(window.editor.title.text())
    window.live.notice.compare.click()
    wait(lambda: bool(shown))
    settle(window)


def issue_conflict_shot(window, url: str, settle, save, wait) -> None:
    """Another editor saves the issue open in the composer; the composer's own save then meets the question."""
    from PySide6.QtWidgets import QApplication

    from jianbao.desk import Desk
    from jianbao.gui.dialogs import Ask
    from jianbao.models import IssueSection

    with Desk(url) as desk:
        issue, _ = desk.create_issue("开发区资讯", article_ids=[1, 2, 3, 4], date="2024-01-08")
    composer = window.issue_actions.show_composer(int(issue.id))
    wait(lambda: composer.issue is not None and len(composer.tree.article_ids()) == 4)
    settle(window)
    asked: list = []

    def yes_no(cls, parent, title, text, *, yes, no) -> bool:
        box = cls(cls.Icon.Question, title, text, cls.StandardButton.NoButton, parent)
        box.addButton(yes, cls.ButtonRole.AcceptRole)
        box.addButton(no, cls.ButtonRole.RejectRole)
        box.show()
        for _ in range(20):  # not settle(): the worker is busy handing over this very conflict
            QApplication.processEvents()
        save(box, "issue-conflict.png")
        box.close()
        asked.append(text)
        return True

    Ask.yes_no = classmethod(yes_no)  # type: ignore[method-assign]
    with Desk(url) as other:
        other.update_issue(issue.id, {"editors_note": "本期聚焦安全生产。"}, expected_revision=1)
        other.set_issue_sections(issue.id, [IssueSection("要闻", (1, 2, 3))], expected_revision=2)
    composer.form.compiling_unit.setText("经济开发区党政办公室")
    composer.form.compiling_unit.textEdited.emit("经济开发区党政办公室")
    composer.form.flush()
    wait(lambda: bool(asked))
    settle(window)
    composer.close()


def shared_store_shots(window, settle, save) -> None:
    """The password a shared store asks for, the editor's name in the preferences, and who made each revision."""
    from jianbao.gui.password_dialog import PasswordDialog
    from jianbao.gui.preferences import PreferencesDialog
    from jianbao.gui.revisions import RevisionDialog

    ask = PasswordDialog(window, "postgresql://zhangsan@10.0.0.5:5432/jianbao?sslmode=require", wrong=False,
                         can_remember=True)
    ask.password.setText("********")
    ask.show()
    settle(window)
    save(ask, "password.png")
    ask.close()
    prefs = PreferencesDialog(window, window.prefs)
    prefs.store_path.setText("postgresql://zhangsan@10.0.0.5:5432/jianbao?sslmode=require")
    prefs.editor_name.setText("张编辑")
    prefs.show()
    settle(window)
    save(prefs, "preferences-general.png")
    prefs.close()
    article = window.model.article_id(0)

    def edit(desk):
        art = desk.article(article)
        desk.sign_as("张编辑")
        desk.edit_article(article, {"body": art.body.replace("。", "，并作出部署。", 1)}, expected_revision=art.revision)
        desk.sign_as("李审核")
        desk.edit_article(article, {"title": art.title + "（审定稿）"}, expected_revision=art.revision + 1)
        return desk.revisions(article), desk.article(article)

    found: list = []
    window.worker.submit(edit, found.append)
    settle(window)
    history = RevisionDialog(window, *found[0])
    history.list.setCurrentRow(2)
    history.show()
    settle(window)
    save(history, "history.png")
    history.close()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "app"))
    raise SystemExit(main(sys.argv[1:]))
