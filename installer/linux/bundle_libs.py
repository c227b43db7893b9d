"""The bundle's shared libraries: drop the ones nothing loads, and name the Debian packages the rest need.

    python3 bundle_libs.py prune   DIR   # remove top-level libraries of DIR/_internal that no kept binary needs,
                                         # and debug info (a self-built Python carries it)
    python3 bundle_libs.py depends DIR   # print the .deb's Depends: libc6 (>= …) and the system libraries

PyInstaller collects the dependencies of every Qt plugin before the spec drops plugins, so libraries only
those plugins used (GTK's Pango, Cairo…) stay behind; `prune` walks DT_NEEDED from what is kept.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries loaded by name at run time rather than through DT_NEEDED.
ALWAYS_KEEP = ("libpython", "libgcc_s", "libdbus-1")
# Plugins that load only on a Wayland desktop; their system libraries come with that desktop.
OPTIONAL = re.compile(r"wayland|WaylandClient|WlShell", re.IGNORECASE)
GLIBC_SONAMES = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1",
                 "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libresolv.so.2"}


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def needed(files: list[Path]) -> dict[Path, list[str]]:
    """DT_NEEDED of each file (objdump -p, in batches)."""
    result: dict[Path, list[str]] = {}
    for start in range(0, len(files), 200):
        batch = files[start:start + 200]
        text = subprocess.run(["objdump", "-p", *map(str, batch)], capture_output=True, text=True, check=True).stdout
        current: Path | None = None
        by_name = {str(p): p for p in batch}
        for line in text.splitlines():
            head = re.match(r"^(\S.*):\s+file format", line)
            if head:
                current = by_name.get(head.group(1))
                result.setdefault(current, [])  # type: ignore[arg-type]
                continue
            m = re.match(r"^\s+NEEDED\s+(\S+)", line)
            if m and current is not None:
                result[current].append(m.group(1))
    return result


def prune(dist: Path) -> int:
    internal = dist / "_internal"
    files = elf_files(dist)
    deps = needed(files)
    provides: dict[str, list[Path]] = {}
    for path in files:
        provides.setdefault(path.name, []).append(path)
    for link in internal.iterdir():  # top-level symlinks name libraries kept in subfolders
        if link.is_symlink():
            provides.setdefault(link.name, []).append(link.resolve())
    top = {p for p in files if p.parent == internal}
    todo = [p for p in files if p not in top or p.name.startswith(ALWAYS_KEEP)]
    reached = set(todo)
    while todo:
        for soname in deps.get(todo.pop(), []):
            for lib in provides.get(soname, []):
                if lib not in reached:
                    reached.add(lib)
                    todo.append(lib)
    dropped = sorted(top - reached)
    size = sum(p.stat().st_size for p in dropped)
    for path in dropped:
        path.unlink()
    for link in internal.iterdir():
        if link.is_symlink() and not link.exists():
            link.unlink()
    print(f"pruned {len(dropped)} unused libraries ({size / 2**20:.1f} MiB): {' '.join(p.name for p in dropped)}")
    strip_debug([p for p in files if p not in dropped])
    return 0


def strip_debug(files: list[Path]) -> None:
    """`strip --strip-debug` on files with DWARF sections only: a full strip, or touching the wheels'
    patchelf-ed libraries, can leave them unloadable."""
    with_debug = []
    for start in range(0, len(files), 200):
        batch = files[start:start + 200]
        text = subprocess.run(["objdump", "-h", *map(str, batch)], capture_output=True, text=True).stdout
        current = None
        for line in text.splitlines():
            head = re.match(r"^(\S.*):\s+file format", line)
            if head:
                current = head.group(1)
            elif current and " .debug_info " in line:
                with_debug.append(current)
                current = None
    before = sum(os.path.getsize(p) for p in with_debug)
    if with_debug:
        subprocess.run(["strip", "--strip-debug", *with_debug], check=True)
    after = sum(os.path.getsize(p) for p in with_debug)
    print(f"stripped debug info from {len(with_debug)} files ({(before - after) / 2**20:.1f} MiB)")


def glibc_floor(files: list[Path]) -> str:
    best = (2, 17)
    for start in range(0, len(files), 200):
        text = subprocess.run(["objdump", "-T", *map(str, files[start:start + 200])], capture_output=True,
                              text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", text):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def system_paths() -> dict[str, str]:
    """soname -> path from the loader's cache, preferring 64-bit entries (the bundle is 64-bit)."""
    text = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s+(\S+) \(([^)]*)\) => (\S+)", text, re.M):
        if name not in paths or re.search(r"x86-64|AArch64|64bit", flags):
            paths[name] = path
    return paths


def package_of(path: str) -> str | None:
    for candidate in {path, os.path.realpath(path), re.sub(r"^/lib", "/usr/lib", path),
                      re.sub(r"^/usr/lib", "/lib", path)}:
        out = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def depends(dist: Path) -> int:
    files = [p for p in elf_files(dist) if not OPTIONAL.search(str(p.relative_to(dist)))]
    inside = {p.name for p in elf_files(dist)} | {p.name for p in (dist / "_internal").iterdir() if p.is_symlink()}
    wanted = sorted({s for libs in needed(files).values() for s in libs if s not in inside and s not in GLIBC_SONAMES})
    where = system_paths()
    packages = {f"libc6 (>= {glibc_floor(files)})"}
    for soname in wanted:
        pkg = package_of(where[soname]) if soname in where else None
        if pkg is None:
            print(f"warning: no package provides {soname} here; left out of Depends", file=sys.stderr)
            continue
        if pkg != "libc6":
            packages.add(pkg)
    print(", ".join(sorted(packages)))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("prune", "depends"):
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[1])
    return prune(dist) if argv[0] == "prune" else depends(dist)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
