"""`jianbao export ISSUE --out FILE`: one issue as a print-ready Word file or PDF, WeChat HTML or plain text."""
from __future__ import annotations

import argparse
from pathlib import Path

from jianbao.cli import open_desk_for, print_json


def register(sub, common) -> None:
    p = sub.add_parser(
        "export", parents=[common], help="把一期导出为 Word（.docx）、PDF、公众号 HTML 或纯文本",
        description="把一期导出为可直接付印的 Word 文件：红色报头、要目、正文、版记、奇偶页页码。"
                    "写入是原子的：失败时不留下半个文件，已有文件只在新文件完整写好后才被替换。")
    p.add_argument("issue", type=int, metavar="ISSUE", help="期的编号（见 jianbao issue list）")
    p.add_argument("--out", "-o", required=True, metavar="FILE.docx", help="输出文件")
    p.add_argument("--script", choices=("s", "t", "tw", "hk"),
                   help="整期转换为简体（s）、繁体（t）、台湾（tw）或香港（hk）用字；默认按资料库原样")
    p.add_argument("--template", metavar="T.docx",
                   help="用自己的 Word 模板（.docx/.dotx）：沿用其样式、版面和报头。模板中可写占位符 "
                        "{{简报名称}} {{期号}} {{总期号}} {{年份}} {{编印单位}} {{日期}} {{正文}} "
                        "{{报}} {{送}} {{发}} {{本期增发}} {{共印}}；没有 {{正文}} 时正文接在模板内容之后")
    contents = p.add_mutually_exclusive_group()
    contents.add_argument("--contents", dest="contents", action="store_const", const=True, default=None,
                          help="刊出“本期要目”")
    contents.add_argument("--no-contents", dest="contents", action="store_const", const=False,
                          help="不刊出“本期要目”")
    p.add_argument("--format", choices=("docx", "pdf", "html", "txt"), default=None,
                   help="docx（默认，付印）、pdf（与 Word 文件同样的页面，嵌入字体；需要 LibreOffice）、"
                        "html（可直接粘贴进公众号编辑器，只用行内样式）、txt（网站发布用纯文本）；省略时按输出文件的扩展名")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=False) as desk:
        fmt = args.format or (Path(args.out).suffix.lower().lstrip(".") or "docx")
        result = desk.export_issue(args.issue, args.out, script=args.script, template=args.template,
                                   contents=args.contents, fmt=fmt)
    if args.json:
        print_json({"path": str(result.path), "articles": result.articles, "paragraphs": result.paragraphs,
                    "bytes": result.bytes})
    else:
        print(f"已导出 {result.path}（{result.articles} 篇，{result.bytes // 1024} KB）")
    return 0
