#!/bin/bash
# Times the whole-département COPIL report of a generated database (scale 60: 600 working groups,
# 6,000 actions) to PDF, and LibreOffice turning our ODT of the same report into PDF when soffice is
# installed (it is not a dependency). usage: scripts/benchmark-report.sh [SCALE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-60}
"$root/scripts/build.sh"
build=${PACTE_BUILD_DIR:-$root/build}
data=${PACTE_BENCH_DIR:-/tmp/pacte-bench}
mkdir -p "$data"
file="$data/generated-$scale.pacte"
[ -f "$file" ] || "$build/pacte-cli" generate "$file" --scale "$scale" >/dev/null
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
echo "== COPIL report of $file"
/usr/bin/time -f "pacte_report_bench: %e s, peak memory %M KiB" "$build/pacte_report_bench" "$file" "$data"
/usr/bin/time -f "pacte-cli report (PDF, whole command): %e s" "$build/pacte-cli" report "$file" -o "$data/report-cli.pdf"
if command -v soffice >/dev/null; then
    rm -rf "$data/soffice" && mkdir -p "$data/soffice"
    /usr/bin/time -f "soffice --headless --convert-to pdf (our ODT): %e s" \
        soffice --headless --convert-to pdf --outdir "$data/soffice" "$data/report-bench.odt" >/dev/null
    pdfinfo "$data/soffice/report-bench.pdf" | grep Pages
else
    echo "soffice is not installed: LibreOffice's conversion is not timed."
fi
