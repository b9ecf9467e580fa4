#!/bin/bash
# Screenshots of every section at 1366x768 on a fresh copy of the demo data, as a new user sees them
# (no saved settings), into docs/screenshots/. Needs ../shared/tools/screenshot.sh (Xvfb).
# usage: scripts/dev/screenshots.sh [EDITION] [SECTION...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shot=${PACTE_SCREENSHOT_TOOL:-$root/../shared/tools/screenshot.sh}
edition=${1:-PTI 2017-2021}
shift || true
sections=("$@")
[ ${#sections[@]} -gt 0 ] || sections=(dashboard compliance partners persons territories axes groups actions indicators meetings evaluation coverage)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
"$root/build/pacte-cli" init "$work/demo.pacte" --demo >/dev/null
mkdir -p "$root/docs/screenshots"
for section in "${sections[@]}"; do
    rm -rf "$work/config"
    cp "$work/demo.pacte" "$work/shot.pacte"
    "$shot" "$root/docs/screenshots/$section.png" --wait 4 -- \
        "$root/build/pacte" -geometry 1366x768+0+0 --edition "$edition" --section "$section" "$work/shot.pacte" >/dev/null
    rm -f "$work/shot.pacte"*
    echo "docs/screenshots/$section.png"
done
