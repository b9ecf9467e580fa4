#pragma once

class QWidget;

namespace pacte {

// Gives every widget below `root` that a label names (its buddy) and that has no accessible name of
// its own the label's text as its name: Orca reads "Nom", not "zone de texte". Widgets with a name
// set in Designer or in code keep it.
void nameFromBuddies(QWidget* root);

// When a field's value is kept: at once (the sections' editors) or when its dialog is confirmed.
enum class Saving { AtOnce, OnConfirm };

// Gives every interactive widget below `root` without an accessible description one, in the UI's
// language: its tool tip when it has one, otherwise how it is worked from the keyboard and, for
// fields saved at once, when its value is saved ("Liste à cocher : Espace coche ou décoche…").
// Orca reads it after the name.
void describeFields(QWidget* root, Saving saving = Saving::AtOnce);

} // namespace pacte
