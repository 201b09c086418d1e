#!/usr/bin/env bash
# The fault-injection campaign (tests/campaign/campaign.py: design, moments and
# the correct end state of each at its top). Builds first when needed.
#   tests/campaign/run.sh --ci              bounded: 45 rounds (5 per moment), 20 programs, < 5 min
#   tests/campaign/run.sh --rounds 1000     the full campaign (60 programs)
#   tests/campaign/run.sh --moments reload,stop_all --rounds 50 --seed 7 --keep
# Exit status 0 when no round found a fault, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
args=()
ci=0
for a in "$@"; do
  case "$a" in
    --ci) ci=1 ;;
    *) args+=("$a") ;;
  esac
done
if [ "$ci" = 1 ]; then
  args=(--rounds 45 --programs 20 --time-limit 240 "${args[@]}")
fi
dir=${BUILD_DIR:-build}
if [ ! -x "$dir/supervisord" ] || [ ! -x "$dir/supervise" ]; then
  BUILD_DIR="$dir" scripts/build.sh
fi
exec python3 tests/campaign/campaign.py --build-dir "$dir" "${args[@]}"
