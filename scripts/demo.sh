#!/usr/bin/env bash
# Installs what is needed, builds, starts supervisord on examples/supervisord.conf
# and shows the programs with SUPERVISE STATUS. Stop it with:
#   build/supervise -c examples/supervisord.conf shutdown
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh
scripts/build.sh
conf=examples/supervisord.conf
build/supervisord --check -c "$conf"
build/supervisord -c "$conf"
for _ in $(seq 50); do build/supervise -c "$conf" status >/dev/null 2>&1 && break; sleep 0.1; done
sleep 1.5   # let the demo programs pass startsecs, so STATUS shows them RUNNING
build/supervise -c "$conf" status || true
