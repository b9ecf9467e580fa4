#!/bin/bash
# Generates a large database (50,000 actions by default) and times the editor on it.
# usage: scripts/benchmark.sh [SCALE]   (figures go to docs/performance.md by hand)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-500}
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${PACTE_BUILD_DIR:-$root/build}
data=${PACTE_BENCH_DIR:-/tmp/pacte-bench}
mkdir -p "$data"
file="$data/generated-$scale.pacte"
if [ ! -f "$file" ]; then
    /usr/bin/time -f "generate --scale $scale: %e s, %M KiB" "$build/pacte-cli" generate "$file" --scale "$scale"
fi
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
echo "== editor on $file"
/usr/bin/time -f "pacte_bench: %e s, peak memory %M KiB" "$build/pacte_bench" "$file" --repeat 5
