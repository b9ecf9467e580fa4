#pragma once

#include <QByteArray>

namespace pacte {

class Database;

inline constexpr auto DumpFormatName = "pacte-dump";
// 2: the database's identity, its change log and the sheets' export records (format 1 still reads).
inline constexpr int DumpFormatVersion = 2;

// The whole database as a `pacte-dump` JSON document (docs/dump-format.md).
QByteArray exportDump(Database& db);

// Reads a `pacte-dump` document into `db`, which must hold no records yet. The document is checked
// completely first; the first problem is thrown as an InputError naming its JSON path, and then
// nothing was written. Otherwise everything is written in one transaction.
void importDump(Database& db, const QByteArray& bytes);

} // namespace pacte
