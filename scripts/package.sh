#!/bin/bash
# Builds the Debian package from the source tree, in a build folder of its own (Release, without
# the tests): installs what is missing, configures, builds, runs cpack -G DEB and prints the
# package's path. Then: sudo apt install ./build-package/pacte_*.deb
# PACTE_PACKAGE_BUILD_DIR chooses the build folder (default: build-package/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PACTE_PACKAGE_BUILD_DIR:-$root/build-package}
"$root/scripts/deps.sh"
mkdir -p "$build"
log=$build/package.log
: >"$log"
run() {
    "$@" >>"$log" 2>&1 || { tail -40 "$log" >&2; echo "Échec ; journal complet : $log" >&2; exit 1; }
}
# Debian's build flags (hardening: fortify, stack protector, relro and bindnow), as a Debian build.
eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
export CXXFLAGS="$CPPFLAGS $CXXFLAGS" # CMake reads no CPPFLAGS
run cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACTE_BUILD_TESTS=OFF
run cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/pacte_*.deb
(cd "$build" && run cpack -G DEB)
ls "$build"/pacte_*.deb
