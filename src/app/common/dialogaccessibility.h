#pragma once

namespace pacte {

// Makes every dialog of the application, when it is first shown, what the sections' editors are for
// a screen reader and a keyboard: fields named after their labels (nameFromBuddies), described in
// the UI's language (describeFields, as kept when the dialog is confirmed), and text boxes that
// let Tab go on to the next field instead of typing a tab. Names and descriptions set in Designer
// or in code are kept. Installed once on the application, after it is made.
void installDialogAccessibility();

} // namespace pacte
