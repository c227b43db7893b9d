"""`jianbao convert` and `jianbao terms`: script conversion and the protected-terms table."""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from jianbao.cli import open_desk_for, print_json

TARGET_HELP = "s 简体，t 繁体，tw 台湾繁体，hk 香港繁体（也可直接写 OpenCC 配置名，如 s2twp）"


def register(sub, common) -> None:
    p = sub.add_parser("convert", parents=[common], help="繁简转换（保护人名地名，防止跨词误转）",
                       description="用 OpenCC 做繁简转换；资料库里的保护词、固定译法和领导名单中的人名不会被改动，"
                                   "跨词误配的词组（如“不断发挥”误作“不斷髮揮”）按词转换。")
    p.add_argument("file", metavar="FILE", help="要转换的文件（.txt/.md/.docx/.html），“-”表示标准输入")
    p.add_argument("--to", required=True, metavar="s|t|tw|hk", help=TARGET_HELP)
    p.add_argument("--phrases", action="store_true", help="同时转换地区用语（如 软件→軟體）")
    p.add_argument("--terms", metavar="FILE", action="append", default=[],
                   help="另加一个词表文件（每行一个保护词，或“简体=繁體”）；可多次给出")
    p.add_argument("--changes", action="store_true", help="不输出正文，改为以 JSON 列出每一处改动")
    p.add_argument("--no-guard", action="store_true", help="关闭跨词误转检查（与 OpenCC 原样一致）")
    p.add_argument("--no-store", action="store_true", help="不使用资料库里的词表和领导名单")
    p.set_defaults(handler=cmd_convert)

    t = sub.add_parser("terms", parents=[common], help="管理保护词与固定译法",
                       description="资料库的词表：保护词（人名、地名、单位名，转换时保持原样）和成对的固定译法（简体=繁體）。")
    tsub = t.add_subparsers(dest="terms_command", metavar="ACTION", required=True)
    ls = tsub.add_parser("list", parents=[common], help="列出词表", description="列出资料库词表中的词。")
    ls.add_argument("--kind", choices=("protect", "override", "flag", "expression"), help="只列出一类")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=cmd_terms_list)
    im = tsub.add_parser("import", parents=[common], help="从文本文件导入词表",
                         description="导入词表文件：每行一个保护词，或“简体=繁體”一对；# 后为注释。任何一行有误则不导入。")
    im.add_argument("file", metavar="FILE", help="词表文件（UTF-8）")
    im.add_argument("--replace", action="store_true", help="先清空原有词表")
    im.set_defaults(handler=cmd_terms_import)
    ex = tsub.add_parser("export", parents=[common], help="导出词表为文本文件",
                         description="把词表写成文本文件（与导入格式相同）；不给文件名则输出到屏幕。")
    ex.add_argument("file", metavar="FILE", nargs="?", help="输出文件；省略或“-”表示标准输出")
    ex.add_argument("--kind", choices=("protect", "override", "flag", "expression"), help="只导出一类")
    ex.set_defaults(handler=cmd_terms_export)
    add = tsub.add_parser("add", parents=[common], help="加一个保护词或一对固定译法",
                          description="加一个保护词；给出 --traditional 时为一对固定译法（简体=繁體）。")
    add.add_argument("word", help="词（固定译法时为简体形式）")
    add.add_argument("--traditional", metavar="繁體", help="该词的繁体形式")
    add.add_argument("--note", default="", help="备注")
    add.add_argument("--expression", action="store_true",
                     help="作为规范提法加入：校对时查出它的错字、漏字、多字、颠倒（如 ~高质量发展）")
    add.set_defaults(handler=cmd_terms_add)
    rm = tsub.add_parser("remove", parents=[common], help="从词表删除一个词", description="从词表删除一个词。")
    rm.add_argument("word", help="要删除的词")
    rm.add_argument("--kind", choices=("protect", "override", "flag", "expression"), help="只删除这一类")
    rm.set_defaults(handler=cmd_terms_remove)


def _read_input(name: str) -> str:
    from jianbao.ingest.decode import read_bytes, read_source

    if name == "-":
        return read_bytes(sys.stdin.buffer.read(), "标准输入").text
    return read_source(Path(name)).text


def _store_terms(args: argparse.Namespace) -> list:
    """The store's terms and roster, when a store is named or already exists (never created here)."""
    from jianbao.paths import default_store_path

    if args.no_store:
        return []
    path = default_store_path(getattr(args, "store", None))
    if not path.exists():
        return []
    with open_desk_for(args, read_only=True) as desk:
        return desk.conversion_terms()


def cmd_convert(args: argparse.Namespace) -> int:
    from jianbao.script import convert, load_terms_file
    from jianbao.script.convert import check_target

    check_target(args.to)
    text = _read_input(args.file)
    terms = _store_terms(args)
    for name in args.terms:
        terms += load_terms_file(name)
    result = convert(text, args.to, phrases=args.phrases, terms=terms, guard=not args.no_guard)
    if args.changes:
        print_json({"config": result.config, "source_script": result.source_script, "target": result.target,
                    "changes": [asdict(c) for c in result.changes]})
    else:
        sys.stdout.write(result.text)
        if result.text and not result.text.endswith("\n") and sys.stdout.isatty():
            sys.stdout.write("\n")
    return 0


def cmd_terms_list(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=True) as desk:
        terms = desk.terms(args.kind)
    if args.json:
        print_json({"terms": [asdict(t) for t in terms]})
    else:
        names = {"protect": "保护", "override": "固定译法", "flag": "提示", "expression": "规范提法"}
        for t in terms:
            shown = f"{t.simplified}={t.traditional}" if t.kind == "override" else t.word
            print(f"{names.get(t.kind, t.kind)}\t{shown}" + (f"\t{t.note}" if t.note else ""))
        if not terms:
            print("词表是空的。")
    return 0


def cmd_terms_import(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        count, _ = desk.import_terms(args.file, replace=args.replace)
    print(f"已导入 {count} 个词。")
    return 0


def cmd_terms_export(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=True) as desk:
        if args.file and args.file != "-":
            desk.export_terms(args.file, args.kind)
        else:
            sys.stdout.write(desk.export_terms(None, args.kind))
    return 0


def cmd_terms_add(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        desk.add_term(args.word, args.traditional, note=args.note, expression=args.expression)
    print("已加入词表。")
    return 0


def cmd_terms_remove(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        desk.remove_term(args.word, args.kind)
    print("已从词表删除。")
    return 0
