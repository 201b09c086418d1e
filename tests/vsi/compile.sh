#!/usr/bin/env bash
# The VSI-like compile job: compiles every source of src/core, src/server,
# src/client and src/os/vms (the [core], [server], [client], [os_vms],
# [supervisord] and [supervise] components of src/sources.txt, and
# tools/msgsym.cpp, which the OpenVMS build runs) the way VSI
# C++ on OpenVMS x86 sees them (tests/vsi/flags.sh: clang + libc++, __VMS,
# no __GNUC__, no thread_local), against the vendored Boost of
# third_party/boost only (the system's /usr/include/boost is hidden, so a
# header missing from the copy fails here), and the simulator's STARLET
# headers (tests/vms/include) standing in for OpenVMS's. Syntax only: no
# object is kept. Then the three files vms/embed.com makes from cld/, hlp/
# and msg/ are made the same way, compiled, and checked to give back the
# very bytes of their sources.
#
# Usage: tests/vsi/compile.sh [BUILD_DIR]  (default build; needs
#        BUILD_DIR/gen/cond_symbols.h: cmake --build BUILD_DIR --target cond_symbols)
# Exit status 0 when every file compiles and every check holds.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
source "$top/tests/vsi/flags.sh"
[ -f "$build/gen/cond_symbols.h" ] || {
  echo "compile.sh: $build/gen/cond_symbols.h is missing (cmake --build $build --target cond_symbols)" >&2; exit 2; }
[ -f "$top/third_party/boost/boost/version.hpp" ] || { echo "compile.sh: no third_party/boost" >&2; exit 2; }
command -v "$VSI_CXX" >/dev/null || { echo "compile.sh: $VSI_CXX not found (scripts/install_deps.sh installs it)" >&2; exit 2; }

# The version, as CMakeLists.txt and descrip.mms give it.
version=$(sed -n 's/^project(supervise VERSION \([0-9.]*\).*/\1/p' "$top/CMakeLists.txt")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A system root without /usr/include/boost: clang finds the C headers
# there (--sysroot) and libc++ beside itself, Boost only in third_party.
mkdir -p "$tmp/root/usr/include"
for e in /usr/include/*; do
  [ "$(basename "$e")" = boost ] || ln -s "$e" "$tmp/root/usr/include/"
done
flags=("${VSI_FLAGS[@]}" --sysroot="$tmp/root" -I"$top/src" -I"$build/gen" -I"$top/third_party/boost"
       -I"$top/tests/vms/include" -DSV_VERSION="\"$version\"" -Werror=format)

mapfile -t files < <(awk '/^\[/ {c=$0; next} /^#/ || /^$/ {next}
                          c=="[core]" || c=="[server]" || c=="[client]" || c=="[os_vms]" || c=="[supervisord]" || c=="[supervise]" {print}' \
                     "$top/src/sources.txt")
[ ${#files[@]} -gt 40 ] || { echo "compile.sh: only ${#files[@]} files found in src/sources.txt" >&2; exit 2; }
files+=(tools/msgsym.cpp)   # descrip.mms builds it too: it writes cond_symbols.h on OpenVMS
failed=0
for f in "${files[@]}"; do
  if ! "$VSI_CXX" "${flags[@]}" -fsyntax-only "$top/$f" 2> "$tmp/err"; then
    echo "FAILED: $f"; cat "$tmp/err"; failed=$((failed + 1))
  fi
done

# Code bound for OpenVMS must not use thread_local (refused by VSI C++), nor
# printf/scanf lengths l and z (the C RTL's 'long' interfaces are 32-bit
# while VSI C++'s long is 64-bit: vms-services.md correction box (3)); ll is fine.
if grep -nE 'thread_local|%[-+ #0-9.*]*[lz][diouxX]' $(printf "$top/%s " "${files[@]}") \
     "$top"/src/core/*.h "$top"/src/server/*.h "$top"/src/client/*.h "$top"/src/os/vms/*.h 2>/dev/null |
   grep -vE '%[-+ #0-9.*]*ll[diouxX]' > "$tmp/grep"; then
  echo "FAILED: thread_local or a %l/%z conversion in code bound for OpenVMS:"; cat "$tmp/grep"; failed=$((failed + 1))
fi

# vms/embed.com, replayed: a raw string literal around the file's lines.
for pair in cld/supervise.cld:supervise_cld hlp/supervise.hlp:supervise_hlp msg/supervise.msg:supervise_msg; do
  in=${pair%%:*}; func=${pair##*:}
  if grep -q ')sv_embed"' "$top/$in"; then echo "FAILED: $in contains the raw string delimiter"; failed=$((failed + 1)); fi
  { printf '// Generated from %s by VMS/EMBED.COM: do not edit.\n' "$in"
    printf '#include "core/embedded.h"\n'
    printf 'namespace {\n'
    printf 'const char text[] = R"sv_embed(\n'
    cat "$top/$in"
    printf ')sv_embed";\n'
    printf '}  // namespace\n'
    printf 'std::string_view sv::embedded::%s() { return {text + 1, sizeof text - 2}; }\n' "$func"
  } > "$tmp/$func.cpp"
  "$VSI_CXX" "${flags[@]}" -fsyntax-only "$tmp/$func.cpp" || failed=$((failed + 1))
done
cat > "$tmp/embed_check.cpp" <<'CPP'
#include <cstdio>
#include <string_view>
#include "core/embedded.h"
int main(int argc, char** argv) {
    std::string_view v = argv[1][0] == 'c' ? sv::embedded::supervise_cld()
                       : argv[1][0] == 'h' ? sv::embedded::supervise_hlp() : sv::embedded::supervise_msg();
    return std::fwrite(v.data(), 1, v.size(), stdout) == v.size() && argc == 2 ? 0 : 1;
}
CPP
if "$VSI_CXX" -std=c++17 -I"$top/src" -o "$tmp/embed_check" "$tmp"/embed_check.cpp "$tmp"/supervise_*.cpp; then
  for k in cld hlp msg; do
    "$tmp/embed_check" "$k" > "$tmp/out.$k"
    cmp -s "$tmp/out.$k" "$top/$k/supervise.$k" || { echo "FAILED: the embedded $k/supervise.$k differs from the file"; failed=$((failed + 1)); }
  done
else
  failed=$((failed + 1))
fi

echo "compile.sh: ${#files[@]} sources and 3 embedded files under VSI C++'s macros, $failed failure(s)"
[ "$failed" -eq 0 ]
