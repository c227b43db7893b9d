"""User actions that cross windows: convert with a preview, export an issue, save preferences and the store's lists."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from jianbao.gui.worker import Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# -- conversion ------------------------------------------------------------------------------
def convert_articles(window: Any, article_ids: list[int]) -> None:
    """Preview the conversion of articles; when accepted, convert them all as one step the editor can undo."""
    from jianbao.gui.convert_preview import ConvertPreviewDialog, target_name

    if not article_ids:
        window.show_message(translate("Flows", "先在列表中选择要转换的文章"), 5000)
        return
    if window.editor_built:
        window.editor.flush()  # the preview must see what the editor typed (the save runs first on the worker)
    prefs = window.prefs
    choice = ConvertPreviewDialog.ask(window, window.worker, article_ids=list(article_ids), to=prefs.convert_to,
                                      phrases=prefs.convert_phrases)
    if choice is None:
        return
    name = target_name(choice.to)

    def task(desk: Any) -> Any:
        return desk.convert_articles(list(choice.expected), choice.to, phrases=choice.phrases,
                                     expected=choice.expected)

    def done(result: tuple[list[Any], Any]) -> None:
        articles, reverted = result
        window.issue_actions.history.record(translate("Flows", "转换为{0}（{1} 篇）").format(name, len(articles)),
                                            dict(reverted.revisions))
        window.show_message(translate("Flows", "已转换为{0}：{1} 篇；“编辑 → 撤销转换”可一步恢复").format(name, len(articles)), 8000)
        window.issue_actions.articles_rewritten(reverted.changed)

    window.worker.submit(task, done)


def convert_selection(window: Any) -> None:
    """Convert the text selected in the body: the preview, then one undoable edit in the editor."""
    from PySide6.QtGui import QTextCursor

    from jianbao.gui.convert_preview import ConvertPreviewDialog

    if not window.editor_built or window.editor.article is None:
        return
    body = window.editor.body
    cursor = body.textCursor()
    text = cursor.selection().toPlainText()
    if not text.strip():
        window.show_message(translate("Flows", "先在正文中选中要转换的文字"), 5000)
        return
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    prefs = window.prefs
    choice = ConvertPreviewDialog.ask(window, window.worker, text=text, to=prefs.convert_to,
                                      phrases=prefs.convert_phrases)
    if choice is None or choice.text is None:
        return
    cursor = QTextCursor(body.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(choice.text)  # one step on the editor's undo stack


# -- export --------------------------------------------------------------------------------
def default_export_path(window: Any, issue: Any) -> str:
    folder = window.settings.value("export/folder", "")
    base = Path(folder) if isinstance(folder, str) and folder and Path(folder).is_dir() else Path.home()
    return str(base / f"{issue.series}{issue.year}年第{issue.number}期.docx")


def export_issue(window: Any, issue_id: int) -> None:
    """Ask how, export in the background, then offer to open the file or its folder."""

    def ask(data: tuple[Any, bool]) -> None:
        from jianbao.gui.export_dialog import ExportChoice, ExportDialog

        issue, pdf_available = data
        defaults = ExportChoice(default_export_path(window, issue), None, window.prefs.template or None,
                                issue.show_contents, False)
        label = translate("Flows", "{0} {1}年第{2}期").format(issue.series, issue.year, issue.number)
        choice = ExportDialog.ask(window, label, defaults, pdf_available=pdf_available)
        if choice is not None:
            window.settings.setValue("export/folder", str(Path(choice.path).parent))
            run_export(window, issue_id, choice)

    def facts(desk: Any) -> tuple[Any, bool]:
        from jianbao.export.pdf import available

        return desk.issue(issue_id), available()

    window.worker.submit(facts, ask)


def run_export(window: Any, issue_id: int, choice: Any) -> Progress:
    def task(desk: Any, progress: Progress) -> list[Path]:
        progress.report(0, 2 if choice.pdf else 1, translate("Flows", "写 Word 文档") if choice.fmt == "docx"
                        else translate("Flows", "导出"))
        result = desk.export_issue(issue_id, choice.path, script=choice.script, template=choice.template,
                                   contents=choice.contents, fmt=choice.fmt)
        paths = [Path(result.path)]
        if choice.pdf:
            progress.check()
            progress.report(1, 2, translate("Flows", "用 LibreOffice 生成 PDF"))
            paths.append(desk.export_pdf(result.path))
        return paths

    def done(paths: list[Path]) -> None:
        from jianbao.gui.export_dialog import ExportDoneDialog, open_result

        window.show_message(translate("Flows", "已导出 {0}").format(paths[0]), 8000)
        what = ExportDoneDialog.ask(window, paths)
        open_result(what, paths[0])

    return window.worker.run_long(translate("Flows", "正在导出"), task, done)


# -- preferences -----------------------------------------------------------------------------
def edit_preferences(window: Any) -> None:
    """The dialog with the store's roster and protected terms when the store is open."""
    if not window.worker.ready:
        _preferences(window, None)
        return

    def lists(desk: Any) -> Any:
        from jianbao.gui.preferences import StoreLists

        return StoreLists(tuple(desk.store.roster()), tuple(t.word for t in desk.terms("protect")))

    window.worker.submit(lists, lambda found: _preferences(window, found))


def _preferences(window: Any, lists: Any) -> None:
    from jianbao.gui.dialogs import PreferencesDialog
    from jianbao.gui.settings import save_prefs

    choice = PreferencesDialog.ask(window, window.prefs, lists)
    if choice is None:
        return
    prefs = save_prefs(window.settings, choice.prefs)
    if prefs.language != window.prefs.language or prefs.store_path != window.prefs.store_path:
        window.show_message(translate("Flows", "界面语言和资料库位置将在重新启动后生效"), 8000)
    if prefs.editor_name != window.prefs.editor_name and window.worker.ready:
        name = prefs.editor_name
        window.worker.submit(lambda desk: desk.sign_as(name))
    if prefs.inbox_folder != window.prefs.inbox_folder and window.inbox is not None:
        window.inbox.set_folder(prefs.inbox_folder)
    window.prefs = prefs
    if window.editor_built:
        window.editor.apply_prefs(prefs)
    if lists is not None and choice.lists is not None and choice.lists != lists:
        save_lists(window, lists, choice.lists)


def save_lists(window: Any, old: Any, new: Any) -> None:
    """Apply the differences in roster and protected terms."""
    gone_people = [p.name for p in old.roster if p.name not in {n.name for n in new.roster}]
    people = [p for p in new.roster if p not in old.roster]
    gone_words = [w for w in old.protected if w not in new.protected]
    words = [w for w in new.protected if w not in old.protected]

    def task(desk: Any) -> Any:
        from jianbao.models import Changed

        for name in gone_people:
            desk.remove_from_roster(name)
        if people:
            desk.save_roster(people)
        for word in gone_words:
            desk.remove_term(word, "protect")
        for word in words:
            desk.add_term(word)
        return Changed(people=bool(gone_people or people), terms=bool(gone_words or words))

    window.worker.submit(task, lambda changed: window.show_message(translate("Flows", "领导名单和专有词已保存"), 5000))
