#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Command 2 of the README: install what is missing, build (preset "ci"), run every test.
# Ends with CTest's summary line; exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
