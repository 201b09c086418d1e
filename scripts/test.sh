#!/usr/bin/env bash
# Installs what is needed, builds with -Werror and runs every test (CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install_deps.sh
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh -DSV_WERROR=ON
cd "${BUILD_DIR:-build}" && ctest --output-on-failure
