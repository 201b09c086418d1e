#!/usr/bin/env bash
# Runs the OpenVMS conformance programs against the simulator and compares their
# output with conform/expected/*.txt.
#
#   run_conform.sh --bin DIR [--deterministic] [--strict32]
#       DIR holds vmssimd, vmssim_child and conform_* (a build's tests/vms folder).
#   run_conform.sh --bin DIR --alt-params
#       the other answer to every [U] question that has a parameter
#       (sim/common/params.h): the output must then differ from
#       conform/expected/ exactly as conform/params-alt.diff says, which shows
#       that each parameter really decides its behaviour.
#   run_conform.sh --tsan BUILD_DIR
#       builds the simulator and the programs with ThreadSanitizer into BUILD_DIR
#       (only these targets) and runs them; any TSan report fails the run.
#
# Each run gets a private directory (broker socket, child output), removed at exit;
# the broker is stopped by its PID and kills the processes it created.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin= mode=threaded strict=0 tsan= alt=0
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --deterministic) mode=deterministic; shift ;;
    --strict32) strict=1; shift ;;
    --tsan) tsan=$2; shift 2 ;;
    --alt-params) alt=1; shift ;;
    *) echo "usage: $0 --bin DIR [--deterministic] [--strict32] [--alt-params] | --tsan BUILD_DIR" >&2; exit 2 ;;
  esac
done
if [ -n "$tsan" ]; then
  cmake -S "$here/../.." -B "$tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" >/dev/null
  cmake --build "$tsan" -j"$(nproc)" --target vmssimd vmssim_child sim_strict32_test sim_diag_test sim_tsan_canary \
    conform_ast conform_mbx conform_proc conform_lnm conform_msg conform_cli conform_help conform_dcl conform_persona conform_file loginout >/dev/null
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
expected=$here/conform/expected
if [ "$alt" = 1 ]; then
  # The other answers (CONTRACT.md rows MBX-8, 9, 12, 18, 19, 22, 26, PRC-17,
  # LNM-1, LBR-6, DCL-5, DCL-8, PER-2, PER-4); the broker and the processes read them.
  export VMSSIM_WRITERCHECK_PENDING=0 VMSSIM_BIDIR_COUNTS=0 VMSSIM_DEFMBXMXMSG=512 \
    VMSSIM_MBTOOSML_IN_IOSB=1 VMSSIM_CANCEL_WRITE_STATUS=2096 VMSSIM_CANCEL_WRITE_KEEPS_MSG=0 \
    VMSSIM_DASSGN_FLUSHES_ATTN=0 \
    VMSSIM_DELMBX_DROPS_NAME=0 VMSSIM_ORPHAN_TERMMSG=0 VMSSIM_CRELNT_NEW=1 VMSSIM_CRELNT_EXISTS=1713 \
    VMSSIM_LBR_NOLIB_STATUS=0x1C VMSSIM_FORCEX_IMAGE_ONLY=0 VMSSIM_DCL_EOF_STATUS=0 \
    VMSSIM_PERSONA_NEEDS_INHERIT=1 VMSSIM_PERSONA_NOUSER=8324
  cp -r "$here/conform/expected" "$run/expected"
  patch -s -p1 -d "$run/expected" <"$here/conform/params-alt.diff" || { echo "params-alt.diff does not apply" >&2; exit 1; }
  expected=$run/expected
fi
# The programs and the processes run in $run (their default directory); the
# help library is hlp/supervise.hlp there.
ln -s "$here/../../hlp" "$run/hlp"
(cd "$run" && exec "$bin/vmssimd" "$run") 2>"$run/vmssimd.err" &
broker=$!
for _ in $(seq 100); do [ -e "$run/vmssimd.ready" ] && break; sleep 0.1; done
[ -e "$run/vmssimd.ready" ] || { echo "vmssimd did not start" >&2; cat "$run/vmssimd.err" >&2; exit 1; }

fail=0
altnote=
[ "$alt" = 1 ] && altnote=", other [U] answers"
for prog in ast mbx proc lnm msg cli help dcl persona file; do
  input=/dev/null  # SYS$INPUT
  [ -e "$here/conform/input/$prog.txt" ] && input=$here/conform/input/$prog.txt
  if ! (cd "$run" && timeout 120 "$bin/conform_$prog" <"$input" >"$run/$prog.out" 2>"$run/$prog.err"); then
    echo "FAIL conform_$prog exited $? ($mode, strict32=$strict)"; cat "$run/$prog.err"; fail=1
  fi
  if ! diff -u "$expected/$prog.txt" "$run/$prog.out"; then
    echo "FAIL conform_$prog output differs ($mode, strict32=$strict)"; fail=1
  fi
  # Signalled messages go to SYS$ERROR: compared where a program expects some.
  if [ -e "$expected/$prog.err" ] && ! diff -u "$expected/$prog.err" "$run/$prog.err"; then
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
# The simulator's refusals (strict-32, a table cld2obj did not make) and their
# diagnostics: every mode.
if ! VMSSIM_STRICT32=1 timeout 60 "$bin/sim_diag_test" >"$run/diag.out" 2>&1; then
  echo "FAIL sim_diag_test"; cat "$run/diag.out"; fail=1
fi
if [ -n "$tsan" ]; then
  st=0; timeout 60 "$bin/sim_tsan_canary" >"$run/canary.out" 2>&1 || st=$?
  if [ "$st" != 66 ] || ! grep -q 'ThreadSanitizer: data race' "$run/canary.out"; then
    echo "FAIL sim_tsan_canary: the deliberate main-line/AST race was not reported"; fail=1
  fi
fi
if grep -q . "$run/vmssimd.err"; then echo "vmssimd stderr:"; cat "$run/vmssimd.err"; fi
[ $fail = 0 ] && echo "vms conformance: all programs match ($mode, strict32=$strict${tsan:+, tsan}${altnote})"
exit $fail
