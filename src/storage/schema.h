#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pacte::schema {

// The first data format. New files are created at version 1 and brought to the current
// version by the same migration steps that upgrade old files, so those steps always run.
void createVersion1(QSqlDatabase& db);

// Brings a database from `fromVersion` to `toVersion` (the current one by default), step by step,
// setting user_version. The caller holds the transaction (so a failing step leaves nothing behind).
void migrate(QSqlDatabase& db, int fromVersion, int toVersion = -1);

// How a file's schema (its sqlite_master and its tables' columns) differs from what Pacte's data
// format `version` defines. Entries read "trigger rename_partners", "table notes", "column
// partner.colour", "index action_group".
struct SchemaDifference
{
    QStringList foreign; // in the file, not in the format: tables, columns, indexes, views, triggers
    QStringList missing; // in the format, not in the file
    // The file's schema is exactly that of a later format than its user_version says.
    bool laterFormat = false;
    bool isEmpty() const { return foreign.isEmpty() && missing.isEmpty(); }
};
SchemaDifference compareWithFormat(QSqlDatabase& db, int version);

// Creates the current format's schema on an empty PostgreSQL database (postgressql.h translates it from
// SQLite's) and records its version in `meta` (a server has no user_version). The caller holds the
// transaction.
void createOnServer(QSqlDatabase& db);
// The format version a server database records, 0 when it records none (not a Pacte database).
int serverVersion(QSqlDatabase& db);
// The first format a server database held: older ones were only ever files.
inline constexpr int FirstServerFormat = 13;
// Brings a server database of format `fromVersion` (FirstServerFormat or later) to the current one: the
// steps a file takes, in their server form, and the version in `meta`. The caller holds the
// transaction, so that a failure (a user who does not own the tables) leaves the database as it was.
void migrateOnServer(QSqlDatabase& db, int fromVersion);

// A table of the current format, as a copy between databases needs it.
struct TableShape
{
    QString name;
    QStringList columns;
    // Columns referencing the same table (an edition's predecessor): copied in a second pass.
    QStringList selfReferences;
    // Its key is an `id` the engine numbers (SQLite's rowid, PostgreSQL's identity column).
    bool numberedId = false;
};
// Pacte's tables, each after the tables it references (read from the current format).
QList<TableShape> tableShapes();

// Runs each statement; throws StorageError with the failing statement's error.
void execAll(QSqlDatabase& db, const QStringList& statements);

} // namespace pacte::schema
