"""Two editors saved one article: the other's saved version and my unsaved one side by side, field by field."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from jianbao.gui.revisions import diff_sides, field_label, shown

COMPARED = ("title", "body", "category", "units", "date", "date_text", "people", "status", "editors_note")
THEIRS = 2  # the dialog's result code for "take theirs"


def my_version(current: Any, mine: dict[str, Any], base: Any = None) -> dict[str, Any]:
    """Every compared field as my window has it: my changes over the version I opened (else over theirs)."""
    start = base if base is not None else current
    return {f: mine[f] if f in mine else getattr(start, f) for f in COMPARED}


def version_text(values: dict[str, Any]) -> str:
    """A version as plain text an editor can paste back: title, fields, body."""
    lines = [shown("title", values.get("title")), ""]
    for field in COMPARED[2:]:
        value = shown(field, values.get(field))
        if value:
            lines.append(f"{field_label(field)}：{value}")
    return "\n".join([*lines, "", shown("body", values.get("body"))])


def copy_version(current: Any, mine: dict[str, Any], base: Any = None) -> None:
    """My version onto the clipboard (taking theirs must not lose it)."""
    QGuiApplication.clipboard().setText(version_text(my_version(current, mine, base)))


class ConflictDialog(QDialog):
    """Keep mine (overwrite; theirs stays in the history), take theirs (mine goes to the clipboard), or later."""

    def __init__(self, parent: QWidget | None, current: Any, mine: dict[str, Any], *, base: Any = None,
                 author: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("文章已在别处修改"))
        self.resize(1000, 640)
        who = author or self.tr("另一位编辑")
        at = str(current.updated)[:16].replace("T", " ")
        head = QLabel(self.tr("《{0}》在你编辑期间已由 {1} 保存为第 {2} 版（{3}）。下面是两个版本不同的地方：").format(
            current.title, who, current.revision, at), self)
        head.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("conflictView")
        self.fields = self._differing(current, mine, base)
        self.view.setHtml(self._table(current, mine, base, who))
        legend = QLabel(self.tr("红色为只有对方版本有的文字，绿色为只有你的版本有的文字。"
                                "保留我的修改：你改过的字段覆盖对方的，对方的版本仍在历史版本中；"
                                "采用对方版本：你的版本复制到剪贴板，可随时粘贴找回。"), self)
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.mine_button = buttons.addButton(self.tr("保留我的修改"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton(self.tr("采用对方版本"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("稍后决定"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.theirs_button.clicked.connect(lambda: self.done(THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)

    @staticmethod
    def _differing(current: Any, mine: dict[str, Any], base: Any) -> list[str]:
        values = my_version(current, mine, base)
        return [f for f in COMPARED if shown(f, getattr(current, f)) != shown(f, values[f])]

    def _table(self, current: Any, mine: dict[str, Any], base: Any, who: str) -> str:
        values = my_version(current, mine, base)
        theirs_head = self.tr("对方保存的版本（第 {0} 版 · {1}）").format(current.revision, who)
        mine_head = self.tr("我未保存的版本")
        untouched = self.tr("（你未改动此项：保留我的修改时也用对方的）")
        head = (f"<tr><th width='50%' bgcolor='#f4f4f4'>{html.escape(theirs_head)}</th>"
                f"<th width='50%' bgcolor='#f4f4f4'>{html.escape(mine_head)}</th></tr>")
        rows = [head]
        for field in self.fields:
            theirs, ours = diff_sides(shown(field, getattr(current, field)), shown(field, values[field]))
            note = "" if field in mine else f" <i>{html.escape(untouched)}</i>"
            label = html.escape(field_label(field))
            rows.append(f"<tr><td colspan='2' bgcolor='#eef3fb'><b>{label}</b>{note}</td></tr>"
                        f"<tr><td valign='top'>{theirs}</td><td valign='top'>{ours}</td></tr>")
        return f"<table width='100%' cellpadding='5' cellspacing='0' border='1'>{''.join(rows)}</table>"

    @classmethod
    def ask(cls, parent: QWidget | None, current: Any, mine: dict[str, Any], *, base: Any = None,
            author: str = "") -> str | None:
        """'mine', 'theirs', or None to decide later."""
        code = cls(parent, current, mine, base=base, author=author).exec()
        return "mine" if code == QDialog.DialogCode.Accepted else "theirs" if code == THEIRS else None
