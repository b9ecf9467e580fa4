#pragma once

#include "sheetformat.h"

#include <QByteArray>

namespace pacte {

// Reads a sheet file's bytes, refusing a missing, unreadable or oversized file (InputError) before
// anything is parsed.
QByteArray readSheetFile(const QString& path);

// The header of a sheet: refuses (InputError with the JSON path) what is not JSON, not a Pacte sheet,
// or a sheet of a newer format version.
SheetOrigin readSheetOrigin(const QByteArray& bytes);

// A whole sheet read on its own, as sheet mode opens it: references resolve against the sheet's own
// lookups, which get provisional row ids (the edition and the group are 1). Every problem is an
// InputError naming its JSON path.
SheetData readSheet(const QByteArray& bytes);

} // namespace pacte
