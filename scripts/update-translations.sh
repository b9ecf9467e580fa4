#!/bin/bash
# Refreshes resources/translations/*.ts from the sources (English source strings).
# The French file holds every string; the English one only the plural forms (%n), as Qt advises.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
"$lupdate" -locations none -no-obsolete -extensions cpp,h,ui src ui -ts resources/translations/pacte_fr.ts
"$lupdate" -locations none -no-obsolete -pluralonly -extensions cpp,h,ui src ui -ts resources/translations/pacte_en.ts
