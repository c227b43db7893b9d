"""`jianbao split` (no store) and `jianbao import` (into the store)."""
from __future__ import annotations

import argparse
import sys

from jianbao.cli import open_desk_for, print_json
from jianbao.models import SplitResult


def register(sub, common) -> None:
    p = sub.add_parser("split", parents=[common], help="拆分一份简报（不写入资料库）",
                       description="解码、清理、拆分并归类一份简报文件，打印拆分结果；不写入资料库。")
    p.add_argument("file", help="简报文件（.txt 任意编码、.md、.docx、.html），或 - 表示标准输入")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=cmd_split)

    i = sub.add_parser("import", parents=[common], help="导入简报到资料库",
                       description="导入一个或多个简报文件：每个文件连同其全部文章在一个事务中写入；同一文件不会重复导入。")
    i.add_argument("files", nargs="+", help="简报文件")
    i.add_argument("--allow-duplicate", action="store_true", help="即使已导入过也再导入一次")
    i.add_argument("--json", action="store_true", help="以 JSON 输出")
    i.set_defaults(handler=cmd_import)


def split_json(r: SplitResult) -> dict:
    """The stable JSON shape of `jianbao split --json` (DESIGN.md section 7)."""
    return {
        "source": r.source,
        "encoding": r.encoding,
        "script": r.script,
        "cleaning": [{"kind": c.kind, "line": c.line, "start": c.start, "end": c.end, "before": c.before,
                      "after": c.after, "message": c.message} for c in r.cleaning],
        "remainder": [{"text": x.text, "first_line": x.first_line, "last_line": x.last_line, "reason": x.reason}
                      for x in r.remainder],
        "articles": [{
            "title": a.title, "category": a.category, "category_source": a.category_source,
            "confidence": a.confidence, "needs_decision": a.needs_decision, "tag": a.tag, "units": list(a.units),
            "date": a.date, "date_text": a.date_text, "subheadings": list(a.subheadings),
            "editors_note": a.editors_note, "body": a.body, "first_line": a.first_line, "last_line": a.last_line,
            "boundary_confidence": a.boundary_confidence,
        } for a in r.articles],
    }


def cmd_split(args: argparse.Namespace) -> int:
    from jianbao.ingest import split_bytes, split_file

    if args.file == "-":
        result = split_bytes(sys.stdin.buffer.read(), "标准输入")
    else:
        result = split_file(args.file)
    if args.json:
        print_json(split_json(result))
        return 0
    doubtful = set(result.uncertain())
    print(f"{result.source}：{result.encoding}，{'繁体' if result.script == 't' else '简体' if result.script == 's' else result.script}，"
          f"{len(result.articles)} 篇，清理 {len(result.cleaning)} 处"
          + (f"，{len(doubtful)} 处分界没把握（标 ?）" if doubtful else ""))
    for n, a in enumerate(result.articles, start=1):
        cat = a.category or "（待定）"
        if a.category_source not in (None, "tag"):
            cat += f"（{a.category_source} {a.confidence:.0%}）" if a.confidence is not None else f"（{a.category_source}）"
        mark = "?" if a.clean_start in doubtful else " "
        print(f"{n:>3}.{mark}[{a.first_line}-{a.last_line}] 【{cat}】{a.title}  {a.date_text or ''}  {'、'.join(a.units)}")
    for x in result.remainder:
        print(f"  未归入文章 [{x.first_line}-{x.last_line}]：{x.reason}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from jianbao.errors import JianbaoError

    results, failed = [], 0
    with open_desk_for(args) as desk:
        for path in args.files:
            try:
                r = desk.import_file(path, allow_duplicate=args.allow_duplicate)
            except JianbaoError as exc:
                failed += 1
                print(f"jianbao: {exc}", file=sys.stderr)
                continue
            results.append({"file": path, "bulletin_id": r.bulletin_id, "article_ids": list(r.article_ids)})
            if not args.json:
                print(f"{path}：已导入第 {r.bulletin_id} 号来源，{len(r.article_ids)} 篇文章（编号 "
                      f"{r.article_ids[0]}–{r.article_ids[-1]}）")
    if args.json:
        if len(args.files) == 1:
            print_json(results[0] if results else {"bulletin_id": None, "article_ids": []})
        else:
            print_json(results)
    return 2 if failed else 0
