"""`jianbao --self-test`: passes from the source tree, and a failing step gives a clear message and exit 1."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_self_test_passes_every_step(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen itself
    done = subprocess.run([sys.executable, "-m", "jianbao", "--self-test"], capture_output=True, text=True,
                          env=env, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    passed = [line.strip().removeprefix("通过").split("：")[0].strip() for line in lines
              if line.strip().startswith("通过")]
    assert passed == ["启动界面", "导入样例", "组期", "导出 .docx", "打开 .docx", "导出简体 .docx", "打开简体 .docx",
                      "校对", "界面打开资料库", "关闭界面"]
    assert "拆成 20 篇" in done.stdout and "20 篇标题齐全" in done.stdout
    assert lines[-1].startswith("自检通过")
    assert not list(tmp_path.rglob("*.db")), "the self-test must leave no store behind"


def test_a_failing_step_is_named_and_exits_1(tmp_path, monkeypatch, capsys):
    from jianbao import paths
    from jianbao.selftest import run_self_test

    not_a_bulletin = tmp_path / "sample.txt"
    not_a_bulletin.write_text("hello world\n" * 20, "utf-8")
    monkeypatch.setattr(paths, "sample_path", lambda: not_a_bulletin)
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert "通过  启动界面" in out
    assert "自检失败：导入样例：" in err and "未导入" in err
    assert "Traceback" not in err  # an editor's error (JianbaoError) needs no traceback
    assert "JIANBAO_SETTINGS" not in os.environ
