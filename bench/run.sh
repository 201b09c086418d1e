#!/usr/bin/env bash
# Runs the benchmarks and prints one table: this product beside Debian's
# supervisor and raw fork+exec, measured in the same run.
# Usage: bench/run.sh [--idle-seconds=N] [--large=N] [--no-supervisor]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh --bench
BUILD_DIR=${BUILD_DIR:-build-bench} BUILD_TYPE=Release scripts/build.sh >/dev/null
b=${BUILD_DIR:-build-bench}
exec "$b/svbench" --server="$PWD/$b/supervisord" --client="$PWD/$b/supervise" --probe="$PWD/$b/bench_probe" "$@"
