#pragma once

#include "sheetformat.h"

#include <functional>

#include <QByteArray>

namespace pacte {

class Database;

// A working group of `db` as sheet content: the group, its actions (with indicators and measurements)
// and meetings, and the lookups a referent needs. References are `db`'s row ids. The origin names
// `db` and the group's edition; the export fields are left empty.
SheetData loadSheetData(Database& db, Id groupId);

// The sheet as a `pacte-sheet` JSON document (docs/sheet-format.schema.json).
QByteArray writeSheet(const SheetData& sheet);

struct ExportedSheet
{
    QByteArray bytes;
    QUuid exportId;
    QString suggestedFileName; // "Mobilité - Montpelliérain.pacte-fiche.json" (sheetFileName())
};

// The name a group's sheet is saved under, by the GUI and by `pacte-cli export-sheet -o FOLDER/`:
// "Groupe - Territoire, Territoire.pacte-fiche.json".
QString sheetFileName(const QString& groupName, const QStringList& territories);
QString sheetFileName(Database& db, Id groupId);
// `fileName` in `folder`, or "Name (2).pacte-fiche.json"... when that is taken (`suffix` is the
// sheet's or the workbook's): an export never overwrites a sheet already there (a referent's answer).
QString freeSheetPath(const QString& folder, const QString& fileName,
                      const QString& suffix = QString::fromLatin1(SheetFileSuffix));

// Exports a group: a new export id, recorded in the database with the sheet as written (the base of
// the merge when the sheet comes back). Throws StorageError when the database is read-only.
ExportedSheet exportSheet(Database& db, Id groupId);

// Writes a sheet file atomically: a temporary file beside it, renamed over the target only once
// completely written, so that a crash never leaves a half-written sheet. Throws StorageError.
// `midway` runs when half the bytes are written (tests use it to simulate a crash: if it throws, the
// exception passes through and the target is untouched).
void saveSheetFile(const QString& path, const QByteArray& bytes, const std::function<void()>& midway = {});

} // namespace pacte
