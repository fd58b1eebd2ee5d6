#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each libFuzzer target for SECONDS (default 10) from its checked-in seeds (new inputs go
# to a scratch corpus, the seeds stay as they are) and prints what libFuzzer reports: runs,
# coverage, corpus. A crash stops with its input saved under the scratch folder.
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build/fuzz}"
seconds="${2:-10}"
scratch="$(mktemp -d /tmp/tanhui-fuzz.XXXXXX)"
for target in csv equation table_reader rules project_open; do
    seeds=("$here/corpus/$target")
    # The schema fixtures are the project files to damage.
    [ "$target" = project_open ] && seeds=("$here/../data")
    mkdir -p "$scratch/$target"
    echo "== tanhui-fuzz-$target, ${seconds} s"
    "$build/tests/fuzz/tanhui-fuzz-$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$scratch/$target/" "$scratch/$target" "${seeds[@]}" 2>&1 |
        grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' || true
    if ls "$scratch/$target"/crash-* "$scratch/$target"/leak-* "$scratch/$target"/timeout-* >/dev/null 2>&1; then
        echo "tanhui-fuzz-$target found a failing input: $(ls "$scratch/$target"/crash-* "$scratch/$target"/leak-* "$scratch/$target"/timeout-* 2>/dev/null)" >&2
        exit 1
    fi
done
rm -rf "$scratch"
