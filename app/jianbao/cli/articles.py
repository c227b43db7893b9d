"""`jianbao articles` and `jianbao search`: list and find stored articles."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from jianbao.cli import open_desk_for, print_json


def register(sub, common) -> None:
    p = sub.add_parser("articles", parents=[common], help="列出资料库中的文章",
                       description="列出资料库中的文章，可按检索词、栏目、单位、状态筛选。")
    p.add_argument("--query", "-q", help="全文检索词（简繁通查）")
    p.add_argument("--category", "-c", help="栏目")
    p.add_argument("--unit", help="报送单位")
    p.add_argument("--status", choices=("draft", "checked", "approved"), help="状态")
    p.add_argument("--needs-decision", action="store_true", help="只列出待定栏目的文章")
    p.add_argument("--limit", type=int, default=200, help="最多列出多少篇（默认 200）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=cmd_articles)

    s = sub.add_parser("search", parents=[common], help="全文检索文章（简繁通查）",
                       description="全文检索标题和正文；两个字即可查，简体可查到繁体，反之亦然。")
    s.add_argument("query", help="检索词")
    s.add_argument("--limit", type=int, default=50, help="最多列出多少篇（默认 50）")
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.set_defaults(handler=cmd_search)

    h = sub.add_parser("history", parents=[common], help="列出一篇文章的全部修订版本及其作者",
                       description="列出一篇文章的每个修订版本：版本号、时间、谁改的（共用资料库上是登录账号，"
                                   "本机资料库上是首选项中的编辑姓名或电脑的用户名）、原因和标题。")
    h.add_argument("article", type=int, metavar="ARTICLE", help="文章编号")
    h.add_argument("--json", action="store_true", help="以 JSON 输出")
    h.set_defaults(handler=cmd_history)


def cmd_articles(args: argparse.Namespace) -> int:
    from jianbao.models import ArticleFilter

    with open_desk_for(args) as desk:
        f = ArticleFilter(query=args.query, category=args.category, unit=args.unit, status=args.status,
                          needs_decision=True if args.needs_decision else None)
        rows = desk.list_articles(f, limit=args.limit)
        if args.json:
            print_json({"articles": [asdict(r) for r in rows], "total": desk.count_articles(f)})
        else:
            for r in rows:
                mark = "？" if r.needs_decision else ""
                print(f"{r.id}\t{r.category or '（无栏目）'}{mark}\t{r.date or ''}\t{r.title}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        ids = desk.search(args.query, limit=args.limit)
        arts = [desk.article(i) for i in ids]
        if args.json:
            print_json({"articles": [{"id": a.id, "title": a.title, "category": a.category, "date": a.date}
                                     for a in arts]})
        else:
            for a in arts:
                print(f"{a.id}\t{a.category or ''}\t{a.title}")
            if not arts:
                print("没有找到。")
    return 0


_REASONS = {"imported": "导入", "created": "新建", "edited": "编辑"}


def cmd_history(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=True) as desk:
        revisions = desk.revisions(desk.article(args.article).id)
    if args.json:
        print_json({"revisions": [{"revision": r.revision, "at": r.at, "author": r.author, "reason": r.reason,
                                   "title": r.snapshot.get("title")} for r in revisions]})
        return 0
    for r in revisions:
        reason = _REASONS.get(r.reason, r.reason)
        print(f"第 {r.revision} 版\t{r.at[:16].replace('T', ' ')}\t{r.author or '（未记录）'}\t{reason}\t"
              f"{r.snapshot.get('title', '')}")
    return 0
