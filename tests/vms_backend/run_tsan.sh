#!/usr/bin/env bash
# Builds the OpenVMS back end, supervisord_vms, the simulator and the test
# with ThreadSanitizer in BUILD_DIR (default build-tsan), then runs the
# vms_backend test there. Any data race report fails it. The idle check is
# skipped under TSan (its runtime has a thread that wakes by itself).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build-tsan}
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="-fsanitize=thread -g" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" >/dev/null
cmake --build "$dir" -j"$(nproc)" --target vms_backend_test supervisord_vms supervise_vms vms_test_image vmssimd loginout
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
TSAN_OPTIONS="halt_on_error=0 ${TSAN_OPTIONS:-}" "$dir/tests/vms_backend/vms_backend_test" >"$log" 2>&1 || status=$?
if grep -q 'WARNING: ThreadSanitizer' "$log"; then
  grep -A30 'WARNING: ThreadSanitizer' "$log" | head -120
  echo "vms_backend under TSan: data races reported" >&2
  exit 1
fi
tail -3 "$log"
exit "$status"
