#pragma once

#include "database.h"

#include <QList>
#include <QString>

// The SQL that differs between the engines, chosen for a database: each function hands over to
// sqlitesql.h or postgressql.h, so that the repositories' statements stay the same on both.
namespace pacte::enginesql {

// A condition true when the text `column` is empty or white space only, as QString::trimmed() sees it.
QString blankText(Database::Engine engine, const QString& column);

// After a row was written with an id of its own (a restored record, an undone deletion): on PostgreSQL,
// the identity of `table` moves past it, so that the next row numbered by the server does not take it.
void afterExplicitId(Database& db, const QString& table);

// Before a record is read to be changed: on PostgreSQL, its row is locked until the transaction ends,
// so that another writer's change cannot come between the comparison with what the editor read and the
// write (READ COMMITTED would otherwise let the write overwrite it). A file has one writer: nothing.
void lockRecord(Database& db, const QString& table, Id id);
// The same for every row of `table` whose `column` is `value` (a group's actions, say).
void lockRecords(Database& db, const QString& table, const QString& column, Id value);
// The same for the rows of `table` with these ids, in one statement (an import's updated records).
void lockRecords(Database& db, const QString& table, const QList<Id>& ids);
// The same for what a working group's sheet holds: its actions, meetings and evaluations (a sheet
// import, its undo and redo).
void lockGroupSheet(Database& db, Id groupId);

} // namespace pacte::enginesql
