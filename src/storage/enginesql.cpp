#include "enginesql.h"

#include "postgressql.h"
#include "sqlitesql.h"
#include "sqlquery.h"

namespace pacte::enginesql {

QString blankText(Database::Engine engine, const QString& column)
{
    return engine == Database::Engine::PostgreSQL ? postgres::blankText(column) : sqlite::blankText(column);
}

void afterExplicitId(Database& db, const QString& table)
{
    if (db.engine() == Database::Engine::PostgreSQL)
        SqlQuery(db, postgres::resetIdentity(table)).exec();
}

void lockRecord(Database& db, const QString& table, Id id)
{
    if (db.engine() != Database::Engine::PostgreSQL)
        return;
    // A row the user's rights do not let her change is left unlocked (row-level security filters it):
    // the write that follows then changes nothing and says so.
    SqlQuery(db, QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table)).bind(id).exec();
}

void lockRecords(Database& db, const QString& table, const QString& column, Id value)
{
    if (db.engine() != Database::Engine::PostgreSQL)
        return;
    SqlQuery(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? FOR UPDATE").arg(table, column)).bind(value).exec();
}

void lockGroupSheet(Database& db, Id groupId)
{
    for (const char* table : {"action", "meeting", "group_evaluation"})
        lockRecords(db, QString::fromLatin1(table), QStringLiteral("group_id"), groupId);
}

void lockRecords(Database& db, const QString& table, const QList<Id>& ids)
{
    if (db.engine() != Database::Engine::PostgreSQL || ids.isEmpty())
        return;
    // One array parameter rather than one placeholder per id: the statement's text stays the same, and
    // the server connection keeps it prepared (statementcache.h).
    QStringList numbers;
    numbers.reserve(ids.size());
    for (Id id : ids)
        numbers << QString::number(id);
    SqlQuery(db, QStringLiteral("SELECT id FROM %1 WHERE id = ANY(CAST(? AS bigint[])) FOR UPDATE").arg(table))
        .bind(QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}'))
        .exec();
}

} // namespace pacte::enginesql
