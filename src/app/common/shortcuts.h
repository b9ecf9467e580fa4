#pragma once

#include <QKeySequence>
#include <QList>

namespace pacte {

// Redo answers both Ctrl+Shift+Z and Ctrl+Y. QKeySequence::Redo already holds Ctrl+Shift+Z on Linux
// (and Ctrl+Y only on Windows): adding it to Ctrl+Shift+Z gave one action the same key twice, which
// Qt reports as an ambiguous shortcut and then ignores.
QList<QKeySequence> redoShortcuts();

} // namespace pacte
