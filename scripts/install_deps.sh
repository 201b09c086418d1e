#!/usr/bin/env bash
# Installs the Debian 12 packages SUPERVISE builds and tests with.
# Usage: scripts/install_deps.sh [--fuzz] [--bench] [--compat]
set -euo pipefail
pkgs=(cmake g++ make libboost-dev doctest-dev libcap-dev libedit-dev procps python3 e2fsprogs)
# tests/vsi/compile.sh (the VSI-like compile job): clang with libc++
pkgs+=(clang libc++-14-dev libc++abi-14-dev)
for a in "$@"; do
  case "$a" in
    --fuzz) pkgs+=(clang libclang-rt-14-dev) ;;
    --bench) pkgs+=(supervisor) ;;
    --compat) pkgs+=(supervisor) ;;   # tests/compat: Debian's supervisor 4.2.5 to compare with
  esac
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
