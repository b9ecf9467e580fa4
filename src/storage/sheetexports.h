#pragma once

#include "domain/ids.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

class Database;

// One import of a sheet back into the database.
struct SheetImportRecord
{
    QDateTime importedAt;
    QString importedBy;
    QString sheetName; // the file's name, as the change log names it too
    int changeCount = 0;
};

// One export of a working group as a sheet: its id (written in the sheet), when and by whom, and the
// sheet as it was written: the group as it was, the base of the three-way merge when it comes back.
struct SheetExportRecord
{
    Id id = NoId;
    QUuid exportId;
    QUuid groupUuid;
    QString groupName;
    QDateTime exportedAt;
    QString exportedBy;
    QByteArray content;
    QList<SheetImportRecord> imports; // oldest first
};

// The sheet_export and sheet_import tables.
class SheetExports final
{
public:
    explicit SheetExports(Database& db);

    // Records a new export (in the caller's transaction, if any).
    void recordExport(SheetExportRecord& record);
    std::optional<SheetExportRecord> find(const QUuid& exportId) const;
    QList<SheetExportRecord> forGroup(const QUuid& groupUuid) const; // newest first, without content
    void recordImport(const QUuid& exportId, const SheetImportRecord& import);
    // Forgets the export's latest import (its undo).
    void removeLastImport(const QUuid& exportId);
    // Every export, oldest first, with its content and imports (the full dump carries them).
    QList<SheetExportRecord> all() const;
    // Writes back an export and its imports as they were recorded (a restored dump).
    void restore(SheetExportRecord& record);

private:
    QList<SheetImportRecord> importsOf(Id exportRowId) const;

    Database& m_db;
};

} // namespace pacte
