"""`jianbao check FILE|--article ID`: print what a careful editor would mark, with the fix ready."""
from __future__ import annotations

import argparse

from jianbao.cli import open_desk_for, print_json


def register(sub, common) -> None:
    from jianbao.proofread import KINDS

    p = sub.add_parser(
        "check", parents=[common], help="校对：列出乱码、标点、数字、简繁、人名职务、重复稿件等问题",
        description="校对一个文件或资料库中的一篇文章，列出每处问题的位置、原因和建议改法；不做任何修改。"
                    "文件的位置是解码后原文（清理之前）的字符偏移。")
    p.add_argument("file", nargs="?", help="要校对的文件（txt/docx/html，任意编码）")
    p.add_argument("--article", type=int, metavar="ID", help="校对资料库中编号为 ID 的文章")
    p.add_argument("--kinds", metavar="K1,K2", help=f"只做这些检查（逗号分隔）：{','.join(KINDS)}")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=cmd_check)


def _line(f, prefix: str = "") -> str:
    fix = "" if f.suggestion is None else f" → “{f.suggestion}”" if f.suggestion else " → 删去"
    alts = f"（其他可能：{'、'.join(f.alternatives)}）" if f.alternatives else ""
    level = {"error": "错误", "warning": "警告", "info": "提示"}.get(f.severity, f.severity)
    return f"{prefix}第{f.line}行 [{f.kind}/{level}] “{f.text}”{fix}：{f.message}{alts}"


def cmd_check(args: argparse.Namespace) -> int:
    from jianbao.errors import JianbaoError
    from jianbao.proofread import parse_kinds

    if (args.file is None) == (args.article is None):
        raise JianbaoError("请给出要校对的文件，或用 --article 指定文章编号（二者选一）")
    kinds = parse_kinds(args.kinds) if args.kinds else None
    with open_desk_for(args, read_only=False) as desk:
        if args.file is not None:
            result = desk.check_file(args.file, kinds=kinds)
            findings = list(result.findings)
            if args.json:
                print_json({"source": result.source, "encoding": result.encoding,
                            "findings": [f.as_json() for f in findings]})
                return 0
            for f in findings:
                print(_line(f))
        else:
            items = desk.check_article(args.article, kinds=kinds)
            if args.json:
                print_json({"article": args.article,
                            "findings": [{**i.finding.as_json(), "field": i.field} for i in items]})
                return 0
            names = {"title": "标题", "body": "正文", "editors_note": "编者按"}
            for i in items:
                print(_line(i.finding, f"{names.get(i.field, i.field)} "))
            findings = [i.finding for i in items]
    print(f"共 {len(findings)} 处。" if findings else "没有发现问题。")
    return 0
