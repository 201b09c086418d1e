#!/usr/bin/env bash
# The differential test against Debian's supervisor (tests/compat/differential.py):
# installs the package when missing, builds when needed, runs (about 30 s).
#   tests/compat/run.sh [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install_deps.sh --compat
dir=${BUILD_DIR:-build}
if [ ! -x "$dir/supervisord" ] || [ ! -x "$dir/supervise" ]; then
  BUILD_DIR="$dir" scripts/build.sh
fi
exec python3 tests/compat/differential.py --build-dir "$dir" "$@"
