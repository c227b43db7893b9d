#!/usr/bin/env bash
# One command from a clean checkout to installer/out/jianbao_<version>_<arch>.deb: a PyInstaller one-folder
# bundle (its own Python and Qt) under /opt/jianbao, `jianbao` on PATH, a desktop entry 简报编辑 and its icon.
# Usage: installer/build-linux.sh [--clean]
#   Reuses installer/out/build (PyInstaller's analysis and stripped-library cache) unless --clean is given.
#   JIANBAO_DEB_OUT=DIR puts the .deb elsewhere; JIANBAO_DEB_COMPRESSION=gzip packs faster (xz by default,
#   about 4x slower on 2 cores and 25% smaller: use xz for what editors download). Needs Debian/Ubuntu (or a derivative) and, the first time,
#   the package registries (system packages and the project's venv, as scripts/setup.sh does).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
cd "$root"
clean=0
[ "${1:-}" = "--clean" ] && clean=1
started=$(date +%s)

# binutils: PyInstaller reads and strips ELF files with objdump/strip; dpkg-deb builds the package.
missing=()
command -v objdump >/dev/null || missing+=(binutils)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The project's venv (scripts/setup.sh makes it on a clean checkout) plus PyInstaller.
py="$root/.venv/bin/python"
if ! [ -x "$py" ] || ! "$py" -c "import jianbao" >/dev/null 2>&1; then
  "$root/scripts/setup.sh"
fi
"$py" -c "import PyInstaller" >/dev/null 2>&1 || "$py" -m pip install -q "pyinstaller>=6.10,<7"

version="$("$py" -c "import re,sys; print(re.search(r'__version__ = \"([^\"]+)\"', open(sys.argv[1], encoding='utf-8').read()).group(1))" app/jianbao/__init__.py)"
arch="$(dpkg --print-architecture)"

echo "== PyInstaller bundle (jianbao $version, $arch)"
mkdir -p "$out"
pyi_args=(--noconfirm --log-level WARN --distpath "$out/dist" --workpath "$out/build")
[ $clean = 1 ] && pyi_args+=(--clean)
# Keep PyInstaller's own cache (stripped libraries) beside the build, not in the caller's home folder.
PYINSTALLER_CONFIG_DIR="$out/pyinstaller-cache" "$py" -m PyInstaller "${pyi_args[@]}" installer/jianbao.spec
bundled=$(date +%s)

echo "== Package tree"
stage="$out/deb/jianbao_${version}_${arch}"
rm -rf "$out/deb"
mkdir -p "$stage/DEBIAN" "$stage/opt"
cp -a "$out/dist/jianbao" "$stage/opt/jianbao"
"$py" installer/linux/bundle_libs.py prune "$stage/opt/jianbao"
install -D -m 755 installer/linux/jianbao "$stage/usr/bin/jianbao"
install -D -m 644 installer/linux/jianbao.desktop "$stage/usr/share/applications/jianbao.desktop"
icons=app/jianbao/resources/icons
for size in 16 24 32 48 64 128 256; do
  install -D -m 644 "$icons/jianbao-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/jianbao.png"
done
install -D -m 644 "$icons/jianbao.svg" "$stage/usr/share/icons/hicolor/scalable/apps/jianbao.svg"
install -D -m 644 installer/linux/copyright "$stage/usr/share/doc/jianbao/copyright"
# Readable by every user, writable by none but root (the bundle never writes into itself).
chmod -R u+rwX,go+rX,go-w "$stage"

depends="$("$py" installer/linux/bundle_libs.py depends "$stage/opt/jianbao")"
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_kb/" installer/linux/control.in > "$stage/DEBIAN/control"
(cd "$stage" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

tree_done=$(date +%s)
echo "== dpkg-deb"
deb_dir="${JIANBAO_DEB_OUT:-$out}"
mkdir -p "$deb_dir"
deb="$deb_dir/jianbao_${version}_${arch}.deb"
# xz (dpkg's default) rather than zstd: older dpkg on the Debian-based office distributions reads only xz/gzip.
dpkg-deb --root-owner-group "-Z${JIANBAO_DEB_COMPRESSION:-xz}" --build "$stage" "$deb" >/dev/null
rm -rf "$out/deb"
done_at=$(date +%s)
echo "built $deb"
echo "size: $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), installed ${installed_kb} KiB"
echo "time: $((done_at - started)) s (bundle $((bundled - started)) s, tree $((tree_done - bundled)) s, dpkg-deb -Z${JIANBAO_DEB_COMPRESSION:-xz} $((done_at - tree_done)) s)"
echo "depends: $depends"
