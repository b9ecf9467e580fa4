#pragma once

#include <QSqlDatabase>

namespace pacte::schema {

// The first data format. New files are created at version 1 and brought to the current
// version by the same migration steps that upgrade old files, so those steps always run.
void createVersion1(QSqlDatabase& db);

// Brings a database from `fromVersion` to Database::SchemaVersion, step by step, setting
// user_version. The caller holds the transaction (so a failing step leaves nothing behind).
void migrate(QSqlDatabase& db, int fromVersion);

// Runs each statement; throws StorageError with the failing statement's error.
void execAll(QSqlDatabase& db, const QStringList& statements);

} // namespace pacte::schema
