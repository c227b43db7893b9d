"""`jianbao store copy SRC DST`: move a whole store between a file and a PostgreSQL server."""
from __future__ import annotations

import argparse

from jianbao.cli import print_json


def register(sub, common) -> None:
    s = sub.add_parser("store", parents=[common], help="资料库整体操作（复制到另一个资料库）",
                       description="在本机资料库文件与共用的 PostgreSQL 资料库之间整体复制：每一行、每一个修订版本都原样复制。")
    actions = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = actions.add_parser("copy", help="把整个资料库复制到一个新的空资料库",
                           description="把 SRC 的全部内容（来源、文章及全部修订版本、期、栏目、单位、人员、专名）复制到空的 DST；"
                                       "SRC 与 DST 各是资料库文件路径或 postgresql://用户@主机:端口/库名。SRC 不会改动。")
    c.add_argument("source", metavar="SRC", help="源资料库（文件路径或 postgresql:// 地址）")
    c.add_argument("target", metavar="DST", help="目标资料库（新的或空的；文件路径或 postgresql:// 地址）")
    c.add_argument("--json", action="store_true", help="以 JSON 输出各表复制的行数")
    c.set_defaults(handler=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    from jianbao.desk.maintenance import copy_store

    copied = copy_store(args.source, args.target)
    if args.json:
        print_json({"copied": copied})
    else:
        print(f"已复制：{copied['articles']} 篇文章，{copied['revisions']} 个修订版本，{copied['issues']} 期，"
              f"共 {sum(copied.values())} 行")
    return 0
