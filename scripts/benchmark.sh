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

echo "== dashboard figures and governance check on $file"
"$build/pacte_dashboard_bench" "$file" --repeat 5 --sql "$data/dashboard.sql"
# The same aggregate queries through the sqlite3 command-line tool, for the ratio.
start=$(date +%s%N)
for _ in 1 2 3 4 5; do sqlite3 "$file" <"$data/dashboard.sql" >/dev/null; done
end=$(date +%s%N)
echo "sqlite3 CLI, same queries: $(( (end - start) / 5000000 )) ms (mean of 5, process start included)"

echo "== dashboard section in the window"
PACTE_DASHBOARD_FILE="$file" "$build/gui_tests" "[.dashboard-bench]" 2>&1 | grep -A2 -E "dashboard of" || true

echo "== the edition's workbook and an import of 10,000 action rows on $file"
"$build/pacte_tables_bench" "$file" --repeat 3
"$build/pacte_import_bench" "$file" --rows 10000
