#!/usr/bin/env bash
# Runs the OpenVMS conformance programs against the simulator and compares their
# output with conform/expected/*.txt.
#
#   run_conform.sh --bin DIR [--deterministic] [--strict32]
#       DIR holds vmssimd, vmssim_child and conform_* (a build's tests/vms folder).
#   run_conform.sh --tsan BUILD_DIR
#       builds the simulator and the programs with ThreadSanitizer into BUILD_DIR
#       (only these targets) and runs them; any TSan report fails the run.
#
# Each run gets a private directory (broker socket, child output), removed at exit;
# the broker is stopped by its PID and kills the processes it created.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin= mode=threaded strict=0 tsan=
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --deterministic) mode=deterministic; shift ;;
    --strict32) strict=1; shift ;;
    --tsan) tsan=$2; shift 2 ;;
    *) echo "usage: $0 --bin DIR [--deterministic] [--strict32] | --tsan BUILD_DIR" >&2; exit 2 ;;
  esac
done
if [ -n "$tsan" ]; then
  cmake -S "$here/../.." -B "$tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" >/dev/null
  cmake --build "$tsan" -j"$(nproc)" --target vmssimd vmssim_child sim_strict32_test sim_tsan_canary \
    conform_ast conform_mbx conform_proc conform_lnm conform_msg conform_cli conform_help conform_dcl conform_file loginout >/dev/null
  export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
  bin=$tsan/tests/vms
fi
[ -n "$bin" ] || { echo "$0: --bin DIR is required" >&2; exit 2; }
bin=$(cd "$bin" && pwd)

run=$(mktemp -d "${TMPDIR:-/tmp}/vmssim.XXXXXX")
broker=
cleanup() {
  if [ -n "$broker" ]; then kill "$broker" 2>/dev/null || true; wait "$broker" 2>/dev/null || true; fi
  rm -rf "$run"
}
trap cleanup EXIT

export VMSSIM_RUN=$run VMSSIM_IMAGES=$bin VMSSIM_AST_MODE=$mode VMSSIM_STRICT32=$strict
# The programs and the processes run in $run (their default directory); the
# help library is hlp/supervise.hlp there.
ln -s "$here/../../hlp" "$run/hlp"
(cd "$run" && exec "$bin/vmssimd" "$run") 2>"$run/vmssimd.err" &
broker=$!
for _ in $(seq 100); do [ -e "$run/vmssimd.ready" ] && break; sleep 0.1; done
[ -e "$run/vmssimd.ready" ] || { echo "vmssimd did not start" >&2; cat "$run/vmssimd.err" >&2; exit 1; }

fail=0
for prog in ast mbx proc lnm msg cli help dcl file; do
  input=/dev/null  # SYS$INPUT
  [ -e "$here/conform/input/$prog.txt" ] && input=$here/conform/input/$prog.txt
  if ! (cd "$run" && timeout 120 "$bin/conform_$prog" <"$input" >"$run/$prog.out" 2>"$run/$prog.err"); then
    echo "FAIL conform_$prog exited $? ($mode, strict32=$strict)"; cat "$run/$prog.err"; fail=1
  fi
  if ! diff -u "$here/conform/expected/$prog.txt" "$run/$prog.out"; then
    echo "FAIL conform_$prog output differs ($mode, strict32=$strict)"; fail=1
  fi
  # Signalled messages go to SYS$ERROR: compared where a program expects some.
  if [ -e "$here/conform/expected/$prog.err" ] && ! diff -u "$here/conform/expected/$prog.err" "$run/$prog.err"; then
    echo "FAIL conform_$prog SYS\$ERROR differs ($mode, strict32=$strict)"; fail=1
  fi
  if grep -q -e 'strict-32' -e 'ThreadSanitizer' -e '^vmssim:' "$run/$prog.err"; then
    echo "FAIL conform_$prog stderr:"; cat "$run/$prog.err"; fail=1
  fi
done
if [ "$strict" = 1 ] || [ -n "$tsan" ]; then
  if ! VMSSIM_STRICT32=1 timeout 60 "$bin/sim_strict32_test" >"$run/strict.out" 2>&1; then
    echo "FAIL sim_strict32_test"; cat "$run/strict.out"; fail=1
  fi
fi
if [ -n "$tsan" ]; then
  st=0; timeout 60 "$bin/sim_tsan_canary" >"$run/canary.out" 2>&1 || st=$?
  if [ "$st" != 66 ] || ! grep -q 'ThreadSanitizer: data race' "$run/canary.out"; then
    echo "FAIL sim_tsan_canary: the deliberate main-line/AST race was not reported"; fail=1
  fi
fi
if grep -q . "$run/vmssimd.err"; then echo "vmssimd stderr:"; cat "$run/vmssimd.err"; fi
[ $fail = 0 ] && echo "vms conformance: all programs match ($mode, strict32=$strict${tsan:+, tsan})"
exit $fail
