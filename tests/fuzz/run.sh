#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/*_fuzz.cpp) straight from the codec
# sources with clang++ and runs each one RUNS times (default 300000) from the
# seed corpus in tests/fuzz/corpus/<target>/. Exits non-zero on any finding
# (crash, sanitizer report, round-trip mismatch, an input taking over 60 s)
# or build failure.
#
#   bash tests/fuzz/run.sh [RUNS]
#
# Environment: CXX_FUZZ (default clang++), SV_FUZZ_OUT (build and work
# directory; default a fresh temporary directory, removed when all is well).
# The committed seeds are only read; new inputs go to the work directory.
# Needs clang and its libFuzzer runtime (Debian: clang, libclang-rt-14-dev).
set -euo pipefail

runs=${1:-300000}
case $runs in
    '' | *[!0-9]*) echo "usage: $0 [RUNS]" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=${CXX_FUZZ:-clang++}
if [ -n "${SV_FUZZ_OUT:-}" ]; then
    out=$SV_FUZZ_OUT
    mkdir -p "$out"
    keep=1
else
    out=$(mktemp -d "${TMPDIR:-/tmp}/sv_fuzz.XXXXXX")
    keep=0
fi

sources=("$root/src/core/proto.cpp" "$root/src/core/table.cpp" "$root/src/core/process_state.cpp" "$root/src/core/text.cpp")
flags=(-std=c++17 -g -O1 -Wall -Wextra -Wshadow -Wpedantic -Werror
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$root/src")

status=0
for target in proto table; do
    echo "== building ${target}_fuzz"
    "$cxx" "${flags[@]}" "$here/${target}_fuzz.cpp" "${sources[@]}" -o "$out/${target}_fuzz"
done

for target in proto table; do
    case $target in
        proto) max_len=4200 ;;   # past the 4096-byte default message, to reach too_long
        table) max_len=1100 ;;   # past kMaxEntry (1024)
    esac
    work="$out/corpus_$target"
    mkdir -p "$work"
    echo "== running ${target}_fuzz: $runs runs"
    if ! "$out/${target}_fuzz" -runs="$runs" -max_len="$max_len" -timeout=60 -print_final_stats=1 \
            -artifact_prefix="$out/${target}_" "$work" "$here/corpus/$target"; then
        echo "!! ${target}_fuzz found a problem; the input is kept in $out" >&2
        status=1
        keep=1
    fi
done

if [ "$keep" = 0 ]; then
    rm -rf "$out"
else
    echo "== outputs in $out"
fi
exit "$status"
