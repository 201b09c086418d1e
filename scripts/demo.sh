#!/usr/bin/env bash
# Installs what is needed, builds, starts supervisord on examples/supervisord.conf
# and shows the programs with SUPERVISE STATUS. Stop it with:
#   build/supervise -c examples/supervisord.conf shutdown
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh
scripts/build.sh
conf=examples/supervisord.conf
mkdir -p /tmp/supervise-demo   # where the demo configuration puts logs and output
build/supervisord --check -c "$conf" >/dev/null   # errors, if any, are printed
rc=0; build/supervise -c "$conf" status >/dev/null 2>&1 || rc=$?
if [ "$rc" -eq 4 ]; then          # 4: no server answers yet
    build/supervisord -c "$conf"  # daemon mode: returns once the server runs
else
    echo "supervisord is already running for $conf"
fi
# Wait (up to 10 s) until no program is STARTING any more: startsecs passed.
for _ in $(seq 100); do
    out=$(build/supervise -c "$conf" status 2>/dev/null) || true
    [ -n "$out" ] && ! grep -q STARTING <<<"$out" && break
    sleep 0.1
done
build/supervise -c "$conf" status || true
