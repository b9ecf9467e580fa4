#pragma once

class QWidget;

namespace pacte {

// Combo boxes, spin boxes and date edits change their value when the mouse wheel passes over them,
// which in a scrolling form turns scrolling into silent edits (each one saved). Below `form`, such
// widgets only take the wheel once they have the keyboard focus; otherwise the form scrolls.
void guardWheel(QWidget* form);

} // namespace pacte
