"""`jianbao users add|list|role`: the accounts of a shared PostgreSQL store and their roles, for its admin."""
from __future__ import annotations

import argparse
import os
import sys

from jianbao.cli import open_desk_for, print_json

ROLES = ("editor", "reviewer", "admin")
PASSWORD_ENV = "JIANBAO_USER_PASSWORD"
_ROLE_HELP = "editor（编辑：导入、编辑、组期）、reviewer（审核：另可审定、签发、解锁一期）、admin（管理员：另管栏目、名册、专名和用户）"


def register(sub, common) -> None:
    u = sub.add_parser("users", parents=[common], help="共用资料库的用户与角色（管理员用）",
                       description="管理共用的 PostgreSQL 资料库的用户：每个用户是服务器上的一个登录账号，"
                                   f"属于本资料库的一个角色：{_ROLE_HELP}。角色由数据库本身执行。本机资料库文件没有用户。")
    actions = u.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", parents=[common], help="添加用户",
                           description="在服务器上建立登录账号并给它本资料库的角色。密码在终端中输入（不显示），"
                                       f"或由环境变量 {PASSWORD_ENV}、--password-stdin 给出（供脚本使用）；"
                                       "密码以摘要形式发给服务器，不会出现在命令历史或服务器日志中。")
    a.add_argument("name", metavar="NAME", help="用户名（小写英文字母、数字、下划线，如 zhangsan）")
    a.add_argument("--role", required=True, choices=ROLES, help=f"角色：{_ROLE_HELP}")
    a.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")
    a.add_argument("--json", action="store_true", help="以 JSON 输出")
    a.set_defaults(handler=cmd_add)
    ls = actions.add_parser("list", parents=[common], help="列出用户及其角色",
                            description="列出本资料库的用户及其角色；* 标出当前登录的账号。")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=cmd_list)
    r = actions.add_parser("role", parents=[common], help="修改用户的角色",
                           description="把一个账号（本资料库的用户，或服务器上已有的其他登录账号）改为给定的角色。")
    r.add_argument("name", metavar="NAME", help="用户名")
    r.add_argument("role", metavar="ROLE", choices=ROLES, help=f"新角色：{_ROLE_HELP}")
    r.add_argument("--json", action="store_true", help="以 JSON 输出")
    r.set_defaults(handler=cmd_role)


def _role_name(role: str) -> str:
    from jianbao.desk.users import ROLE_NAMES

    return ROLE_NAMES.get(role, role)


def new_password(args: argparse.Namespace) -> str:
    """The new user's password: from stdin, the environment, or typed twice without echo."""
    from jianbao.errors import InputError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise InputError(f"没有终端可输入密码：请用 --password-stdin 或环境变量 {PASSWORD_ENV} 给出新用户的密码")
    import getpass

    first = getpass.getpass(f"{args.name} 的密码：")
    if getpass.getpass("再输入一次：") != first:
        raise InputError("两次输入的密码不一致，没有添加用户")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        desk.users()  # a store file, or a store without roles, says so before any password is asked
        user = desk.add_user(args.name, args.role, new_password(args))
    if args.json:
        print_json({"name": user.name, "role": user.role})
    else:
        print(f"已添加用户 {user.name}（{_role_name(user.role)}）")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        users = desk.users()
    if args.json:
        print_json({"users": [{"name": u.name, "role": u.role, "me": u.me} for u in users]})
        return 0
    if not users:
        print("这个资料库还没有用户。")
    for u in users:
        print(f"{'*' if u.me else ' '} {u.name}\t{u.role}\t{_role_name(u.role)}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        user = desk.set_user_role(args.name, args.role)
    if args.json:
        print_json({"name": user.name, "role": user.role})
    else:
        print(f"{user.name} 的角色已改为 {_role_name(user.role)}")
    return 0
