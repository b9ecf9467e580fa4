#pragma once

#include <QByteArray>
#include <QString>

namespace pacte {

// Writes an exported file (CSV, workbook) atomically: a temporary file beside it, renamed over `path`
// once completely written, so that a failure leaves whatever was there untouched. Throws StorageError
// naming the file.
void saveExportFile(const QString& path, const QByteArray& bytes);

} // namespace pacte
