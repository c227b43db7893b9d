"""The users of a shared PostgreSQL store: login roles in the store's groups (store/pg_roles.py).

Only an admin (a member of the admin group with CREATEROLE) or a superuser may add users or change their
role; anyone else is refused by the server itself. A password goes to the server already hashed
(SCRAM-SHA-256, by libpq as psql's \\password does): it never appears in a statement or a server log.
"""
from __future__ import annotations

import contextlib
import re

from jianbao.errors import InputError, JianbaoError, NotFoundError, PermissionDeniedError
from jianbao.models import User
from jianbao.store.pg_roles import KINDS, quote_role, role_names

_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_HASH = re.compile(r"SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+|md5[0-9a-f]{32}")


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise InputError(f"用户名“{name}”不可用：只能由小写英文字母、数字和下划线组成，以字母开头（如 zhangsan）")
    return name


def check_role(role: str) -> str:
    if role not in KINDS:
        raise InputError(f"没有“{role}”这个角色；角色是 editor（编辑）、reviewer（审核）或 admin（管理员）")
    return role


def _quoted(names) -> str:
    return ", ".join(quote_role(n) for n in names)


@contextlib.contextmanager
def _as_admin():
    """A refusal while managing users says so (not the generic 'your account may not')."""
    from jianbao.store.pg_errors import USERS

    try:
        yield
    except PermissionDeniedError as exc:
        raise PermissionDeniedError(USERS, detail=exc.detail) from exc


class PgUsersMixin:
    conn: object

    def _groups(self) -> dict[str, str]:
        names = role_names(self.conn)
        if not names:
            raise JianbaoError("这个资料库还没有角色（结构版本低于 3）；请由管理员用新版 Jianbao 打开一次")
        return names

    def users(self) -> list[User]:
        """The store's users (login roles in one of its groups), each with its highest role."""
        groups = {name: kind for kind, name in self._groups().items()}
        me = self.conn.execute("SELECT session_user").fetchone()[0]
        found: dict[str, str] = {}
        for user, group in self.conn.execute(
                "SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolcanlogin AND g.rolname = ANY (?)", (list(groups),)):
            kind = groups[group]
            if KINDS.index(kind) >= KINDS.index(found.get(user, kind)):
                found[user] = kind
        return [User(name, kind, name == me) for name, kind in sorted(found.items())]

    def my_role(self) -> str | None:
        """The highest role the connected account holds on this store (None: none of them)."""
        names = role_names(self.conn)
        held = [kind for kind in KINDS if names and self.conn.execute(
            "SELECT pg_has_role(current_user, ?, 'USAGE')", (names[kind],)).fetchone()[0]]
        return held[-1] if held else None

    def add_user(self, name: str, role: str, password: str) -> User:
        """A new login role with that password, in the group of `role`."""
        check_name(name), check_role(role)
        if len(password) < 8:
            raise InputError("密码至少要 8 个字符")
        groups = self._groups()
        hashed = self.conn.raw.pgconn.encrypt_password(password.encode(), name.encode(), None).decode()
        if not _HASH.fullmatch(hashed):  # only a hash the server made the rules for goes into the statement
            raise JianbaoError("无法为密码生成摘要，没有建立用户")
        with _as_admin(), self.transaction():
            if self.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
                raise JianbaoError(f"数据库里已有名为 {name} 的账号；要让它使用本资料库，请用“jianbao users role {name} 角色”")
            self.conn.execute(f"CREATE ROLE {quote_role(name)} LOGIN PASSWORD '{hashed}'")
            self._grant_role(name, role, groups)
        return User(name, role)

    def set_user_role(self, name: str, role: str) -> User:
        """Give an account (a user of this store, or any login role on the server) the store's `role`."""
        check_name(name), check_role(role)
        groups = self._groups()
        with _as_admin(), self.transaction():
            row = self.conn.execute("SELECT rolcanlogin, rolname = session_user FROM pg_roles WHERE rolname = ?",
                                    (name,)).fetchone()
            if row is None or not row[0]:
                raise NotFoundError(f"数据库里没有名为 {name} 的账号")
            if row[1]:
                raise JianbaoError("不能修改自己的角色；请由另一位管理员修改")
            was_admin = any(u.name == name and u.role == "admin" for u in self.users())
            self.conn.execute(f"REVOKE {_quoted(groups.values())} FROM {quote_role(name)}")
            self._grant_role(name, role, groups)
            if was_admin and role != "admin":
                self.conn.execute(f"ALTER ROLE {quote_role(name)} NOCREATEROLE")
        return User(name, role)

    def _grant_role(self, name: str, role: str, groups: dict[str, str]) -> None:
        self.conn.execute(f"GRANT {quote_role(groups[role])} TO {quote_role(name)}")
        if role == "admin":  # an admin adds users and gives them roles: CREATEROLE and each group's ADMIN OPTION
            self.conn.execute(f"ALTER ROLE {quote_role(name)} CREATEROLE")
            self.conn.execute(f"GRANT {_quoted(groups.values())} TO {quote_role(name)} WITH ADMIN OPTION")
