#!/bin/bash
# The test suites below the GUI (domain, storage, exchange, editing, cli, reports) built with
# AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/ (no desktop application: PACTE_BUILD_GUI=OFF)
# and run with CTest; any report fails the run. pacte-cli is built the same way, so the commands the
# cli tests start are checked too. .ci/run runs it after scripts/test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PACTE_ASAN_BUILD_DIR:-$root/build-asan}
werror=${PACTE_WERROR:-OFF}
suites=(domain_tests storage_tests exchange_tests editing_tests cli_tests reports_tests)

# Leaks are reported at exit (LeakSanitizer), undefined behaviour stops the program. Not the
# nonnull-attribute check: Qt 6.4's QList::operator== passes the null data of two empty lists to
# memcmp (qarraydataops.h, QPodArrayOps::compare), in Qt's headers, not in Pacte's code. The suppressions
# are for Qt's and the system's own libraries only (see the file). The test binaries run at build time
# too (Catch2 lists their cases), hence the settings before the build.
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$root/.ci/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Fewer kills in the fault injection: each command starts several times slower under the sanitizers.
export PACTE_FAULT_KILLS=${PACTE_FAULT_KILLS:-80}

mkdir -p "$build"
flags="-fsanitize=address,undefined -fno-sanitize=nonnull-attribute -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# Configured again when the settings changed (a build folder of an older version of this script).
if [ ! -f "$build/CMakeCache.txt" ] || ! grep -q "PACTE_WERROR:BOOL=$werror" "$build/CMakeCache.txt" ||
    ! grep -qxF "CMAKE_CXX_FLAGS:STRING=$flags" "$build/CMakeCache.txt" ||
    ! grep -qxF "CMAKE_CXX_FLAGS_RELWITHDEBINFO:STRING=-O1 -g1 -DNDEBUG" "$build/CMakeCache.txt"; then
    # -O1 and line tables only (-g1): what the sanitizers need for their reports (file and line of
    # every frame), built in about two thirds of the time of RelWithDebInfo's -O2 -g.
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACTE_BUILD_GUI=OFF \
        -DPACTE_WERROR="$werror" \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        >"$build/configure.log" 2>&1 || { cat "$build/configure.log" >&2; exit 1; }
fi
log=$(mktemp)
if ! cmake --build "$build" --parallel "$(nproc)" --target pacte-cli "${suites[@]}" >"$log" 2>&1; then
    grep -E 'error|Error|FAILED|ERROR|runtime error' -A5 "$log" | head -80 >&2
    echo "La compilation avec les sanitizers a échoué ; journal complet : $log" >&2
    exit 1
fi
grep -E 'warning:' "$log" | sort -u | head -20 >&2 || true
rm -f "$log"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
cd "$build"
regex="^($(IFS='|'; echo "${suites[*]}")):"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -R "$regex" "$@"
