#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Tanhui needs to build, test and run. Idempotent: when
# every package is present it only says so and never calls apt-get.
set -euo pipefail

PACKAGES=(
    # build tools
    cmake ninja-build ccache g++ pkg-config git clang-format
    # Qt 6.4: Widgets, Charts, Svg, PrintSupport (in qt6-base-dev), Test, LinguistTools
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev
    qt6-translations-l10n libgl-dev
    # geodata, storage, equations, spreadsheets
    libgdal-dev gdal-bin libproj-dev proj-bin libsqlite3-dev sqlite3 libmuparser-dev
    libxlsxwriter-dev
    # Ed25519 seal signatures
    libssl-dev
    # libFuzzer targets (the fuzz preset)
    clang-14 libclang-rt-14-dev
    # Chinese text in the GUI and reports; screenshots and PDF checks
    fonts-noto-cjk xvfb xauth poppler-utils
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} Debian packages are installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
