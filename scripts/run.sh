#!/bin/bash
# The README's run command: installs what is missing, builds (Release) and opens Pacte on the
# demo database (created on first run in the user's data folder). Without a display it says so,
# prints the demo's counts and writes the demo's COPIL report (PTI 2017-2021, Annexe 1) to a PDF.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${PACTE_BUILD_DIR:-$root/build}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    demo=$("$build/pacte" --ensure-demo)
    echo "Aucun affichage graphique (ni DISPLAY ni WAYLAND_DISPLAY) : Pacte ne peut pas ouvrir sa fenêtre."
    echo "Il aurait ouvert la base de démonstration : $demo"
    for edition in "PTI 2017-2021" "PTI 2022-2025"; do "$build/pacte-cli" stats "$demo" --edition "$edition"; echo; done
    report="$(dirname "$demo")/rapport-copil-demo.pdf"
    "$build/pacte-cli" report "$demo" --edition "PTI 2017-2021" -o "$report"
    echo "Rapport COPIL de démonstration (PTI 2017-2021) : $report"
    exit 0
fi
exec "$build/pacte" "$@"
