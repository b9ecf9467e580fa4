#!/bin/bash
# Times the two spreadsheet commands of issue 11 on a generated database (scale 500: 50,000 actions):
# the whole-edition workbook (`pacte-cli export FILE -o OUT.xlsx`) and an import of 10,000 action rows
# (`pacte-cli import-table COPY IN.xlsx --table actions`: 5,000 rows give existing actions another
# status, 5,000 create actions), each as the whole command, elapsed and CPU (user + system) from
# /usr/bin/time, then pacte_tables_bench and pacte_import_bench for the steps inside. Each run checks
# what it timed: the workbook holds every sheet and every record of the edition (pacte_tables_bench
# --check), the import reports the planned counts and the database then holds the new actions.
#
# usage: scripts/benchmark-tables.sh [SCALE [ROWS [RUNS]]]     (default: 500 10000 3)
# PACTE_BENCH_DIR (default /tmp/pacte-bench) keeps the generated file; PACTE_BENCH_NO_BUILD=1 skips
# the build. The figures go to docs/performance.md by hand, with the machine and its load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-500}
rows=${2:-10000}
runs=${3:-3}
[ -n "${PACTE_BENCH_NO_BUILD:-}" ] || "$root/scripts/build.sh"
build=${PACTE_BUILD_DIR:-$root/build}
data=${PACTE_BENCH_DIR:-/tmp/pacte-bench}
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
cli=$build/pacte-cli
file=$data/generated-$scale.pacte
[ -f "$file" ] || "$cli" generate "$file" --scale "$scale" >/dev/null

fail() {
    echo "benchmark-tables: $*" >&2
    exit 1
}
# The actions' total is the first "total" of stats --json (its keys come in alphabetical order).
count_actions() { "$cli" stats "$1" --json | grep -o '"total": *[0-9]*' | head -1 | grep -o '[0-9]*$'; }

# One line per run: elapsed s, user s, system s, peak KiB.
timed() {
    /usr/bin/time -o "$data/time.out" -f '%e %U %S %M' "$@" >"$data/out" 2>"$data/err" ||
        { cat "$data/err" >&2; fail "$* failed"; }
    tail -1 "$data/time.out"
}
# The runs' lines in, one table row out: the medians of the elapsed and CPU times, the largest peak.
report() {
    local runs_file=$data/runs
    cat >"$runs_file"
    local middle=$((($(wc -l <"$runs_file") + 1) / 2))
    local elapsed cpu peak
    elapsed=$(cut -d' ' -f1 "$runs_file" | sort -n | sed -n "${middle}p")
    cpu=$(awk '{ print $2 + $3 }' "$runs_file" | sort -n | sed -n "${middle}p")
    peak=$(cut -d' ' -f4 "$runs_file" | sort -n | tail -1)
    printf '| %s | %.2f | %.2f | %.0f |\n' "$1" "$elapsed" "$cpu" "$((peak / 1024))"
}

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(date -u '+%Y-%m-%d %H:%M') UTC."
echo "Data: $file ($(count_actions "$file") actions)."
echo
echo "| whole command (median of $runs) | elapsed s | CPU s | peak MiB |"
echo "|---|---:|---:|---:|"

for _ in $(seq "$runs"); do
    timed "$cli" export "$file" -o "$data/tables-$scale.xlsx"
    "$build/pacte_tables_bench" "$file" --check "$data/tables-$scale.xlsx" >/dev/null || fail "the workbook is wrong"
done | report "\`pacte-cli export FILE -o OUT.xlsx\` (whole-edition workbook)"

input=$data/import-$rows.xlsx
"$build/pacte_import_bench" "$file" --rows "$rows" --write-input "$input" >/dev/null
before=$(count_actions "$file")
for _ in $(seq "$runs"); do
    cp "$file" "$data/import-copy.pacte"
    rm -rf "$data/import-copy.sauvegardes"
    timed "$cli" import-table "$data/import-copy.pacte" "$input" --table actions
    grep -q "créés : $((rows - rows / 2)), mis à jour : $((rows / 2)), rejetés : 0\|$((rows - rows / 2)) created, $((rows / 2)) updated, 0 rejected" "$data/out" ||
        { cat "$data/out" "$data/err" >&2; fail "the import did not plan $rows rows"; }
    after=$(count_actions "$data/import-copy.pacte")
    [ "$after" -eq $((before + rows - rows / 2)) ] || fail "the database holds $after actions, not $((before + rows - rows / 2))"
done | report "\`pacte-cli import-table COPY IN.xlsx --table actions\` ($rows rows)"
rm -rf "$data/import-copy.pacte" "$data/import-copy.sauvegardes"

echo
echo "Inside the workbook (pacte_tables_bench, median of $runs):"
"$build/pacte_tables_bench" "$file" --repeat "$runs"
echo
echo "Inside the import (pacte_import_bench, one run):"
"$build/pacte_import_bench" "$file" --rows "$rows"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
