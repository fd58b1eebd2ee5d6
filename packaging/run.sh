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
for year in 2021 2024; do
    # Strata of the age raster at the end of each period (ages rolled forward from 2018).
    "$cli" areas demo/stands_age.tif --age-group 杉木 --region south --origin planted \
        --base-year 2018 --date "$year-12-31" --format csv |
        awk -F, 'NR == 1 || $4 > 0' > "areas_$year.csv"
    # Tree → plot carbon (shipped parameter set), then the stratified estimate.
    "$cli" biomass --trees "demo/trees_$year.csv" --plots "demo/plots_$year.csv" \
        --format csv > "plot_co2e_$year.csv" 2> "biomass_$year.log"
    "$cli" estimate --plots "plot_co2e_$year.csv" --areas "areas_$year.csv" \
        --value co2e_t_ha > "estimate_$year.json"
    "$cli" estimate --plots "plot_co2e_$year.csv" --areas "areas_$year.csv" \
        --value co2e_t_ha --format csv > "estimate_$year.csv"
    tail -n 1 "estimate_$year.csv" | cut -d, -f8,13,14 |
        awk -F, -v y="$year" '{printf "%s: stock %.0f t CO2e, uncertainty %.2f %%, discount %s %%\n", y, $1, $2, $3}'
done
# Re-measured permanent plots: the change 2021 → 2024 (AR-TOOL14 Method B).
"$cli" change --from-plots plot_co2e_2021.csv --to-plots plot_co2e_2024.csv \
    --areas areas_2024.csv --value co2e_t_ha --from-date 2021-12-31 --to-date 2024-12-31 \
    > change_2021_2024.json
grep -E '^    "(annual_change|uncertainty_pct)"' change_2021_2024.json
"$cli" verify demo/demo.tanhui | tee verify.txt
echo "Results written to $out"
