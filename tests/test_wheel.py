"""The built wheel carries its resources: install it apart from the source tree and use it."""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_finds_resources(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("jianbao-*.whl"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # Dependencies come from the test environment's site-packages; .pth files there (the editable
    # install of the source tree) are not processed on PYTHONPATH, so jianbao comes from the wheel.
    env = {"PYTHONPATH": f"{target}:{sysconfig.get_paths()['purelib']}", "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run([python, "-c", "import jianbao; print(jianbao.__file__)"], env=env, capture_output=True,
                           text=True, check=True, cwd=tmp_path).stdout
    assert where.startswith(str(target))
    version = subprocess.run([python, "-m", "jianbao", "--version"], env=env, capture_output=True, text=True,
                             check=True, cwd=tmp_path).stdout
    assert version.startswith("jianbao ")
    code = ("from jianbao.paths import sample_path, resource_path\n"
            "from jianbao.ingest import split_file\n"
            "assert resource_path('categories.json').is_file()\n"
            "print(len(split_file(sample_path(), classify=False).articles))")
    out = subprocess.run([python, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "20"
