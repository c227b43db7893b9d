"""The .deb end to end: build it, install it with dpkg, self-test the installed copy, upgrade, remove it cleanly."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OPT = Path("/opt/jianbao")
SAMPLE = ROOT / "tests" / "fixtures" / "kaifaqu-digest-2024-01.txt"

pytestmark = pytest.mark.slow


def _preconditions() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.skip("needs a Debian-family system (dpkg)")
    if os.geteuid() != 0:
        pytest.skip("installing with dpkg needs root")
    if importlib.util.find_spec("PyInstaller") is None:
        got = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10,<7"],
                             capture_output=True, text=True, timeout=600)
        if got.returncode != 0:
            pytest.skip(f"PyInstaller cannot be installed: {got.stderr.strip()[-300:]}")


def _run(args: list[str], *, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(args)} exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _user_env(home: Path) -> dict[str, str]:
    """An editor's session as the launcher sees it: no venv, no display, their own home folder."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


def _dpkg_env() -> dict[str, str]:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def _unresolved(dist: Path) -> list[str]:
    """Libraries the bundle's binaries need that neither the bundle nor the system provides (ldd, as loaded
    with the bundle first on the path). Wayland's plugins are left out: their libraries come with that desktop."""
    env = {"LD_LIBRARY_PATH": str(dist / "_internal"), "PATH": "/usr/bin:/bin"}
    missing = []
    for path in dist.rglob("*"):
        if path.is_symlink() or not path.is_file() or "wayland" in str(path).lower() or "Wl" in path.name:
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        missing += [f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    return missing


def _installed() -> bool:
    got = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "jianbao"], capture_output=True, text=True)
    return "install ok installed" in got.stdout


def test_deb_installs_self_tests_upgrades_and_removes_cleanly(tmp_path):
    _preconditions()
    # gzip: the same package as the release (xz) build, packed in a quarter of the time.
    build_env = {**os.environ, "JIANBAO_DEB_OUT": str(tmp_path), "JIANBAO_DEB_COMPRESSION": "gzip"}
    built = _run([str(ROOT / "installer" / "build-linux.sh")], env=build_env, timeout=1200)
    print(built.stdout[-600:])
    deb = next(tmp_path.glob("jianbao_*.deb"))
    fields = _run(["dpkg-deb", "-f", str(deb), "Package", "Depends"]).stdout
    assert "Package: jianbao" in fields and "libc6 (>= " in fields

    home = tmp_path / "editor"
    home.mkdir()
    try:
        _run(["dpkg", "-i", str(deb)], env=_dpkg_env())
        listed = set(_run(["dpkg-query", "-L", "jianbao"]).stdout.split())
        assert {"/usr/bin/jianbao", "/opt/jianbao/jianbao", "/usr/share/applications/jianbao.desktop",
                "/usr/share/icons/hicolor/scalable/apps/jianbao.svg",
                "/usr/share/icons/hicolor/48x48/apps/jianbao.png"} <= listed
        ours = ("/opt/jianbao", "/usr/bin/jianbao", "/usr/share/applications/jianbao.desktop",
                "/usr/share/icons/hicolor/", "/usr/share/doc/jianbao")
        parents = {"/.", "/opt", "/usr", "/usr/bin", "/usr/share", "/usr/share/applications", "/usr/share/icons",
                   "/usr/share/icons/hicolor", "/usr/share/doc"}
        assert not [p for p in listed if p not in parents and not p.startswith(ours)]
        entry = Path("/usr/share/applications/jianbao.desktop").read_text("utf-8")
        assert "Name[zh_CN]=简报编辑" in entry and "Exec=jianbao" in entry and "Icon=jianbao" in entry
        _run(["desktop-file-validate", "/usr/share/applications/jianbao.desktop"])
        shipped = {str(p) for p in OPT.rglob("*")}
        assert not _unresolved(OPT), "pruning left libraries without their dependencies"

        selftest = _run(["jianbao", "--self-test"], env=_user_env(home), timeout=300)
        print(selftest.stdout)
        assert "自检通过" in selftest.stdout

        # The editor's store lives in their data folder, never in the bundle.
        _run(["jianbao", "import", str(SAMPLE)], env=_user_env(home))
        store = home / ".local" / "share" / "Jianbao" / "jianbao.db"
        assert store.is_file()
        assert {str(p) for p in OPT.rglob("*")} == shipped, "the installed app wrote into /opt/jianbao"

        _run(["dpkg", "-i", str(deb)], env=_dpkg_env())  # the upgrade path: unpack over the installed copy
        articles = json.loads(_run(["jianbao", "articles", "--json"], env=_user_env(home)).stdout)["articles"]
        assert len(articles) == 20

        _run(["dpkg", "-r", "jianbao"], env=_dpkg_env())
        assert not OPT.exists(), sorted(str(p) for p in OPT.rglob("*"))[:20]
        assert not Path("/usr/bin/jianbao").exists()
        assert store.is_file() and store.stat().st_size > 0
    finally:
        if _installed():
            subprocess.run(["dpkg", "-r", "jianbao"], capture_output=True, env=_dpkg_env(), timeout=300)
