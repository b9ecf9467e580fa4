#pragma once

#include <QString>

class QWidget;

namespace pacte {

class Document;

// Fichier ▸ Importer une fiche, once the file is chosen: reads and checks the sheet (a refusal is
// shown and changes nothing), asks before importing an export again, shows the preview and conflict
// dialog, and after an import clears the undo stack (the import wrote outside it) and tells the
// views to reload. Returns the status-bar message, empty when nothing was imported.
QString importSheetInto(Document& document, const QString& path, QWidget* parent);

} // namespace pacte
