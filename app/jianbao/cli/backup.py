"""`jianbao backup` (make one now, or list them) and `jianbao restore [BACKUP]` (list, or put one back)."""
from __future__ import annotations

import argparse
from pathlib import Path

from jianbao.cli import print_json


def register(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="备份资料库（或列出备份）",
                       description="立即备份资料库到其旁边的 backups 文件夹；每种备份只保留最近若干份。"
                                   "Jianbao 也会每天、以及关闭时（如有修改）自动备份。")
    b.add_argument("--list", action="store_true", help="只列出已有的备份，不新建")
    b.add_argument("--json", action="store_true", help="以 JSON 输出")
    b.set_defaults(handler=cmd_backup)

    r = sub.add_parser("restore", parents=[common], help="从备份恢复资料库",
                       description="不带参数时列出备份（1 为最新）；给出编号或备份文件路径时，用该备份替换资料库。"
                                   "恢复前会先备份当前资料库；资料库已损坏时，原文件保存为 .broken。"
                                   "恢复前请关闭所有打开此资料库的 Jianbao 窗口。")
    r.add_argument("backup", nargs="?", help="备份编号（见不带参数时的列表）或备份文件路径")
    r.add_argument("--json", action="store_true", help="以 JSON 输出")
    r.set_defaults(handler=cmd_restore)


def _store_path(args: argparse.Namespace) -> Path:
    from jianbao.paths import default_store_path

    return default_store_path(getattr(args, "store", None))


def _listing(store_path: Path | str, args: argparse.Namespace, *, check: bool, infos=None) -> int:
    from jianbao.desk.maintenance import backup_is_usable, list_backups

    infos = list_backups(store_path) if infos is None else infos
    rows = [{"number": n, "path": str(i.path), "kind": i.kind, "label": i.label,
             "created": i.created.isoformat(timespec="seconds") if i.created else None, "bytes": i.size,
             **({"ok": backup_is_usable(i.path)} if check else {})}
            for n, i in enumerate(infos, start=1)]
    if args.json:
        print_json({"store": str(store_path), "backups": rows})
        return 0
    if not rows:
        print(f"{store_path} 还没有备份。")
        return 0
    print(f"{store_path} 的备份（1 为最新）：")
    for row in rows:
        bad = "" if row.get("ok", True) else "  （已损坏，不能使用）"
        print(f"{row['number']:>3}. {row['created'] or '?'}  {row['label']}  {row['bytes'] // 1024} KB  {row['path']}{bad}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from jianbao.desk import Desk
    from jianbao.paths import store_location

    if isinstance(location := store_location(getattr(args, "store", None)), str):
        return _backup_server_store(location, args)
    store_path = _store_path(args)
    if args.list:
        return _listing(store_path, args, check=False)
    if not store_path.exists():
        from jianbao.errors import StoreError

        raise StoreError(f"资料库 {store_path} 不存在，无需备份")
    desk = Desk(store_path, read_only=True)
    try:
        info = desk.backup_now()
    finally:
        desk.close()
    if args.json:
        print_json({"backup": str(info.path), "bytes": info.size})
    else:
        print(f"已备份到 {info.path}（{info.size // 1024} KB）")
    return 0


def _backup_server_store(url: str, args: argparse.Namespace) -> int:
    """A store on PostgreSQL: its backups are pg_dump's in the user's data folder."""
    from jianbao.cli import open_desk_for

    with open_desk_for(args, read_only=True) as desk:
        if args.list:
            return _listing(desk.location, args, check=False, infos=desk.backups())
        info = desk.backup_now()
    if args.json:
        print_json({"backup": str(info.path), "bytes": info.size})
    else:
        print(f"已用 pg_dump 备份到 {info.path}（{info.size // 1024} KB）；恢复请由数据库管理员用 pg_restore 进行")
    return 0


def _resolve(store_path: Path, choice: str) -> Path:
    from jianbao.desk.maintenance import list_backups
    from jianbao.errors import NotFoundError

    if choice.isdigit():
        backups = [info.path for info in list_backups(store_path)]
        number = int(choice)
        if not 1 <= number <= len(backups):
            raise NotFoundError(f"没有第 {number} 号备份（共 {len(backups)} 份；不带参数运行 jianbao restore 查看列表）")
        return backups[number - 1]
    path = Path(choice).expanduser()
    if not path.is_file():
        raise NotFoundError(f"找不到备份文件“{choice}”")
    return path


def cmd_restore(args: argparse.Namespace) -> int:
    from jianbao.desk import Desk
    from jianbao.desk.maintenance import restore_store
    from jianbao.errors import CorruptStoreError

    store_path = _store_path(args)
    if args.backup is None:
        return _listing(store_path, args, check=True)
    backup = _resolve(store_path, args.backup)
    kept = None
    try:
        desk = Desk(store_path) if store_path.exists() else None
    except CorruptStoreError:
        desk = None
        kept = restore_store(store_path, backup)  # damaged: nothing to back up first, the file is kept aside
    else:
        if desk is None:
            restore_store(store_path, backup)
        else:
            try:
                desk.restore(backup)
            finally:
                desk.close()
    if args.json:
        print_json({"store": str(store_path), "restored_from": str(backup), "kept": str(kept) if kept else None})
    else:
        print(f"已用备份 {backup.name} 恢复资料库 {store_path}")
        if kept:
            print(f"损坏的原文件保存在 {kept}")
    return 0
