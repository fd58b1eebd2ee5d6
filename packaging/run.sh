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
cli="$PWD/$bin/tanhui-cli"
echo "No display: running the headless pipeline with tanhui-cli on the demo forest farm."
rm -rf "$out"
mkdir -p "$out"
"$cli" --version | tee "$out/version.txt"
"$cli" demo "$out/demo"
cd "$out"
# The project workflow on the demo farm's files, step by step, in a new project file.
p=farm.tanhui
"$cli" project create $p --name "示范林场 demo forest farm" --methodology CCER-14-001-V01
for year in 2021 2024; do
    # Strata of the age raster at the end of the period (ages rolled forward from 2018).
    "$cli" project stratify $p --name "age-groups-$year" -- demo/stands_age.tif \
        --age-group 杉木 --region south --origin planted --base-year 2018 --date "$year-12-31"
    "$cli" project add-period $p --period $year --start $((year - 2))-01-01 --end $year-12-31
    "$cli" project import $p --period $year --plots demo/plots_$year.csv --trees demo/trees_$year.csv
    # Tree → plot carbon with the shipped parameter set, then the stratified estimate.
    "$cli" project compute $p --period $year --stratification "age-groups-$year"
    if [ $year = 2021 ]; then "$cli" project seal $p --period 2021; fi
done
# Re-measured permanent plots: the change 2021 → 2024 (AR-TOOL14 Method B).
"$cli" project compare $p --period 2024
"$cli" project seal $p --period 2024
"$cli" verify $p | tee verify.txt
"$cli" project export $p --dir tables
echo "Results written to $out (project $p, its tables as CSV in tables/)"
