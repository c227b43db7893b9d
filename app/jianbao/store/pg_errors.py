"""What the editor is told when a PostgreSQL server refuses: a role's missing right, a password, SSL.

The messages are fixed sentences (where the store is goes in the error's detail) so the GUI can show them
in the editor's language: scripts/build_translations.py reads this module's QT_TRANSLATE_NOOP marks.
"""
from __future__ import annotations

import re

from jianbao.errors import PasswordNeededError, PermissionDeniedError, StoreError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Marks a message for translation in the GUI; the core itself always speaks Chinese."""
    return text


LOCKED = QT_TRANSLATE_NOOP("StoreMessages", "这一期已审定锁定，只有审核人可以修改或解锁它；资料库没有改动。")
STATUS = QT_TRANSLATE_NOOP("StoreMessages", "只有审核人可以审定、签发或解锁一期；资料库没有改动。")
HISTORY = QT_TRANSLATE_NOOP("StoreMessages", "修订记录只能添加，不能改写；资料库没有改动。")
TAXONOMY = QT_TRANSLATE_NOOP("StoreMessages", "栏目的修改、改名、合并和删除由管理员进行，你的账号没有这项权限；资料库没有改动。")
ROSTER = QT_TRANSLATE_NOOP("StoreMessages", "单位和人员名册由管理员维护，你的账号没有这项权限；资料库没有改动。")
TERMS = QT_TRANSLATE_NOOP("StoreMessages", "专名表的修改和删除由管理员进行，你的账号没有这项权限；资料库没有改动。")
USERS = QT_TRANSLATE_NOOP("StoreMessages", "只有管理员可以添加用户或修改用户的角色；资料库没有改动。")
OTHER = QT_TRANSLATE_NOOP("StoreMessages", "你的账号没有权限做这项操作；资料库没有改动。")
UPGRADE = QT_TRANSLATE_NOOP("StoreMessages", "这个共用资料库需要建立或升级结构，须由它的所有者或能建立角色（CREATEROLE）的"
                                             "管理员账号用新版 Jianbao 先打开一次；资料库没有改动。")
NO_ACCESS = QT_TRANSLATE_NOOP("StoreMessages", "这个账号不能使用这个共用资料库（没有它的角色，或地址中的 search_path 不对）；"
                                               "请管理员用“jianbao users role”给你本资料库的角色。")
PASSWORD = QT_TRANSLATE_NOOP("StoreMessages", "连接这个共用资料库需要密码。")
WRONG_PASSWORD = QT_TRANSLATE_NOOP("StoreMessages", "用户名或密码不对，无法连接共用资料库。")
SSL_REFUSED = QT_TRANSLATE_NOOP("StoreMessages", "服务器不支持加密连接（SSL），而资料库地址要求加密（sslmode=require 或更严）；"
                                                 "请让数据库管理员为服务器开启 SSL，或把地址中的 sslmode 改为 prefer。")

MESSAGES = (LOCKED, STATUS, HISTORY, TAXONOMY, ROSTER, TERMS, USERS, OTHER, UPGRADE, NO_ACCESS, PASSWORD, WRONG_PASSWORD,
            SSL_REFUSED)
_BY_HINT = {"jianbao:locked": LOCKED, "jianbao:status": STATUS, "jianbao:history": HISTORY}
_BY_TABLE = {"categories": TAXONOMY, "units": ROSTER, "people": ROSTER, "terms": TERMS}
_TABLE = re.compile(r"permission denied for (?:table|relation) (\w+)")


def refusal(exc: BaseException) -> PermissionDeniedError:
    """The editor's message for the server's SQLSTATE 42501 (insufficient_privilege)."""
    diag = getattr(exc, "diag", None)
    hint = getattr(diag, "message_hint", None) or ""
    primary = getattr(diag, "message_primary", None) or str(exc)
    table = _TABLE.search(primary)
    message = _BY_HINT.get(hint) or (_BY_TABLE.get(table.group(1), OTHER) if table else OTHER)
    return PermissionDeniedError(message, detail=primary)


def connect_failure(exc: BaseException, where: str) -> StoreError:
    """The editor's message for a connection the server (or libpq) refused."""
    text = str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "no password supplied" in text:
        return PasswordNeededError(PASSWORD, location=where, detail=where)
    if "password authentication failed" in text:
        return PasswordNeededError(WRONG_PASSWORD, location=where, wrong=True, detail=where)
    if "does not support SSL" in text:
        return StoreError(SSL_REFUSED, detail=f"{where}: {first}")
    return StoreError(f"无法连接 PostgreSQL 资料库 {where}", detail=first)
