#pragma once

#include <functional>

#include <QString>
#include <QStringList>

namespace pacte {

class Database;

// Called after each table with the number of tables done and their total; false stops the copy.
using CopyProgress = std::function<bool(int done, int total)>;

// Copies every row of every table of `source` into `target` (a file or a server database, either
// way), ids, identity, history, sheet exports and provenance included: the target is then the same
// database on another engine. `target` must hold Pacte's schema and no record (just created). One
// transaction on the target: a failure or a stop leaves it as it was. Throws StorageError.
void copyDatabase(Database& source, Database& target, const CopyProgress& progress = {});

// How two databases differ, table by table: the same rows with the same values, whatever the engine
// (rows compared as sets, values in one text form). Empty when they hold the same data.
QStringList compareDatabases(Database& a, Database& b);

} // namespace pacte
