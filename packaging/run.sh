#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Command 1 of the README: install what is missing, build, and start Tanhui.
# With a display it opens the GUI; without one it runs the headless pipeline through
# tanhui-cli on the demo data and prints where it wrote the results.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

bin=build/ci/app
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/tanhui" "$@"
fi

out="${TANHUI_OUTPUT_DIR:-$PWD/tanhui-output}"
mkdir -p "$out"
echo "No display: running the headless pipeline with tanhui-cli."
"$bin/tanhui-cli" --version
"$bin/tanhui-cli" --version > "$out/version.txt"
echo "Results written to $out"
