"""The users of a shared store and their roles (editor, reviewer, admin): for the admin, on PostgreSQL only."""
from __future__ import annotations

from jianbao.errors import JianbaoError
from jianbao.models import User
from jianbao.store import Store

ROLE_NAMES = {"editor": "编辑", "reviewer": "审核", "admin": "管理员"}


class UserOps:
    store: Store  # users exist on a PgStore only

    def _shared_store(self):
        if self.store.engine != "postgresql":
            raise JianbaoError(f"用户和角色只存在于共用的 PostgreSQL 资料库；本机资料库文件 {self.store.path} 没有用户，"
                               "能打开这个文件的人都可以修改它")
        return self.store

    def users(self) -> list[User]:
        return self._shared_store().users()

    def sign_as(self, name: str) -> None:
        """The editor's name for the revisions made from now on (a store file; a server signs with the login), and
        the name the other editors of a shared store see."""
        if self.store.engine != "postgresql":
            from jianbao.store.base import default_author

            self.store.author = name.strip() or default_author()
        else:
            self.store.show_as(name)

    def my_role(self) -> str | None:
        """The role of the account this store was opened as (None on a store file: no roles there)."""
        return self.store.my_role() if self.store.engine == "postgresql" else None

    def add_user(self, name: str, role: str, password: str) -> User:
        """A new account on the server, in this store's `role` (the password goes to the server hashed)."""
        return self._shared_store().add_user(name.strip(), role, password)

    def set_user_role(self, name: str, role: str) -> User:
        return self._shared_store().set_user_role(name.strip(), role)
