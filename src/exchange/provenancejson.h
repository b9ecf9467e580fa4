#pragma once

#include "domain/provenance.h"
#include "jsonaccess.h"

#include <QList>

namespace pacte {

class Database;

// The "provenance" list of a full dump (format 8) and of a working-group sheet: one object per
// record that was not simply entered, {"entity", "uuid", "kind", "source", "note"}.
json::Json provenanceJson(const QList<ProvenanceRecord>& records);
// Reads the list at `key` of `root` (absent or null: none); a problem is an InputError naming its
// JSON path. Entity codes and kinds are checked here, that each uuid names a record by the caller.
QList<ProvenanceRecord> parseProvenance(const json::Json& root, const char* key, const json::Path& path);

// Writes `records` into `db` in the caller's transaction. A record that names no record of `db`
// is refused (InputError on "provenance[i].uuid").
void restoreProvenance(Database& db, const QList<ProvenanceRecord>& records, const json::Path& path);

} // namespace pacte
