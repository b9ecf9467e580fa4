#pragma once

class QWidget;

namespace pacte {

// Gives every widget below `root` that a label names (its buddy) and that has no accessible name of
// its own the label's text as its name: Orca reads "Nom", not "zone de texte". Widgets with a name
// set in Designer or in code keep it.
void nameFromBuddies(QWidget* root);

} // namespace pacte
