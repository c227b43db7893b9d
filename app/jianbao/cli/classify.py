"""`jianbao classify eval|train|rules`: how well categories are predicted, re-classifying, keyword rules."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from jianbao.cli import open_desk_for, print_json


def register(sub, common) -> None:
    p = sub.add_parser("classify", parents=[common], help="栏目自动归类：评估、重新归类、关键词规则",
                       description="栏目自动归类：模型从原文【栏目】标注和编辑的改动中学习。")
    cmds = p.add_subparsers(dest="classify_command", metavar="ACTION", required=True)

    e = cmds.add_parser("eval", parents=[common], help="评估归类准确率（留一法或十折交叉验证）",
                        description="用资料库中已归类（原文标注或编辑指定）的文章评估：每篇文章由用其余文章训练的模型预测。"
                                    "不超过 200 篇用留一法，更多用十折交叉验证。")
    e.add_argument("--threshold", type=float, default=None, help="把握低于此值时标为“待定”（默认 0.5）")
    e.add_argument("--json", action="store_true", help="以 JSON 输出")
    e.set_defaults(handler=cmd_eval)

    t = cmds.add_parser("train", parents=[common], help="按最新的标注重新训练，并重新归类由模型或规则归类的文章",
                        description="用原文标注和编辑指定的栏目重新训练模型，再重新归类由模型或关键词规则归类（或尚未归类）的文章；"
                                    "原文标注和编辑指定的栏目不会改动。每处改动都保留修订记录。")
    t.add_argument("--dry-run", action="store_true", help="只列出会改动的文章，不保存")
    t.add_argument("--json", action="store_true", help="以 JSON 输出")
    t.set_defaults(handler=cmd_train)

    r = cmds.add_parser("rules", parents=[common], help="查看或设置栏目的关键词规则",
                        description="关键词规则优先于模型：未标注栏目的文章，标题含某栏目的关键词即归入该栏目。"
                                    "不带参数列出全部栏目和关键词；给出栏目和关键词则替换该栏目的关键词（只给栏目则清空）。")
    r.add_argument("category", nargs="?", help="栏目名称（简繁均可）")
    r.add_argument("keywords", nargs="*", help="关键词")
    r.add_argument("--json", action="store_true", help="以 JSON 输出")
    r.set_defaults(handler=cmd_rules)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def cmd_eval(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        ev = desk.classify_eval(threshold=args.threshold)
    if args.json:
        print_json(ev.to_json())
        return 0
    method = "留一法" if ev.method == "leave-one-out" else ev.method.replace("-fold", " 折交叉验证")
    print(f"评估方法：{method}（{ev.examples} 篇已归类文章）")
    if ev.examples < 2:
        print("已归类的文章太少（至少要 2 篇），无法评估。")
        return 0
    testable = sum(v["examples"] for v in ev.per_category.values() if v["examples"] >= 2)
    print(f"准确率（样例不少于 2 篇的栏目，{testable} 篇）：{_pct(ev.accuracy)}")
    print(f"准确率（全部）：{_pct(ev.accuracy_all)}")
    print(f"把握低于 {ev.threshold:.2f}（标为待定）的比例：{_pct(ev.below_threshold)}")
    if ev.confidence_right is not None or ev.confidence_wrong is not None:
        print(f"平均把握：判对 {_pct(ev.confidence_right)}，判错 {_pct(ev.confidence_wrong)}")
    print("各栏目：")
    for name, v in ev.per_category.items():
        print(f"  {name}\t{v['examples']} 篇\t判对 {v['correct']}\t{_pct(v['accuracy'])}")
    if ev.confusions:
        print("混淆（实际 → 预测）：")
        for c in ev.confusions:
            print(f"  {c['actual']} → {c['predicted'] or '（无）'}\t{c['count']}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        info = desk.retrain()
        moves, _ = desk.reclassify(dry_run=args.dry_run)
    if args.json:
        print_json({"model": asdict(info), "dry_run": args.dry_run,
                    "reclassified": [asdict(m) for m in moves]})
        return 0
    print(f"模型：{info.examples} 篇样例，{info.categories} 个栏目，用时 {info.seconds:.2f} 秒")
    verb = "将改动" if args.dry_run else "已改动"
    print(f"{verb} {len(moves)} 篇文章的栏目：")
    for m in moves:
        mark = "（待定）" if m.needs_decision else ""
        how = "（关键词规则）" if m.source == "rule" else ""
        print(f"  {m.article_id}\t{m.old or '（无）'} → {m.new or '（无）'}{how}{mark}\t{m.confidence:.0%}\t{m.title}")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    with open_desk_for(args) as desk:
        if args.category:
            desk.set_category_keywords(args.category, args.keywords)
        cats = desk.categories()
    if args.json:
        print_json({"categories": [asdict(c) for c in cats]})
        return 0
    for c in cats:
        print(f"{c.position}\t{c.name}\t{'、'.join(c.keywords) or '（无关键词）'}")
    return 0
