"""An issue changed elsewhere while the composer wrote to it: what the other editor changed, what of mine was not
saved, and the editor's choice (keep mine, or take theirs with mine on the clipboard)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication

from jianbao.gui.labels import status_name

FACTS = ("series", "year", "number", "total_number", "date", "compiling_unit", "editors_note", "show_contents",
         "recipients_bao", "recipients_song", "recipients_fa", "extra_recipients", "copies", "status")


_LABELS = {
    "series": QT_TRANSLATE_NOOP("IssueConflict", "简报名称"), "year": QT_TRANSLATE_NOOP("IssueConflict", "年份"),
    "number": QT_TRANSLATE_NOOP("IssueConflict", "期号"), "total_number": QT_TRANSLATE_NOOP("IssueConflict", "总期号"),
    "date": QT_TRANSLATE_NOOP("IssueConflict", "日期"), "compiling_unit": QT_TRANSLATE_NOOP("IssueConflict", "编印单位"),
    "editors_note": QT_TRANSLATE_NOOP("IssueConflict", "编者按"),
    "show_contents": QT_TRANSLATE_NOOP("IssueConflict", "本期要目"),
    "recipients_bao": QT_TRANSLATE_NOOP("IssueConflict", "报"), "recipients_song": QT_TRANSLATE_NOOP("IssueConflict", "送"),
    "recipients_fa": QT_TRANSLATE_NOOP("IssueConflict", "发"),
    "extra_recipients": QT_TRANSLATE_NOOP("IssueConflict", "本期增发"),
    "copies": QT_TRANSLATE_NOOP("IssueConflict", "印数"), "status": QT_TRANSLATE_NOOP("IssueConflict", "状态"),
    "sections": QT_TRANSLATE_NOOP("IssueConflict", "文章编排"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssueConflict", text)


def fact_label(field: str) -> str:
    return _tr(_LABELS[field]) if field in _LABELS else field


def _value(field: str, value: Any) -> str:
    if field == "sections":
        count = QCoreApplication.translate("IssueConflict", "{0} 篇")  # each section: its title, its articles
        return "、".join((f"{s.title} " if s.title else "") + count.format(len(s.article_ids)) for s in value)
    if field == "status":
        return status_name(value)
    if field == "show_contents":
        return (QCoreApplication.translate("IssueConflict", "印") if value
                else QCoreApplication.translate("IssueConflict", "不印"))
    return "" if value is None else str(value)


def theirs_changed(mine_before: Any, current: Any) -> list[str]:
    """Lines saying what the other editor changed: each fact from what I had to what is stored now."""
    changed = [f for f in FACTS if getattr(mine_before, f) != getattr(current, f)]
    if mine_before.sections != current.sections:
        changed.append("sections")
    line = QCoreApplication.translate("IssueConflict", "{0}：“{1}” → “{2}”")
    return [line.format(fact_label(f), _value(f, getattr(mine_before, f)), _value(f, getattr(current, f)))
            for f in changed]


def my_changes(mine: dict[str, Any]) -> list[str]:
    return [f"{fact_label(k)}：{_value(k, v)}" for k, v in mine.items()]


def describe(mine_before: Any, current: Any, mine: dict[str, Any]) -> str:
    """The message: the issue's new revision, what the other editor changed, what of mine waits, the choice."""
    theirs = theirs_changed(mine_before, current) if mine_before is not None else []
    parts = [QCoreApplication.translate(
        "IssueConflict", "第{0}期在你修改期间已被别人保存（现为第 {1} 版），你的修改还没有保存。").format(
        current.number, current.revision)]
    parts.append(QCoreApplication.translate("IssueConflict", "对方改了：") + "\n  " + "\n  ".join(
        theirs or [QCoreApplication.translate("IssueConflict", "（只改了保存时间）")]))
    if mine:
        parts.append(QCoreApplication.translate("IssueConflict", "你的修改：") + "\n  " + "\n  ".join(my_changes(mine)))
    parts.append(QCoreApplication.translate(
        "IssueConflict", "保留我的修改：在对方的版本上再保存你的修改。\n采用对方的版本：载入对方的版本，你的修改复制到剪贴板。"))
    return "\n\n".join(parts)


def ask_keep_mine(parent: Any, mine_before: Any, exc: Any) -> bool:
    """The question: True to keep mine, False to take theirs."""
    from jianbao.gui.dialogs import Ask

    return Ask.yes_no(parent, QCoreApplication.translate("IssueConflict", "本期已在别处修改"),
                      describe(mine_before, exc.current, exc.mine),
                      yes=QCoreApplication.translate("IssueConflict", "保留我的修改"),
                      no=QCoreApplication.translate("IssueConflict", "采用对方的版本"))


def copy_mine(mine: dict[str, Any]) -> None:
    """Taking theirs never loses what I typed: it goes to the clipboard."""
    QGuiApplication.clipboard().setText("\n".join(my_changes(mine)))


def save_again(desk: Any, issue_id: int, mine: dict[str, Any]) -> tuple[Any, Any]:
    """Keep mine: my refused changes saved again, built on the issue as it is now (on the worker)."""
    from jianbao.models import Changed

    current = desk.issue(issue_id)
    rev, result = current.revision, (current, Changed(issues=(current.id,)))
    facts = {k: v for k, v in mine.items() if k not in ("sections", "status")}
    if "sections" in mine:
        result = desk.set_issue_sections(issue_id, mine["sections"], expected_revision=rev)
        rev = result[0].revision
    if facts:
        result = desk.update_issue(issue_id, facts, expected_revision=rev)
        rev = result[0].revision
    status = mine.get("status")
    if status is not None and status != current.status:
        change = {"approved": desk.lock_issue, "signed": desk.sign_issue, "draft": desk.unlock_issue}[status]
        result = change(issue_id, expected_revision=rev)
    return result
