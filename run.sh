#!/usr/bin/env bash
# Set everything up (first time only takes a few minutes) and start Jianbao on the default store.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh"
exec "$here/.venv/bin/jianbao" "$@"
