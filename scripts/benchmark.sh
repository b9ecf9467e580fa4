#!/bin/bash
# One table of what Pacte costs as its file grows: generates databases at several scales
# (pacte-cli generate; scale N = N × 100 actions), times every step on each, and prints a Markdown
# table with the peak memory of each step and the exponent of its growth from scale 10 to 500
# (cost ∝ size^exponent: 1 is linear, 0 constant). In the same run and on the same files: sqlite3
# running the same SQL (our time over theirs), a bare Qt window (our first paint over that floor)
# and, when soffice is installed, LibreOffice turning our ODT report into PDF.
#
# usage: scripts/benchmark.sh [SCALE...]        (default: 1 10 100 500)
# PACTE_BENCH_DIR (default /tmp/pacte-bench) keeps the generated files between runs.
# The figures go to docs/performance.md by hand, with the machine and its load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 10 100 500)
if [ -z "${PACTE_BENCH_NO_BUILD:-}" ]; then
    "$root/scripts/deps.sh"
    "$root/scripts/build.sh"
fi
build=${PACTE_BUILD_DIR:-$root/build}
data=${PACTE_BENCH_DIR:-/tmp/pacte-bench}
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
cli=$build/pacte-cli
results=$data/results.tsv # scale, step, milliseconds, peak MiB, detail
: >"$results"

fail() {
    echo "benchmark: $*" >&2
    exit 1
}
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }

# Runs a command 3 times (once when ONCE is set), records the median elapsed time and the peak
# memory of that run. usage: timed SCALE STEP COMMAND...
timed() {
    local scale=$1 step=$2
    shift 2
    local runs=3 out="$data/time.out"
    [ -z "${ONCE:-}" ] || runs=1
    : >"$data/times"
    for _ in $(seq $runs); do
        [ -z "${BEFORE:-}" ] || eval "$BEFORE"
        local status=0
        /usr/bin/time -o "$out" -f '%e %M' "$@" >/dev/null 2>"$data/stderr" || status=$?
        # check exits 1 when it has findings: a result, not a failure
        if [ $status -ne 0 ] && ! [ "$status:${ALLOW_ONE:-}" = "1:1" ]; then
            cat "$data/stderr" >&2
            fail "$step failed (exit status $status)"
        fi
        tail -1 "$out" >>"$data/times"
    done
    sort -n "$data/times" | sed -n "$(((runs + 1) / 2))p" |
        awk -v s="$scale" -v step="$step" '{ printf "%s\t%s\t%.0f\t%.0f\t\n", s, step, $1 * 1000, $2 / 1024 }' >>"$results"
}

# Milliseconds of sqlite3 running FILE.sql on DB: the median of 5 runs, process start included.
sqlite_ms() {
    local db=$1 sql=$2 times=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        sqlite3 "$db" <"$sql" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{ printf "%.1f", $1 / 1000 }'
}

