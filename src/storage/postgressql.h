#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The SQL that is PostgreSQL's own, in one place, as sqlitesql.h holds SQLite's: the connection's
// settings, the catalogue, the text functions, and the schema. Pacte's schema is written once, as the
// SQLite steps of schema.cpp; a server database gets the same tables, columns, indexes and triggers,
// translated from the SQLite schema of the current format (types, identity columns, triggers as
// functions), so that the two engines can never drift apart.
namespace pacte::postgres {

// The driver's name in Qt SQL.
inline constexpr const char* Driver = "QPSQL";
bool isPostgres(const QSqlDatabase& db);

QStringList connectionSettings();
// The statements that create Pacte's schema on an empty server database, from the SQLite schema of the
// same format held by `format` (an in-memory SQLite database made by the migration steps), the tables in
// `tableOrder` (each after those it references).
QStringList schemaStatements(QSqlDatabase& format, const QStringList& tableOrder);
// A migration step's SQLite statements (ALTER TABLE, CREATE INDEX, CREATE TRIGGER) in their server form,
// translated as schemaStatements() translates a whole schema.
QStringList migrationStatements(const QStringList& sqliteStatements);
// The schema's objects (type, name), as sqlite::schemaObjects() lists them: tables, indexes made by
// Pacte (not those behind a primary key or a unique constraint), triggers.
QString schemaObjects();
QString tableColumns(const QString& table);
// The triggers that announce each change of a record table (Pacte's entities) on the channel of
// changefeed.h, "table:OPERATION:uuid"; named pacte_notify_<table>, they are the server's own, not
// part of the format (schema comparison leaves them out).
QStringList notifyStatements(const QStringList& tables);
// Whether a trigger is the server's own rather than the format's: the notifications' (pacte_notify_*)
// and the rights' (pacte_rights_*, serverrights.h).
bool isServerOwnTrigger(const QString& name);

// Whether the database holds any table at all in its schema (a database Pacte may initialise is empty).
QString tableCount();
// One row, true when the connection's user may read the database's `meta` table (none: no such table).
QString mayReadMeta();
QString engineVersion();
// Brings the identity of `table`'s id column past the largest id, after rows were copied with their ids.
QString resetIdentity(const QString& table);
// A condition true when the text `column` is empty or white space only, as QString::trimmed() sees it.
QString blankText(const QString& column);

} // namespace pacte::postgres
