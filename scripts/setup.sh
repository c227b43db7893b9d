#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for Jianbao: system packages, a venv, the project.
# Usage: scripts/setup.sh [--test]   (--test also installs the test tools and renderers)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Qt's xcb/EGL/font libraries (PySide6 wheels link against them but do not ship them),
# CJK fonts so Chinese renders (Noto CJK: Song/Hei; AR PL: Kai/Ming for 楷体 and fallbacks).
pkgs=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
      fontconfig fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming
      libreoffice-writer-nogui)  # reads the .doc, .wps, .odt and .rtf that departments send
# Tests also render .docx to PDF/PNG (LibreOffice, poppler) and compare against pandoc.
[ $want_test = 1 ] && pkgs+=(poppler-utils pandoc dpkg-dev fakeroot)
# The store tests also run on a real PostgreSQL: a throw-away cluster (tests/pgcluster.py) from Debian's server.
[ $want_test = 1 ] && pkgs+=(postgresql)
# The installer test builds the .deb (PyInstaller reads ELF files with binutils' objdump) and validates
# its desktop entry (desktop-file-utils).
[ $want_test = 1 ] && pkgs+=(binutils desktop-file-utils)

# A bare Debian/Ubuntu Python lacks the venv module (ensurepip) until python3-venv is installed.
py="${PYTHON:-python3}"
if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
  pkgs+=(python3-venv)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing system packages: ${missing[*]}"
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    # The tests start their own throw-away cluster: Debian need not create and start a default one.
    $sudo_cmd mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $sudo_cmd tee /etc/postgresql-common/createcluster.d/jianbao.conf >/dev/null
  fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ $want_test = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
