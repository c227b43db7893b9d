"""`jianbao --self-test`: the real window offscreen, the shipped sample through import, issue, export and proofreading."""
from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# A hung step (a modal dialog nobody can answer offscreen, a stuck worker) must not hang an installer check.
TIMEOUT_S = 180.0
SERIES = "开发区资讯"


class SelfTestFailure(Exception):
    """A check that did not hold; the message says what was expected."""


class _Run:
    """Runs named steps in order, timing each and printing one line per step."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.current = "准备"
        self.uncaught: list[str] = []  # exceptions raised in Qt callbacks, which Qt only prints

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: Any) -> None:
        traceback.print_exception(kind, value, tb)
        self.uncaught.append(f"{kind.__name__}: {value}")

    def check(self) -> None:
        if self.uncaught:
            raise SelfTestFailure(f"界面代码出错：{self.uncaught[0]}")

    def step(self, name: str, fn: Callable[[], str]) -> None:
        self.current = name
        t0 = time.monotonic()
        detail = fn()
        self.check()
        print(f"  通过  {name}：{detail}（{time.monotonic() - t0:.1f} 秒）", flush=True)

    def pump(self, app: Any, until: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
        """Process Qt events until `until()` holds; SelfTestFailure after `timeout` seconds or on an error."""
        deadline = time.monotonic() + timeout
        while not until():
            self.check()
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"{timeout:.0f} 秒内没有{what}")
            app.processEvents()
            time.sleep(0.01)


def _watchdog(run: _Run, done: threading.Event) -> None:
    if not done.wait(TIMEOUT_S):
        print(f"jianbao: 自检失败：“{run.current}”在 {TIMEOUT_S:.0f} 秒内没有完成（界面可能弹出了无人应答的对话框）",
              file=sys.stderr, flush=True)
        os._exit(3)


def _check_docx(path: Path, titles: list[str]) -> str:
    """The .docx opens with python-docx and carries every article title."""
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    text = "\n".join([*(p.text for p in document.paragraphs), *cells])
    missing = [t for t in titles if t not in text]
    if missing:
        raise SelfTestFailure(f"{path.name} 缺少 {len(missing)} 篇文章的标题，例如“{missing[0]}”")
    return f"{path.name} 可以打开，{len(document.paragraphs)} 段，{len(titles)} 篇标题齐全"


def _steps(run: _Run, tmp: Path) -> None:
    from jianbao import __version__
    from jianbao.paths import sample_path

    print(f"简报 Jianbao {__version__} 自检（{Path(sys.executable).parent}）", flush=True)
    store_path = tmp / "store" / "jianbao.db"
    state: dict[str, Any] = {}

    def start_gui() -> str:
        from jianbao.gui.app import create_window, make_app
        from jianbao.gui.settings import open_settings

        app = make_app()
        window = create_window(open_settings(tmp / "settings" / "jianbao.ini"))
        # An unexpected worker error would open a modal box offscreen: record it instead.
        errors: list[BaseException] = []
        window.worker.failed.disconnect(window.show_error)
        window.worker.failed.connect(errors.append)
        window.show()
        run.pump(app, lambda: window.isVisible() and window.model is not None, "画出主窗口", 30)
        state.update(app=app, window=window, errors=errors)
        return f"主窗口已在 {app.platformName()} 平台显示"

    def import_sample() -> str:
        from jianbao.desk import Desk

        desk = state["desk"] = Desk(store_path)
        result = desk.import_file(sample_path())
        if len(result.article_ids) < 10:
            raise SelfTestFailure(f"样例只拆出 {len(result.article_ids)} 篇文章")
        state["import"] = result
        categorised = sum(1 for a in desk.store.articles(result.article_ids) if a.category)
        return f"{sample_path().name} 拆成 {len(result.article_ids)} 篇，{categorised} 篇已归类"

    def make_issue() -> str:
        desk = state["desk"]
        issue, _ = desk.create_issue(SERIES, bulletin_id=state["import"].bulletin_id, by_category=True,
                                     date="2024-01-08")
        state["issue"] = issue
        return f"{issue.series} {issue.year}年第{issue.number}期，{len(issue.article_ids)} 篇，{len(issue.sections)} 个栏目"

    def export(script: str | None, name: str) -> Callable[[], str]:
        def go() -> str:
            out = tmp / name
            result = state["desk"].export_issue(state["issue"].id, out, script=script)
            if not out.is_file() or out.stat().st_size == 0:
                raise SelfTestFailure(f"没有写出 {name}")
            state[name] = out
            return f"{name} {out.stat().st_size // 1024} KB，{result.articles} 篇"
        return go

    def open_docx() -> str:
        desk = state["desk"]
        titles = [a.title for a in desk.issue_articles(state["issue"].id)]
        return _check_docx(state["issue.docx"], titles)

    def open_simplified() -> str:
        desk = state["desk"]
        stored = [a.title for a in desk.issue_articles(state["issue"].id)]
        to_simplified = desk.script_converter("s")  # what the export used
        titles = [to_simplified(t) for t in stored]
        if titles == stored:  # the sample is in traditional characters: OpenCC must change its titles
            raise SelfTestFailure("简体转换没有改变任何标题（OpenCC 词典可能缺失）")
        return _check_docx(state["issue-s.docx"], titles)

    def proofread() -> str:
        findings = state["desk"].check_issue(state["issue"].id)
        return f"全部 {len(findings)} 条提示已生成"

    def gui_opens_store() -> str:
        state.pop("desk").close()
        app, window, errors = state["app"], state["window"], state["errors"]
        expected = len(state["import"].article_ids)
        window.open_store(store_path)

        def listed() -> bool:
            if errors:
                raise SelfTestFailure(f"界面报告错误：{errors[0]}")
            return window.worker.ready and window.worker.idle() and window.model.total == expected

        run.pump(app, listed, f"在列表中显示 {expected} 篇文章")
        first = int(state["import"].article_ids[0])
        window.select_article(first, open_anyway=True)
        run.pump(app, lambda: window.editor_built and window.worker.idle() and not errors, "打开第一篇文章")
        if errors:
            raise SelfTestFailure(f"界面报告错误：{errors[0]}")
        return f"列表共 {window.model.total} 篇，编辑器已打开第一篇"

    def close_gui() -> str:
        app, window = state["app"], state["window"]
        window.close()
        run.pump(app, lambda: not window.isVisible(), "关闭主窗口", 30)
        app.processEvents()
        return "主窗口已关闭，资料库已保存"

    try:
        run.step("启动界面", start_gui)
        run.step("导入样例", import_sample)
        run.step("组期", make_issue)
        run.step("导出 .docx", export(None, "issue.docx"))
        run.step("打开 .docx", open_docx)
        run.step("导出简体 .docx", export("s", "issue-s.docx"))
        run.step("打开简体 .docx", open_simplified)
        run.step("校对", proofread)
        run.step("界面打开资料库", gui_opens_store)
        run.step("关闭界面", close_gui)
    finally:  # after a failure: leave no store open and no window up (the caller may go on, as a test does)
        if "desk" in state:
            state.pop("desk").close()
        window = state.get("window")
        if window is not None and window.isVisible():
            window.close()
            state["app"].processEvents()


def run_self_test() -> int:
    """0 when every step passed; otherwise 1 with the failing step on stderr (3 when a step hangs)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads: no display needed
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")  # a C locale must not turn the report into a crash
    run = _Run()
    done = threading.Event()
    threading.Thread(target=_watchdog, args=(run, done), daemon=True, name="selftest-watchdog").start()
    saved = os.environ.get("JIANBAO_SETTINGS")
    saved_hook, sys.excepthook = sys.excepthook, run.excepthook
    try:
        with tempfile.TemporaryDirectory(prefix="jianbao-selftest-", ignore_cleanup_errors=True) as tmp:
            os.environ["JIANBAO_SETTINGS"] = str(Path(tmp) / "settings" / "jianbao.ini")
            _steps(run, Path(tmp))
    except Exception as exc:  # noqa: BLE001 - every failure becomes a report line and exit 1
        from jianbao.errors import JianbaoError

        if not isinstance(exc, (JianbaoError, SelfTestFailure)):
            traceback.print_exc()
        print(f"jianbao: 自检失败：{run.current}：{exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        done.set()
        sys.excepthook = saved_hook
        if saved is None:
            os.environ.pop("JIANBAO_SETTINGS", None)
        else:
            os.environ["JIANBAO_SETTINGS"] = saved
    print(f"自检通过（共 {time.monotonic() - run.started:.1f} 秒）", flush=True)
    return 0