for scale in "${scales[@]}"; do
    file=$data/generated-$scale.pacte
    echo "== scale $scale ($((scale * 100)) actions): $file" >&2
    if [ ! -f "$file" ]; then
        ONCE=1 timed "$scale" "generate" "$cli" generate "$file" --scale "$scale"
    fi
    edition=$("$cli" list "$file" editions | tail -1)
    # awk reads the whole list: head would close the pipe on pacte-cli (SIGPIPE at 5,000 groups,
    # which pipefail turns into the script's exit).
    group=$("$cli" list "$file" groups --edition "$edition" | awk 'NR == 1')
    year=${edition##*-}

    # The window: pacte_bench drives the real main window offscreen and checks each step.
    "$build/pacte_bench" "$file" --repeat 5 --sql "$data/open-$scale.sql" >"$data/gui-$scale.md" 2>"$data/gui-$scale.err" ||
        { cat "$data/gui-$scale.err" >&2; fail "pacte_bench failed at scale $scale"; }
    grep '^| [a-z]' "$data/gui-$scale.md" | grep -v '^| step' |
        awk -F'|' -v s="$scale" '{ gsub(/^ +| +$/, "", $2); gsub(/ /, "", $3); gsub(/ /, "", $5); gsub(/^ +| +$/, "", $6);
                                   printf "%s\t%s\t%s\t%s\t%s\n", s, $2, $3, $5, $6 }' >>"$results"
    usable=$(awk -F'\t' -v s="$scale" '$1 == s && $2 ~ /^open to usable/ { print $3 }' "$results")
    theirs=$(sqlite_ms "$file" "$data/open-$scale.sql")
    record "$scale" "sqlite3: the statements of that open, as plain SQL" "$theirs" "" \
        "ours/theirs $(awk -v a="$usable" -v b="$theirs" 'BEGIN { printf "%.1f", a / b }')"

    "$build/pacte_dashboard_bench" "$file" --repeat 5 --sql "$data/dashboard-$scale.sql" >"$data/dashboard-$scale.md"
    figures=$(awk -F'|' '/dashboard figures/ { gsub(/ /, "", $3); print $3 }' "$data/dashboard-$scale.md")
    record "$scale" "dashboard figures (aggregate queries, in process)" "$figures" "" ""
    theirs=$(sqlite_ms "$file" "$data/dashboard-$scale.sql")
    record "$scale" "sqlite3: the dashboard's queries" "$theirs" "" \
        "ours/theirs $(awk -v a="$figures" -v b="$theirs" 'BEGIN { printf "%.1f", a / b }')"

    ALLOW_ONE=1 timed "$scale" "pacte-cli check (whole command)" "$cli" check "$file"
    timed "$scale" "pacte-cli evaluate $year (whole command)" "$cli" evaluate "$file" --edition "$edition" --year "$year"
    ONCE=$([ "$scale" -ge 100 ] && echo 1 || true) timed "$scale" "pacte-cli report to PDF (whole command)" \
        "$cli" report "$file" -o "$data/report-$scale.pdf"
    timed "$scale" "pacte-cli export (the full dump)" "$cli" export "$file" -o "$data/dump-$scale.json"
    BEFORE="rm -f '$data/restored-$scale.pacte'" timed "$scale" "pacte-cli import (restore the dump)" \
        "$cli" import "$data/restored-$scale.pacte" "$data/dump-$scale.json"
    timed "$scale" "pacte-cli export-sheet (one group)" "$cli" export-sheet "$file" --group "$group" -o "$data/sheet-$scale.json"
    BEFORE="cp '$file' '$data/copy-$scale.pacte'" timed "$scale" "pacte-cli import-sheet (that sheet back)" "$cli" import-sheet "$data/copy-$scale.pacte" "$data/sheet-$scale.json"
    rm -f "$data/copy-$scale.pacte" "$data/restored-$scale.pacte"
    timed "$scale" "pacte-cli export of the edition's workbook (XLSX)" "$cli" export "$file" -o "$data/tables-$scale.xlsx"
    # The workbook's steps and a table import (rows: 20 per 100 actions, 10,000 at scale 500), each
    # checked by the benchmark itself (the workbook read back, the rows in the database).
    bench_rows() { grep '^| [a-z]' | grep -v '^| step' | awk -F'|' -v s="$scale" -v p="$1" '{ gsub(/^ +| +$/, "", $2); gsub(/ /, "", $3); printf "%s\t%s%s\t%s\t\t\n", s, p, $2, $3 }'; }
    "$build/pacte_tables_bench" "$file" --repeat 1 | bench_rows "workbook: " >>"$results" ||
        fail "pacte_tables_bench failed at scale $scale"
    "$build/pacte_import_bench" "$file" --rows $((scale * 20)) | bench_rows "table import of $((scale * 20)) rows: " >>"$results" ||
        fail "pacte_import_bench failed at scale $scale"

    # The coordinator's other route to a PDF: our ODT through LibreOffice, at the two smallest scales.
    if command -v soffice >/dev/null && [ "$scale" -le 10 ]; then
        "$cli" report "$file" -o "$data/report-$scale.odt" >/dev/null
        rm -rf "$data/soffice" && mkdir -p "$data/soffice"
        ONCE=1 timed "$scale" "LibreOffice: our ODT report to PDF" \
            soffice --headless --convert-to pdf --outdir "$data/soffice" "$data/report-$scale.odt"
    fi
done

# The table: one row per step, one column per scale ("ms (peak MiB)"), then the exponent.
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%d)."
echo
awk -F'\t' -v scales="${scales[*]}" '
    BEGIN { n = split(scales, s, " ") }
    { if (!($2 in seen)) { seen[$2] = 1; order[++steps] = $2 }
      ms[$2, $1] = $3; mib[$2, $1] = $4; if ($5 != "") detail[$2, $1] = $5 }
    END {
        printf "| step |"; for (i = 1; i <= n; ++i) printf " scale %s (%d actions) |", s[i], s[i] * 100; print " exponent 10→500 | notes |"
        printf "|---|"; for (i = 1; i <= n; ++i) printf "---:|"; print "---:|---|"
        for (k = 1; k <= steps; ++k) {
            step = order[k]; printf "| %s |", step; notes = ""
            for (i = 1; i <= n; ++i) {
                v = ms[step, s[i]]
                if (v == "") { printf " |"; continue }
                printf " %s%s |", v, (mib[step, s[i]] != "" ? " (" mib[step, s[i]] " MiB)" : "")
                if ((step, s[i]) in detail && s[i] == s[n]) notes = detail[step, s[i]]
            }
            a = ms[step, 10]; b = ms[step, 500]
            if (a > 0 && b > 0) printf " %.2f |", log(b / a) / log(50); else printf " |"
            printf " %s |\n", notes
        }
    }' "$results"
