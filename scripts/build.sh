#!/bin/bash
# Configures (once) and builds Pacte in build/ (Release). Quiet unless something fails.
# PACTE_WERROR=ON turns warnings into errors (CI does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PACTE_BUILD_DIR:-$root/build}
werror=${PACTE_WERROR:-OFF}
mkdir -p "$build"
if [ ! -f "$build/CMakeCache.txt" ] || ! grep -q "PACTE_WERROR:BOOL=$werror" "$build/CMakeCache.txt"; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACTE_WERROR="$werror" >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log" >&2; exit 1; }
fi
log=$(mktemp)
if ! cmake --build "$build" --parallel "$(nproc)" >"$log" 2>&1; then
    grep -E 'error|Error|FAILED' -A3 "$log" | head -60 >&2
    echo "La compilation a échoué ; journal complet : $log" >&2
    exit 1
fi
grep -E 'warning:' "$log" | sort -u | head -20 >&2 || true
rm -f "$log"
