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
demo=resources/demo
echo "No display: running the headless pipeline with tanhui-cli on $demo."
"$bin/tanhui-cli" --version | tee "$out/version.txt"
for format in json csv; do
    "$bin/tanhui-cli" estimate --plots "$demo/plots.csv" --areas "$demo/areas.csv" \
        --value volume_m3ha --format "$format" > "$out/estimate.$format"
done
tail -n 1 "$out/estimate.csv" | cut -d, -f4,10-14 |
    awk -F, '{printf "Stratified mean %s m3/ha, df %s, t %s, 90%% half-width %s, uncertainty %s%%, discount %s%%\n", $1, $2, $3, $4, $5, $6}'
echo "Results written to $out"
