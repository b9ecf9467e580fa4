#pragma once

class QWidget;

namespace pacte {

// Makes the editors' titles (labels named "headerLabel") a third larger than the application font,
// so that they grow with the text size the user chose instead of staying at a fixed size.
void enlargeEditorHeaders(QWidget* root);

} // namespace pacte
