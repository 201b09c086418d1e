#!/usr/bin/env bash
# Makes third_party/boost/: the Boost headers the OpenVMS build needs, no
# more. OpenVMS has no Boost (../shared/reference/vms-simulator.md 4.2), so
# descrip.mms and Makefile.vms compile against this copy; the Linux build
# keeps the system Boost.
#
# Pinned: Debian 12's libboost1.74-dev (Boost 1.74.0), /usr/include/boost.
# The set of files is the closure the compiler itself reports: clang -M on
# every source of [core], [server], [client], [os_vms], [supervisord] and
# [supervise] in src/sources.txt and tools/msgsym.cpp,
# under the macros VSI C++ presents (tests/vsi/flags.sh), so Boost's
# platform selection picks what it would pick on OpenVMS (platform/vms.hpp).
# Nothing is guessed: a header no source reaches is left out.
#
# Usage: scripts/vendor_boost.sh [BUILD_DIR]   (BUILD_DIR/gen/cond_symbols.h
#        is needed by the server's sources; default build)
# Then tests/vsi/compile.sh proves the copy is complete (it hides the
# system's /usr/include/boost).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
src=/usr/include/boost
out=$top/third_party/boost
want=1.74.0
source "$top/tests/vsi/flags.sh"

have=$(sed -n 's/^#define BOOST_LIB_VERSION "\(.*\)"/\1/p' $src/version.hpp)
[ "$have" = "1_74" ] || { echo "vendor_boost: $src is Boost $have, not $want" >&2; exit 1; }
pkg=$(dpkg-query -W -f='${Package} ${Version}' libboost1.74-dev 2>/dev/null || echo "libboost1.74-dev (version unknown)")
[ -f "$build/gen/cond_symbols.h" ] || { echo "vendor_boost: build $build first (target cond_symbols)" >&2; exit 1; }

# The sources, from src/sources.txt.
mapfile -t files < <(awk '/^\[/ {c=$0; next} /^#/ || /^$/ {next}
                          c=="[core]" || c=="[server]" || c=="[client]" || c=="[os_vms]" || c=="[supervisord]" || c=="[supervise]" {print}' \
                     "$top/src/sources.txt")
files+=(tools/msgsym.cpp)   # built by descrip.mms as well
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
  "$VSI_CXX" "${VSI_FLAGS[@]}" -I"$top/src" -I"$build/gen" -I"$top/tests/vms/include" -DSV_VERSION='"0"' \
    -M -MF "$tmp/deps" "$top/$f"
  tr ' \\' '\n\n' < "$tmp/deps" | grep "^$src/" >> "$tmp/all" || true
done
sort -u "$tmp/all" | sed "s|^$src/||" > "$tmp/list"

rm -rf "$out"
mkdir -p "$out/boost"
while read -r rel; do
  mkdir -p "$out/boost/$(dirname "$rel")"
  cp -p "$src/$rel" "$out/boost/$rel"
done < "$tmp/list"

# The licence, as Debian ships it (the BSL-1.0 paragraph of its copyright file).
awk '/^ Boost Software License - Version 1.0/ {on=1} on && /^$/ {exit} on' \
  /usr/share/doc/libboost1.74-dev/copyright | sed -e 's/^ //' -e 's/^\.$//' > "$out/LICENSE_1_0.txt"

count=$(wc -l < "$tmp/list")
size=$(du -sk --apparent-size "$out/boost" | cut -f1)
cat > "$out/VERSION.txt" <<INFO
Boost $want, header files only: $count files, ${size} KiB.
Copied from $src of the Debian 12 package $pkg
by scripts/vendor_boost.sh: the closure of the headers that src/core,
src/server, src/client and src/os/vms include under the macros of VSI C++
(tests/vsi/flags.sh), as reported by clang -M. Unmodified. Licence:
LICENSE_1_0.txt (Boost Software License 1.0). Used by descrip.mms and
Makefile.vms only; the Linux build uses the system's Boost.
INFO
echo "vendor_boost: $count files, ${size} KiB in ${out#$top/}"
