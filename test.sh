#!/usr/bin/env bash
# Set everything up and run the whole test suite (GUI tests run offscreen).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh" --test
cd "$here"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
