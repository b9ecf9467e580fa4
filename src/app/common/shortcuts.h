#pragma once

#include "sectionid.h"

#include <QKeySequence>
#include <QList>

namespace pacte {

// Redo answers both Ctrl+Shift+Z and Ctrl+Y. QKeySequence::Redo already holds Ctrl+Shift+Z on Linux
// (and Ctrl+Y only on Windows): adding it to Ctrl+Shift+Z gave one action the same key twice, which
// Qt reports as an ambiguous shortcut and then ignores.
QList<QKeySequence> redoShortcuts();

// The key that shows a section: Ctrl+1 … Ctrl+9 and Ctrl+0 in sidebar order, Ctrl+Shift+E for the
// eleventh (the yearly evaluation), Ctrl+Shift+C for the twelfth (the coverage). Shown in the View menu and the
// sidebar's tooltips.
QKeySequence sectionShortcut(SectionId id);

} // namespace pacte
