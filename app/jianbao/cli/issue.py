"""`jianbao issue create|list|show|set|lock|sign|unlock`: issues (期) of a bulletin series."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from jianbao.cli import open_desk_for, print_json

BAND_OPTIONS = (
    ("--unit", "compiling_unit", "编印单位（报头左侧）"),
    ("--note", "editors_note", "本期编者按"),
    ("--bao", "recipients_bao", "报：（报送单位）"),
    ("--song", "recipients_song", "送：（抄送单位）"),
    ("--fa", "recipients_fa", "发：（分发单位）"),
    ("--extra", "extra_recipients", "本期增发"),
)


def _band_options(p: argparse.ArgumentParser) -> None:
    for flag, dest, text in BAND_OPTIONS:
        p.add_argument(flag, dest=dest, metavar="文字", help=text)
    p.add_argument("--copies", type=int, metavar="N", help="共印 N 份")
    p.add_argument("--total", dest="total_number", type=int, metavar="M", help="总第 M 期")


def register(sub, common) -> None:
    p = sub.add_parser("issue", parents=[common], help="期：新建、列出、查看、修改、审定锁定",
                       description="管理简报的各期：新建一期（期号按简报名称和年份自动续编）、列出、查看、修改、锁定。")
    s = p.add_subparsers(dest="issue_command", metavar="ACTION", required=True)

    c = s.add_parser("create", parents=[common], help="新建一期",
                     description="新建一期：文章用 --articles 给出编号（按给出的顺序），或用 --bulletin 取一份来源简报的全部文章。")
    c.add_argument("--title", required=True, metavar="名称", help="简报名称，如“开发区资讯”")
    c.add_argument("--number", type=int, metavar="N", help="期号（默认：本年度下一期）")
    c.add_argument("--date", metavar="日期", help="日期，如 2024-01-08（默认：今天）")
    group = c.add_mutually_exclusive_group(required=True)
    group.add_argument("--articles", metavar="1,2,3", help="文章编号，逗号分隔，按此顺序编排")
    group.add_argument("--bulletin", type=int, metavar="ID", help="来源简报编号：取其全部文章")
    c.add_argument("--by-category", action="store_true", help="按栏目分组，栏目名作小标题")
    c.add_argument("--contents", action="store_true", help="刊出“本期要目”")
    _band_options(c)
    c.add_argument("--json", action="store_true", help="以 JSON 输出")
    c.set_defaults(handler=cmd_create)

    ls = s.add_parser("list", parents=[common], help="列出各期", description="列出资料库中的各期（新的在前）。")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=cmd_list)

    sh = s.add_parser("show", parents=[common], help="查看一期", description="查看一期的报头、栏目、文章和版记。")
    sh.add_argument("issue", type=int, metavar="ISSUE", help="期的编号")
    sh.add_argument("--json", action="store_true", help="以 JSON 输出")
    sh.set_defaults(handler=cmd_show)

    st = s.add_parser("set", parents=[common], help="修改报头、编者按或版记",
                      description="修改一期的日期、期号、编印单位、编者按、要目和版记（报/送/发、本期增发、印数）。")
    st.add_argument("issue", type=int, metavar="ISSUE", help="期的编号")
    st.add_argument("--title", dest="series", metavar="名称", help="简报名称")
    st.add_argument("--number", type=int, metavar="N", help="期号")
    st.add_argument("--date", metavar="日期", help="日期，如 2024-01-08")
    st.add_argument("--contents", dest="show_contents", action=argparse.BooleanOptionalAction, default=None,
                    help="是否刊出“本期要目”")
    _band_options(st)
    st.add_argument("--unlock", action="store_true", help="已锁定的期也修改")
    _revision_option(st)
    st.add_argument("--json", action="store_true", help="以 JSON 输出")
    st.set_defaults(handler=cmd_set)

    for name, text in (("lock", "审定并锁定一期（锁定后不能修改）"), ("sign", "签发一期已审定的期（仍然锁定）"),
                       ("unlock", "解除锁定")):
        lk = s.add_parser(name, parents=[common], help=text,
                          description=text + "。共用资料库上只有审核人和管理员可以审定、签发和解锁。")
        lk.add_argument("issue", type=int, metavar="ISSUE", help="期的编号")
        _revision_option(lk)
        lk.set_defaults(handler=cmd_lock, lock=name)


def _revision_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--revision", type=int, metavar="N", dest="expected_revision",
                   help="只在这一期仍是第 N 版时修改（版本见 jianbao issue show）；期间别人改过则不改并报告")


def issue_json(issue) -> dict:
    data = asdict(issue)
    data["issue_id"] = data["id"]
    data["article_ids"] = list(issue.article_ids)
    return data


def _ids(text: str) -> list[int]:
    from jianbao.errors import JianbaoError

    try:
        ids = [int(x) for x in text.replace("，", ",").split(",") if x.strip()]
    except ValueError:
        raise JianbaoError(f"文章编号应是逗号分隔的整数：{text}") from None
    if not ids:
        raise JianbaoError("请给出至少一个文章编号")
    return ids


def _fields(args: argparse.Namespace) -> dict:
    keys = [dest for _, dest, _ in BAND_OPTIONS] + ["copies", "total_number"]
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def cmd_create(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        issue, _ = desk.create_issue(
            args.title, number=args.number, date=args.date,
            article_ids=_ids(args.articles) if args.articles else None, bulletin_id=args.bulletin,
            by_category=args.by_category, show_contents=args.contents, **_fields(args))
    if args.json:
        print_json(issue_json(issue))
    else:
        print(f"已新建 {issue.series} {issue.year}年第{issue.number}期（编号 {issue.id}），共 {len(issue.article_ids)} 篇")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=False) as desk:
        issues = desk.issues()
    if args.json:
        print_json({"issues": [issue_json(i) for i in issues]})
    elif not issues:
        print("资料库中还没有期。")
    for i in [] if args.json else issues:
        lock = {"approved": "（已锁定）", "signed": "（已签发）"}.get(i.status, "")
        print(f"{i.id}\t{i.series}\t{i.year}年第{i.number}期\t{i.date or ''}\t{len(i.article_ids)}篇{lock}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_desk_for(args, read_only=False) as desk:
        issue = desk.issue(args.issue)
        titles = {a.id: a.title for a in desk.issue_articles(issue.id)}
    if args.json:
        data = issue_json(issue)
        data["titles"] = [titles[a] for a in issue.article_ids]
        print_json(data)
        return 0
    total = f"（总第{issue.total_number}期）" if issue.total_number else ""
    print(f"{issue.series} {issue.year}年第{issue.number}期{total}  {issue.date or ''}  {issue.compiling_unit}"
          f"  （第 {issue.revision} 版）")
    if issue.status in ("approved", "signed"):
        print("已签发锁定" if issue.status == "signed" else "已审定锁定")
    if issue.editors_note:
        print(f"编者按：{issue.editors_note}")
    for section in issue.sections:
        if section.title:
            print(f"【{section.title}】")
        for a in section.article_ids:
            print(f"  {a}\t{titles[a]}")
    for label, value in (("报", issue.recipients_bao), ("送", issue.recipients_song), ("发", issue.recipients_fa),
                         ("本期增发", issue.extra_recipients)):
        if value:
            print(f"{label}：{value}")
    if issue.copies:
        print(f"共印{issue.copies}份")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    changes = _fields(args)
    for key in ("series", "number", "date", "show_contents"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if not changes:
        from jianbao.errors import JianbaoError

        raise JianbaoError("没有要修改的内容（见 jianbao issue set --help）")
    with open_desk_for(args) as desk:
        issue, _ = desk.update_issue(args.issue, changes, unlock=args.unlock, expected_revision=args.expected_revision)
    if args.json:
        print_json(issue_json(issue))
    else:
        print(f"已修改第{issue.number}期（编号 {issue.id}，现为第 {issue.revision} 版）")
    return 0


_DONE = {"lock": "锁定", "sign": "签发", "unlock": "解锁"}


def cmd_lock(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        issue, _ = getattr(desk, f"{args.lock}_issue")(args.issue, expected_revision=args.expected_revision)
    print(f"第{issue.number}期已{_DONE[args.lock]}")
    return 0
