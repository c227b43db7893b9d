"""Taking bulletins in from the clipboard, File > Open and drag and drop: preview, then import."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from jianbao.gui.worker import DeskWorker, Progress


class Importer(QObject):
    """One flow for every way in: a single source gets a preview; several files import in the background."""

    imported = Signal(object, object)  # Changed, first article id (or None)
    message = Signal(str)

    def __init__(self, window: QWidget, worker: DeskWorker) -> None:
        super().__init__(window)
        self._window = window
        self._worker = worker

    # -- ways in ------------------------------------------------------------------
    def paste(self) -> None:
        self.from_mime(QGuiApplication.clipboard().mimeData())

    def from_mime(self, mime: QMimeData | None) -> None:
        """Clipboard or a drop: local files are opened, HTML and plain text are previewed."""
        if mime is None:
            return
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.open_paths(files)
        elif mime.hasHtml() and mime.html().strip():
            self.preview_text(mime.html(), html=True)
        elif mime.hasText() and mime.text().strip():
            self.preview_text(mime.text())
        else:
            self.message.emit(self.tr("剪贴板里没有可导入的文字"))

    def open_dialog(self, folder: str = "") -> None:
        from jianbao.gui.dialogs import OpenFilesDialog

        paths = OpenFilesDialog.ask(self._window, folder)
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        if len(paths) == 1:
            path = paths[0]
            self.message.emit(self.tr("正在读取 {0}…").format(Path(path).name))
            self._worker.submit(lambda desk: desk.preview_file(path), self._review)
        elif paths:
            self.import_many(paths)

    def preview_text(self, text: str, *, html: bool = False) -> None:
        self.message.emit(self.tr("正在分析粘贴的文字…"))
        source = self.tr("粘贴（网页）") if html else self.tr("粘贴")
        self._worker.submit(lambda desk: desk.preview_text(text, html=html, source=source), self._review)

    def open_sample(self) -> None:
        from jianbao.paths import sample_path

        self.open_paths([str(sample_path())])

    # -- preview and import ---------------------------------------------------------
    def _review(self, result: Any) -> None:
        from jianbao.gui.split_preview import SplitPreviewDialog

        self.message.emit("")
        accepted = SplitPreviewDialog.review(self._window, self._worker, result)
        if accepted is not None:
            self._import(accepted, allow_duplicate=False)

    def _import(self, result: Any, *, allow_duplicate: bool) -> None:
        def failed(exc: BaseException) -> None:
            from jianbao.errors import DuplicateImportError
            from jianbao.gui.dialogs import Ask

            if isinstance(exc, DuplicateImportError) and Ask.yes_no(
                    self._window, self.tr("重复导入"), self.tr("{0}\n\n仍要再导入一份吗？").format(exc.message),
                    yes=self.tr("再导入一份"), no=self.tr("不导入")):
                self._import(result, allow_duplicate=True)
            elif not isinstance(exc, DuplicateImportError):
                self._worker.failed.emit(exc)

        def done(res: Any) -> None:
            self.message.emit(self.tr("已导入 {0} 篇文章").format(len(res.article_ids)))
            self.imported.emit(res.changed, res.article_ids[0] if res.article_ids else None)

        self._worker.submit(lambda desk: desk.import_split(result, allow_duplicate=allow_duplicate), done, failed)

    def import_many(self, paths: list[str]) -> Progress:
        """Several files in the background, with progress and cancel; one bad file does not stop the rest."""

        def task(desk: Any, progress: Progress) -> list:
            return desk.import_files(paths, progress=lambda n, total, name: progress.report(n, total, name),
                                     cancelled=lambda: progress.cancelled)

        def done(results: list) -> None:
            from jianbao.models import Changed

            ok = [r for r in results if hasattr(r, "article_ids")]
            failed = [r for r in results if not hasattr(r, "article_ids")]
            articles = tuple(a for r in ok for a in r.article_ids)
            changed = Changed(articles=articles, bulletins=tuple(r.bulletin_id for r in ok), taxonomy=True)
            text = self.tr("导入完成：{0} 个文件共 {1} 篇文章").format(len(ok), len(articles))
            if len(results) < len(paths):
                text += self.tr("；已取消，其余 {0} 个文件未导入").format(len(paths) - len(results))
            self.message.emit(text)
            if failed:
                from jianbao.gui.dialogs import Ask

                Ask.error(self._window, self.tr("{0} 个文件未能导入：").format(len(failed)),
                          "\n".join(f"{f.source}：{f.message}" for f in failed))
            if ok:
                self.imported.emit(changed, articles[0] if articles else None)

        return self._worker.run_long(self.tr("正在导入 {0} 个文件").format(len(paths)), task, done)
