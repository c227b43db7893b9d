"""Revision history of an article: every saved version, its differences from the current one, restore."""
from __future__ import annotations

import difflib
import html
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from jianbao.gui.labels import status_name

_META = ("category", "units", "date", "date_text", "people", "status", "editors_note")
_STRUCK = '<span style="background:#fdd;color:#a00;text-decoration:line-through">'
_OLD = '<span style="background:#fdd;color:#a00">'
_NEW = '<span style="background:#dfd;color:#060">'


def _pieces(old: str, new: str) -> Iterator[tuple[str, str, str]]:
    """(what both have, what only `old` has, what only `new` has) for each stretch, HTML-escaped."""
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        same = op == "equal"
        yield (html.escape(old[a1:a2]) if same else "", "" if same else html.escape(old[a1:a2]),
               "" if same else html.escape(new[b1:b2]))


def _marked(text: str, style: str) -> str:
    return f"{style}{text}</span>" if text else ""


def diff_html(old: str, new: str) -> str:
    """Character-level differences in one text: deletions struck through in red, insertions in green."""
    out = "".join(same + _marked(gone, _STRUCK) + _marked(added, _NEW) for same, gone, added in _pieces(old, new))
    return out.replace("\n", "<br>")


def diff_sides(old: str, new: str) -> tuple[str, str]:
    """The same differences side by side: `old` with what only it has in red, `new` with what only it has in
    green."""
    pieces = list(_pieces(old, new))
    left = "".join(same + _marked(gone, _OLD) for same, gone, _ in pieces)
    right = "".join(same + _marked(added, _NEW) for same, _, added in pieces)
    return left.replace("\n", "<br>"), right.replace("\n", "<br>")


def field_label(field: str) -> str:
    """An article field's name as the editor knows it."""
    labels = {"title": QCoreApplication.translate("RevisionDialog", "标题"),
              "body": QCoreApplication.translate("RevisionDialog", "正文"),
              "category": QCoreApplication.translate("RevisionDialog", "栏目"),
              "units": QCoreApplication.translate("RevisionDialog", "报送单位"),
              "date": QCoreApplication.translate("RevisionDialog", "日期"),
              "date_text": QCoreApplication.translate("RevisionDialog", "原文日期"),
              "people": QCoreApplication.translate("RevisionDialog", "人物"),
              "status": QCoreApplication.translate("RevisionDialog", "状态"),
              "editors_note": QCoreApplication.translate("RevisionDialog", "编者按")}
    return labels.get(field, field)


def shown(field: str, value: Any) -> str:
    """A field's value as text."""
    if isinstance(value, (list, tuple)):
        return "、".join(value)
    if field == "status":
        return status_name(value)
    return "" if value is None else str(value)


class RevisionDialog(QDialog):
    """Pick a revision to see how it differs from the current text; Restore makes it current again."""

    def __init__(self, parent: QWidget | None, revisions: list[Any], current: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("历史版本：{0}").format(current.title))
        self.resize(960, 640)
        self._current = current
        self._revisions = {r.revision: r for r in revisions}
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        for rev in reversed(revisions):
            mark = self.tr("（当前）") if rev.revision == current.revision else ""
            author = getattr(rev, "author", "") or self.tr("（未记录）")
            item = QListWidgetItem(self.tr("第 {0} 版 {1}\n{2} {3} · {4}").format(
                rev.revision, mark, rev.at[:16].replace("T", " "), self._reason(rev.reason), author))
            item.setToolTip(self.tr("修改人：{0}").format(author))
            item.setData(Qt.ItemDataRole.UserRole, rev.revision)
            self.list.addItem(item)
        self.view = QTextBrowser(self)
        self.view.setObjectName("revisionDiff")
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setSizes([260, 700])
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("恢复此版本"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("与当前版本比较：红色删除线为当前版本中已删去的文字，绿色为新增的文字。"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(legend)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.list.setCurrentRow(min(1, self.list.count() - 1))

    def _reason(self, reason: str) -> str:
        known = {"imported": self.tr("导入"), "created": self.tr("新建"), "edited": self.tr("编辑")}
        if reason.startswith("restored revision "):
            return self.tr("恢复自第 {0} 版").format(reason.rsplit(" ", 1)[-1])
        return known.get(reason, reason)

    def selected_revision(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_selected(self) -> None:
        number = self.selected_revision()
        if number is None:
            return
        snap = self._revisions[number].snapshot
        cur = self._current
        self.restore_button.setEnabled(number != cur.revision)
        rows = []
        for field in _META:
            old, new = shown(field, snap.get(field)), shown(field, getattr(cur, field))
            if old != new:
                rows.append(f"<tr><td><b>{html.escape(field_label(field))}</b></td>"
                            f"<td>{diff_html(old, new)}</td></tr>")
        parts = [f"<h3>{diff_html(snap.get('title', ''), cur.title)}</h3>"]
        if rows:
            parts.append(f"<table cellpadding='3'>{''.join(rows)}</table><hr>")
        parts.append(f"<p style='line-height:160%'>{diff_html(snap.get('body', ''), cur.body)}</p>")
        self.view.setHtml("".join(parts))

    @classmethod
    def choose(cls, parent: QWidget | None, revisions: list[Any], current: Any) -> int | None:
        """The revision number to restore, or None."""
        dlg = cls(parent, revisions, current)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            number = dlg.selected_revision()
            return number if number != current.revision else None
        return None
