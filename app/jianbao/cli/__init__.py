"""`jianbao …`: sub-commands, each a thin shell over one Desk operation."""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Sequence

from jianbao import __version__

# One module per command group; each has `register(subparsers, common)`.
# A module that is not there (yet) is skipped, so areas can land independently.
COMMAND_MODULES = (
    "jianbao.cli.ingest",      # split, import
    "jianbao.cli.articles",    # articles, search, show, edit
    "jianbao.cli.check",       # check
    "jianbao.cli.convert",     # convert, terms
    "jianbao.cli.issue",       # issue create/list/show
    "jianbao.cli.export",      # export
    "jianbao.cli.classify",    # classify eval/train
    "jianbao.cli.backup",      # backup, restore
    "jianbao.cli.store",       # store copy
    "jianbao.cli.users",       # users add/list/role
)


def common_options() -> argparse.ArgumentParser:
    """Options every command takes (also accepted after the command name)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="资料库文件，或共用的 PostgreSQL 资料库 postgresql://用户@主机:端口/库名"
                             "（默认：$JIANBAO_STORE，否则用户数据目录）")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="jianbao", parents=[common],
        description="Jianbao 简报：政务信息简报编辑工作站。不带参数时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"jianbao {__version__}")
    parser.add_argument("--self-test", action="store_true", help="自检：离屏启动界面、导入样例、导出一期后退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub, common)
    return parser


def open_desk_for(args: argparse.Namespace, *, read_only: bool = False):
    """The Desk on `--store`; a shared store that wants a password asks for it on the terminal (never echoed)."""
    from jianbao.desk import open_desk
    from jianbao.errors import PasswordNeededError

    password = None
    for _attempt in range(3):
        try:
            return open_desk(getattr(args, "store", None), read_only=read_only, password=password)
        except PasswordNeededError as exc:
            if not sys.stdin.isatty():
                raise
            import getpass

            print(f"jianbao: {exc.message}", file=sys.stderr)
            password = getpass.getpass(f"{exc.location} 的密码：")
    return open_desk(getattr(args, "store", None), read_only=read_only, password=password)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    from jianbao.errors import JianbaoError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from jianbao.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from jianbao.gui.app import run_gui

            return run_gui(getattr(args, "store", None))
        return int(args.handler(args) or 0)
    except JianbaoError as exc:
        print(f"jianbao: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("jianbao: 已取消", file=sys.stderr)
        return 130
