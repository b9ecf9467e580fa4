#pragma once

#include "jsonaccess.h"
#include "storage/changelog.h"
#include "storage/databaseidentity.h"
#include "storage/sheetexports.h"

#include <optional>

namespace pacte {

class Database;

// What a full dump carries besides the records (format 2): the database's identity, its change log
// and the working-group sheets' export and import records, so that a database moved through a dump
// keeps its history and takes its sheets back.
struct DumpHistory
{
    std::optional<DatabaseIdentity> identity;
    std::optional<QList<ChangeEntry>> changes; // absent from a format 1 dump
    QList<SheetExportRecord> exports;
};

// Adds "database" (after the header), "changeLog" and "sheetExports" (at the end) to `root`.
void writeDumpHeaderIdentity(Database& db, json::Json& root);
void writeDumpHistory(Database& db, json::Json& root);

// Reads those keys of a dump; a problem is an InputError naming its JSON path.
DumpHistory parseDumpHistory(const json::Json& root);

// Writes the history back, in the restore's transaction: the change log rows after `changeLogMark`
// (the restore's own "import" rows) give way to the dump's, when the dump has a change log.
void restoreDumpHistory(Database& db, const DumpHistory& history, qint64 changeLogMark);

} // namespace pacte
