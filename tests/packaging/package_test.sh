#!/bin/bash
# The Debian package and the installed documentation, for CTest (tests/CMakeLists.txt).
#   package_test.sh build BUILD_DIR OUT_DIR       cpack -G DEB into OUT_DIR (the fixture of the others)
#   package_test.sh contents OUT_DIR VERSION      unpacks it into a scratch root and runs pacte-cli there
#   package_test.sh lintian OUT_DIR               lintian reports no error
#   package_test.sh manpages FILE...              man renders each page without a warning
set -euo pipefail
step=$1; shift

the_deb() {
    local debs=("$1"/pacte_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "no single pacte_*.deb in $1" >&2; exit 1; }
    echo "${debs[0]}"
}

case $step in
build)
    build=$1 out=$2
    rm -rf "$out"
    mkdir -p "$out"
    log=$out/cpack.log
    if ! cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >"$log" 2>&1; then
        cat "$log" >&2
        exit 1
    fi
    deb=$(the_deb "$out")
    echo "built $deb ($(du -h "$deb" | cut -f1))"
    ;;
contents)
    out=$1 version=$2
    deb=$(the_deb "$out")
    root=$(mktemp -d)
    control=$(mktemp -d)
    trap 'rm -rf "$root" "$control"' EXIT
    dpkg-deb -x "$deb" "$root"
    dpkg-deb -e "$deb" "$control"
    status=0
    for file in usr/bin/pacte usr/bin/pacte-cli \
        usr/share/applications/fr.pacte.Pacte.desktop \
        usr/share/metainfo/fr.pacte.Pacte.metainfo.xml \
        usr/share/icons/hicolor/scalable/apps/pacte.svg \
        usr/share/mime/packages/pacte.xml \
        usr/share/man/man1/pacte.1.gz usr/share/man/man1/pacte-cli.1.gz \
        usr/share/man/fr/man1/pacte.1.gz usr/share/man/fr/man1/pacte-cli.1.gz \
        usr/share/bash-completion/completions/pacte-cli \
        usr/share/doc/pacte/copyright usr/share/doc/pacte/changelog.Debian.gz \
        usr/share/doc/pacte/guide-utilisateur.md usr/share/doc/pacte/guide-fiches.md usr/share/doc/pacte/guide-administration.md; do
        [ -e "$root/$file" ] || { echo "missing from the package: /$file" >&2; status=1; }
    done
    # No maintainer scripts: the dpkg triggers of the MIME, desktop and icon databases suffice.
    extra=$(ls "$control" | grep -vxE 'control|md5sums' || true)
    [ -z "$extra" ] || { echo "maintainer scripts in the package: $extra" >&2; status=1; }
    # Version from the project; dependencies from dpkg-shlibdeps, plus the Qt plugins it cannot see.
    [ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || { echo "version $(dpkg-deb -f "$deb" Version), not $version-1" >&2; status=1; }
    depends=$(dpkg-deb -f "$deb" Depends)
    for dependency in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libzip4 libc6; do
        [[ $depends == *"$dependency"* ]] || { echo "Depends lacks $dependency: $depends" >&2; status=1; }
    done
    # The shared MIME database accepts our types (it skips a file it cannot parse, printing a line
    # that dpkg's trigger output hides): both types come out of it.
    if command -v update-mime-database >/dev/null; then
        mime=$root/mime-check
        mkdir -p "$mime/packages"
        cp "$root/usr/share/mime/packages/pacte.xml" "$mime/packages/"
        parsed=$(update-mime-database "$mime" 2>&1 || true)
        for type in x-pacte x-pacte-sheet; do
            [ -f "$mime/application/$type.xml" ] || { echo "the MIME database refused pacte.xml: $parsed" >&2; status=1; }
        done
    fi
    # The programs run from the scratch root (they link the system's Qt).
    printed=$("$root/usr/bin/pacte-cli" --version)
    [ "$printed" = "pacte-cli $version" ] || { echo "pacte-cli --version printed '$printed'" >&2; status=1; }
    "$root/usr/bin/pacte-cli" init "$root/demo.pacte" --demo >/dev/null
    "$root/usr/bin/pacte-cli" list "$root/demo.pacte" editions | grep -q 'PTI 2022-2025' \
        || { echo "the unpacked pacte-cli cannot read its demo database" >&2; status=1; }
    QT_QPA_PLATFORM=offscreen "$root/usr/bin/pacte" --version | grep -q "$version" \
        || { echo "the unpacked pacte does not start" >&2; status=1; }
    exit $status
    ;;
lintian)
    deb=$(the_deb "$1")
    # Errors fail the test; warnings and information are shown.
    lintian --fail-on error --info "$deb"
    ;;
manpages)
    status=0
    for page in "$@"; do
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || { echo "$page: $warnings" >&2; status=1; }
    done
    exit $status
    ;;
*)
    echo "unknown step $step" >&2
    exit 2
    ;;
esac
