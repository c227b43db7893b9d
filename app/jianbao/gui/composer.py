"""The issue composer: pick articles, order them in sections, write the issue's facts; see pages and warnings."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout,
                               QWidget)

from jianbao.gui.issue_checks import IssueChecks
from jianbao.gui.issue_form import IssueForm
from jianbao.gui.issue_tree import IssueTree
from jianbao.filters import ArticleFilter
from jianbao.gui.source_panel import SourcePanel
from jianbao.gui.worker import DeskWorker
from jianbao.models import LOCKED_ISSUE


class ComposerWindow(QWidget):
    """One issue at a time; every change is saved at once and announced as `changed(Changed)`."""

    changed = Signal(object)
    convert_requested = Signal(list)     # article ids
    proofread_requested = Signal(int)    # issue id
    export_requested = Signal(int)       # issue id
    article_activated = Signal(int)

    def __init__(self, worker: DeskWorker, parent: QWidget | None = None, *, default_series: str = "") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("composer")
        self.setWindowTitle(self.tr("组期"))
        self._worker = worker
        self._default_series = default_series
        self.issue: Any = None
        self._draft: dict[str, Any] | None = None
        # The open issue's revision each write builds on; kept on the worker's thread, so writes queued one
        # after another each build on the one before (a write built on an older one meets a conflict).
        self._revision: int | None = None
        self._refused: dict[str, Any] | None = None  # my refused changes while the editor decides on them

        self.picker = QComboBox(self)
        self.picker.setObjectName("issuePicker")
        self.picker.setMinimumWidth(240)
        self.new_button = QPushButton(self.tr("新建一期"), self)
        self.status = QLabel(self)
        self.status.setObjectName("issueStatus")
        self.lock_button = QPushButton(self.tr("审定并锁定"), self)
        self.lock_button.setObjectName("lockIssue")
        self.sign_button = QPushButton(self.tr("签发"), self)
        self.sign_button.setObjectName("signIssue")
        self._role: str | None = None  # the account's role on a shared store (None: a store file, no roles)
        self.proofread_button = QPushButton(self.tr("校对整期"), self)
        self.convert_button = QPushButton(self.tr("转换整期…"), self)
        self.export_button = QPushButton(self.tr("导出 Word…"), self)
        self.export_button.setObjectName("exportIssue")
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("期："), self), self.picker, self.new_button, self.status):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.lock_button, self.sign_button, self.proofread_button, self.convert_button, self.export_button):
            bar.addWidget(w)

        self.source = SourcePanel(worker, self)
        self.form = IssueForm(self)
        self.tree = IssueTree(self)
        self.hint = QLabel(self.tr("把左边的文章拖到这里（或选中后点“加入本期”），拖动调整顺序；"
                                   "可新建栏目，双击栏目改名。"), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self.section_button = QPushButton(self.tr("新建栏目"), self)
        self.group_button = QPushButton(self.tr("按栏目分组"), self)
        self.group_button.setToolTip(self.tr("按文章的栏目分成几组，栏目名作为小标题"))
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.up_button.setToolTip(self.tr("上移一篇（选中栏目时移动整个栏目）"))
        self.down_button.setToolTip(self.tr("下移一篇（选中栏目时移动整个栏目）"))
        self.remove_button = QPushButton(self.tr("移出本期"), self)
        tools = QHBoxLayout()
        for b in (self.section_button, self.group_button, self.up_button, self.down_button, self.remove_button):
            tools.addWidget(b)
        tools.addStretch(1)
        middle = QWidget(self)
        mcol = QVBoxLayout(middle)
        mcol.setContentsMargins(0, 0, 0, 0)
        mcol.addWidget(self.hint)
        mcol.addWidget(self.tree, 1)
        mcol.addLayout(tools)
        mcol.addWidget(self.form.note_box)

        self.checks = IssueChecks(worker, self)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.form)
        rcol.addWidget(self.checks, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(self)
        for w in (self.source, middle, scroll):
            self.splitter.addWidget(w)
        self.splitter.setSizes([380, 460, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.resize(1280, 800)

        self.source.add_requested.connect(self.add_articles)
        self.tree.arranged.connect(self._arranged)
        self.tree.article_activated.connect(self.article_activated.emit)
        self.form.edited.connect(self._facts_edited)
        self.picker.activated.connect(lambda _i: self._picked())
        self.new_button.clicked.connect(self.new_issue)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.sign_button.clicked.connect(self.sign)
        self.section_button.clicked.connect(lambda: self.tree.add_section(self.tr("新栏目")))
        self.group_button.clicked.connect(self.group_by_category)
        self.up_button.clicked.connect(lambda: self.tree.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.tree.move_selected(+1))
        self.remove_button.clicked.connect(self.tree.remove_selected)
        self.proofread_button.clicked.connect(lambda: self.issue and self.proofread_requested.emit(int(self.issue.id)))
        self.convert_button.clicked.connect(lambda: self.convert_requested.emit(self.tree.article_ids()))
        self.export_button.clicked.connect(self._export)
        self._show_state()
        self._worker.submit(lambda desk: desk.my_role(), self._role_known)

    # -- loading ------------------------------------------------------------------------
    def start(self) -> None:
        """Fill the pickers; open the newest issue, or a new one when there is none."""
        self.source.load_bulletins()
        self.reload_issues(open_newest=self.issue is None and self._draft is None)

    def reload_issues(self, *, open_newest: bool = False) -> None:
        def done(issues: list[Any]) -> None:
            self.picker.clear()
            for i in issues:
                self.picker.addItem(self.tr("{0} {1}年第{2}期").format(i.series, i.year, i.number), int(i.id))
            if self._draft is not None:
                self.picker.addItem(self.tr("（新的一期，尚未保存）"), None)
            current = int(self.issue.id) if self.issue is not None else None
            self.picker.setCurrentIndex(max(self.picker.findData(current), 0))
            if open_newest:
                if issues:
                    self.open_issue(int(issues[0].id))
                else:
                    self.new_issue()

        self._worker.submit(lambda desk: desk.issues(), done)

    def issues_changed_elsewhere(self, issue_ids: tuple[int, ...] | None) -> None:
        """Another editor changed issues (None: maybe any): the picker, and the open issue when among them
        (gone: the newest). The facts being typed are saved first, as when another issue is opened."""
        current = int(self.issue.id) if self.issue is not None else None
        if current is None or (issue_ids is not None and current not in issue_ids):
            self.reload_issues()
            return
        self._worker.submit(lambda desk: desk.issue(current), lambda _i: self.open_issue(current), self._gone)

    def _gone(self, exc: BaseException) -> None:
        """An issue being opened was deleted by another editor (after it was listed, or between the check
        and the opening): open the newest one left, as when its deletion is heard of. Other failures are
        reported."""
        from jianbao.errors import NotFoundError

        if isinstance(exc, NotFoundError):
            self.issue = None
            self.reload_issues(open_newest=True)
        else:
            self._worker.failed.emit(exc)

    def _picked(self) -> None:
        issue_id = self.picker.currentData()
        if issue_id is not None and (self.issue is None or int(self.issue.id) != issue_id):
            self.open_issue(int(issue_id))

    def open_issue(self, issue_id: int) -> None:
        self.form.flush()

        def task(desk: Any) -> tuple[Any, dict[int, Any]]:
            issue = desk.issue(issue_id)
            self._revision = issue.revision
            rows = desk.list_articles(ArticleFilter(ids=tuple(issue.article_ids)), limit=10_000)
            return issue, {int(r.id): r for r in rows}

        def done(result: tuple[Any, dict[int, Any]]) -> None:
            issue, rows = result
            self.issue, self._draft = issue, None
            self.tree.set_content(list(issue.sections), rows)
            self.form.load(self._facts(issue))
            self.reload_issues()
            self._after_change()

        self._worker.submit(task, done, self._gone)

    @staticmethod
    def _facts(issue: Any) -> dict[str, Any]:
        from dataclasses import asdict

        return {k: v for k, v in asdict(issue).items() if k != "sections"}

    def new_issue(self, series: str | None = None) -> None:
        """A new issue of the series (the last one used, else the preference): number and date proposed."""
        self.form.flush()
        wanted = series or (self.issue.series if self.issue is not None else self._default_series)
        today = dt.date.today().isoformat()

        def done(proposal: Any) -> None:
            self.issue = None
            self._draft = {"series": proposal.series, "number": proposal.number,
                           "total_number": proposal.total_number, "date": proposal.date,
                           "compiling_unit": "", "show_contents": False}
            self.tree.set_content([])
            self.form.load(self._draft)
            self.reload_issues()
            self._after_change()

        self._worker.submit(lambda desk: desk.propose_issue(wanted or self.tr("简报"), today), done)

    # -- changes ------------------------------------------------------------------------
    def add_articles(self, ids: list[int]) -> None:
        """"Add to issue": at the end of the current section (from the main list too)."""
        if self.locked:
            self._say(self.tr("本期已审定锁定，先解锁才能加入文章"))
            return
        if self.issue is None and self._draft is None:
            return
        self.tree.add_articles([int(i) for i in ids])

    def _arranged(self, sections: list[Any]) -> None:
        sections = [s for s in sections if s.article_ids]
        self._fetch_missing_rows()
        if self.issue is None:
            if not sections or self._draft is None:
                return
            facts = {**self._draft, **self.form.values()}
            series, number, total, date = (facts.pop(k) for k in ("series", "number", "total_number", "date"))

            def create(desk: Any) -> Any:
                result = desk.create_issue(series, number=number, total_number=total, date=date,
                                           sections=sections, **facts)
                self._revision = result[0].revision
                return result

            self._worker.submit(create, self._saved, self._failed)
        elif sections:
            self._write(lambda desk, i, rev: desk.set_issue_sections(i, sections, expected_revision=rev))

    def _write(self, call: Any) -> None:
        """One write of the open issue: `call(desk, issue_id, revision)` builds on the revision this window
        last saw."""
        issue_id = int(self.issue.id)

        def task(desk: Any) -> tuple[Any, Any]:
            issue, changed = call(desk, issue_id, self._revision)
            if int(issue.id) == issue_id:
                self._revision = issue.revision
            return issue, changed

        self._worker.submit(task, self._saved, self._failed)

    def _saved(self, result: tuple[Any, Any]) -> None:
        issue, changed = result
        created = self.issue is None
        self.issue, self._draft = issue, None
        if created:
            self.form.load(self._facts(issue))
            self.reload_issues()
        self.changed.emit(changed)
        self._after_change()

    def _failed(self, exc: BaseException) -> None:
        """The store refused (e.g. the number is taken): show why and put back what is stored."""
        from jianbao.errors import ConflictError

        if isinstance(exc, ConflictError) and self.issue is not None and int(exc.current.id) == int(self.issue.id):
            self._conflict(exc)
            return
        self._worker.failed.emit(exc)
        if self.issue is not None:
            self.open_issue(int(self.issue.id))

    def _conflict(self, exc: Any) -> None:
        """Another editor saved the issue first: say what they changed and what of mine waits; keep mine (save
        it again over theirs) or take theirs (mine to the clipboard). Nothing typed is dropped unsaid."""
        from jianbao.gui.issue_conflict import ask_keep_mine, copy_mine, save_again

        if self._refused is not None:  # a write queued behind the refused one: it joins the question asked
            self._refused.update(exc.mine)
            return
        self._refused = dict(exc.mine)
        keep = ask_keep_mine(self, self.issue, exc)
        mine, self._refused = self._refused, None
        if keep and mine:
            self._write(lambda desk, i, _rev: save_again(desk, i, mine))
        elif mine:  # the question said so: mine goes to the clipboard
            copy_mine(mine)
        self.open_issue(int(exc.current.id))

    def _facts_edited(self, changes: dict[str, Any]) -> None:
        if self.issue is None:
            if self._draft is not None:
                self._draft.update(changes)
                if "series" in changes or "date" in changes:
                    self._repropose()
                elif self.tree.article_ids():  # the store refused it before (a number taken): try again
                    self._arranged(self.tree.sections())
            return
        self._write(lambda desk, i, rev: desk.update_issue(i, changes, expected_revision=rev))

    def _repropose(self) -> None:
        draft = dict(self._draft or {})

        def done(proposal: Any) -> None:
            if self._draft is not None:
                self._draft.update(number=proposal.number, total_number=proposal.total_number)
                self.form.load(self._draft)

        self._worker.submit(lambda desk: desk.propose_issue(draft["series"], draft["date"]), done)

    def _fetch_missing_rows(self) -> None:
        missing = self.tree.missing_rows()
        if missing:
            self._worker.submit(lambda desk: desk.list_articles(ArticleFilter(ids=tuple(missing)),
                                                                limit=len(missing)),
                                lambda rows: (self.tree.set_rows({int(r.id): r for r in rows}), self._show_state()))

    def refresh_rows(self, article_ids: tuple[int, ...]) -> None:
        """Articles changed elsewhere (status, title, conversion): show them afresh."""
        mine = [int(a) for a in article_ids if int(a) in self.tree.article_ids()]
        if mine:
            self._worker.submit(lambda desk: desk.list_articles(ArticleFilter(ids=tuple(mine)), limit=len(mine)),
                                lambda rows: (self.tree.set_rows({int(r.id): r for r in rows}), self._after_change()))

    def group_by_category(self) -> None:
        ids = self.tree.article_ids()
        if ids and not self.locked:
            self._worker.submit(lambda desk: desk.group_by_category(ids), lambda s: self.tree._emit(list(s)))

    # -- locking --------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.issue is not None and self.issue.status in LOCKED_ISSUE

    def _role_known(self, role: str | None) -> None:
        self._role = role
        self._show_state()

    def sign(self) -> None:
        """签发: the approved issue is signed off, and stays locked."""
        from jianbao.gui.dialogs import Ask

        if self.issue is None or not Ask.yes_no(self, self.tr("签发本期"), self.tr("签发后本期仍然锁定，可以导出印发。"),
                                                yes=self.tr("签发"), no=self.tr("取消")):
            return
        self._write(lambda desk, i, rev: desk.sign_issue(i, expected_revision=rev))

    def toggle_lock(self) -> None:
        from jianbao.gui.dialogs import Ask

        if self.issue is None:
            return
        if self.locked:
            if Ask.yes_no(self, self.tr("解锁本期"), self.tr("本期已审定。解锁后可以再修改，修改完请重新审定。"),
                          yes=self.tr("解锁"), no=self.tr("取消")):
                self._write(lambda desk, i, rev: desk.unlock_issue(i, expected_revision=rev))
            return
        self.form.flush()
        pending = self.checks.problems()
        if pending and not Ask.yes_no(self, self.tr("审定本期"), self.tr("本期还有：\n{0}\n\n仍要审定并锁定吗？").format(
                "\n".join(pending)), yes=self.tr("审定并锁定"), no=self.tr("取消")):
            return
        self._write(lambda desk, i, rev: desk.lock_issue(i, expected_revision=rev))

    # -- pages, warnings, state ------------------------------------------------------------
    def _after_change(self) -> None:
        self._show_state()
        self.checks.issue_changed(int(self.issue.id) if self.issue is not None else None, self._unchecked())

    def _unchecked(self) -> list[str]:
        rows = [self.tree._rows.get(a) for a in self.tree.article_ids()]
        return [r.title for r in rows if r is not None and r.status == "draft"]

    def _show_state(self) -> None:
        locked = self.locked
        has_issue = self.issue is not None
        if has_issue:
            name = (self.tr("已签发（已锁定）") if self.issue.status == "signed" else
                    self.tr("已审定（已锁定）") if locked else self.tr("编辑中"))
            self.status.setText(name)
            self.status.setStyleSheet("color: #a00; font-weight: bold;" if locked else "color: #2a7;")
            self.setWindowTitle(self.tr("组期 — {0} {1}年第{2}期").format(self.issue.series, self.issue.year,
                                                                      self.issue.number))
        else:
            self.status.setText(self.tr("新的一期（加入文章后保存）") if self._draft is not None else "")
            self.status.setStyleSheet("color: #666;")
        self.lock_button.setText(self.tr("解锁") if locked else self.tr("审定并锁定"))
        # On a shared store the database refuses an editor these; the buttons say so before it has to.
        may_lock = self._role != "editor"
        self.lock_button.setEnabled(has_issue and may_lock)
        self.sign_button.setEnabled(has_issue and may_lock and self.issue.status == "approved")
        for b in (self.lock_button, self.sign_button):
            b.setToolTip("" if may_lock else self.tr("只有审核人可以审定、签发或解锁一期"))
        for b in (self.proofread_button, self.export_button):
            b.setEnabled(has_issue)
        for b in (self.convert_button, self.section_button, self.group_button, self.up_button, self.down_button,
                  self.remove_button, self.source.add_button):
            b.setEnabled(not locked and (has_issue or self._draft is not None))
        self.convert_button.setEnabled(has_issue and not locked)
        self.tree.set_locked(locked)
        self.form.set_read_only(locked)
        self.checks.set_unchecked(self._unchecked())

    def _export(self) -> None:
        if self.issue is not None:
            self.form.flush()
            self.export_requested.emit(int(self.issue.id))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def shutdown(self) -> None:
        """Save the facts being typed, stop any check (closing the composer or the whole window)."""
        self.form.flush()
        self.checks.stop()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
