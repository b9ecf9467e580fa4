#include "databasecopy.h"

#include "database.h"
#include "failures.h"
#include "postgressql.h"
#include "schema.h"
#include "storageerror.h"
#include "transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DatabaseCopy)
};

// The version a server records in its meta table is the server's own (a file has its header).
const QString ServerVersionKey = QStringLiteral("schema_version");

QString selectAll(const schema::TableShape& table)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(table.columns.join(QStringLiteral(", ")), table.name);
    if (table.name == QLatin1String("meta"))
        sql += QStringLiteral(" WHERE key <> '%1'").arg(ServerVersionKey);
    return sql;
}

QSqlQuery run(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StorageError(sqlFailureMessage(query.lastError(), db.path(), sql));
    return query;
}

// One value in a form that is the same on both engines: integers as integers, reals with all their
// digits, NULL apart from an empty text.
QString canonical(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return value.toString().replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    }
}

QStringList rowsOf(Database& db, const schema::TableShape& table)
{
    QSqlQuery query = run(db, selectAll(table));
    QStringList rows;
    const qsizetype columns = table.columns.size();
    while (query.next()) {
        QStringList values;
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values << canonical(query.value(i));
        rows << values.join(QLatin1Char('\t'));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool holdsRecords(Database& db, const QList<schema::TableShape>& tables)
{
    for (const schema::TableShape& table : tables) {
        if (table.name == QLatin1String("meta"))
            continue;
        QSqlQuery query = run(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table.name));
        if (query.next())
            return true;
    }
    return false;
}

} // namespace

void copyDatabase(Database& source, Database& target, const CopyProgress& progress)
{
    const QList<schema::TableShape> tables = schema::tableShapes();
    const QString what = Tr::tr("%1 cannot be copied to %2").arg(source.displayName(), target.displayName());
    target.ensureWritable();
    if (holdsRecords(target, tables))
        throw StorageError(failureMessage(what,
                                          {Tr::tr("%1 already holds records").arg(target.displayName()),
                                           Tr::tr("Copy to a new file or to an empty server database.")},
                                          Tr::tr("Nothing was changed.")));
    Transaction transaction(target);
    // The target's own identity goes: it takes the source's (its sheets come back to it).
    run(target, QStringLiteral("DELETE FROM meta WHERE key <> '%1'").arg(ServerVersionKey));
    int done = 0;
    for (const schema::TableShape& table : tables) {
        QStringList placeholders;
        for (const QString& column : table.columns)
            placeholders << (table.selfReferences.contains(column) ? QStringLiteral("NULL") : QStringLiteral("?"));
        QSqlQuery insert(target.connection());
        const QString insertSql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.name, table.columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
        if (!insert.prepare(insertSql))
            throw StorageError(sqlFailureMessage(insert.lastError(), target.path(), insertSql));
        QList<QVariantList> selfLinks; // id, version, then each self reference
        const int versionColumn = static_cast<int>(table.columns.indexOf(QStringLiteral("version")));
        QSqlQuery rows = run(source, selectAll(table));
        while (rows.next()) {
            QVariantList links;
            for (int i = 0; i < table.columns.size(); ++i) {
                const QString& column = table.columns.at(i);
                if (table.selfReferences.contains(column))
                    links << rows.value(i);
                else
                    insert.addBindValue(rows.value(i));
            }
            if (!insert.exec())
                throw StorageError(sqlFailureMessage(insert.lastError(), target.path(), insertSql));
            if (!table.selfReferences.isEmpty() &&
                std::any_of(links.begin(), links.end(), [](const QVariant& v) { return !v.isNull(); }))
                selfLinks << (QVariantList{rows.value(static_cast<int>(table.columns.indexOf(QStringLiteral("id")))),
                                           versionColumn >= 0 ? rows.value(versionColumn) : QVariant()} +
                              links);
        }
        if (!selfLinks.isEmpty()) {
            QStringList assignments;
            for (const QString& column : table.selfReferences)
                assignments << column + QStringLiteral(" = ?");
            QSqlQuery update(target.connection());
            const QString updateSql =
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, assignments.join(QStringLiteral(", ")));
            if (!update.prepare(updateSql))
                throw StorageError(sqlFailureMessage(update.lastError(), target.path(), updateSql));
            // That write moved the record's version (its trigger): the source's is written back after it.
            QSqlQuery version(target.connection());
            const QString versionSql = QStringLiteral("UPDATE %1 SET version = ? WHERE id = ?").arg(table.name);
            if (versionColumn >= 0 && !version.prepare(versionSql))
                throw StorageError(sqlFailureMessage(version.lastError(), target.path(), versionSql));
            for (const QVariantList& links : std::as_const(selfLinks)) {
                for (qsizetype i = 2; i < links.size(); ++i)
                    update.addBindValue(links.at(i));
                update.addBindValue(links.at(0));
                if (!update.exec())
                    throw StorageError(sqlFailureMessage(update.lastError(), target.path(), updateSql));
                if (versionColumn < 0)
                    continue;
                version.addBindValue(links.at(1));
                version.addBindValue(links.at(0));
                if (!version.exec())
                    throw StorageError(sqlFailureMessage(version.lastError(), target.path(), versionSql));
            }
        }
        if (table.numberedId && target.engine() == Database::Engine::PostgreSQL)
            run(target, postgres::resetIdentity(table.name));
        ++done;
        if (progress && !progress(done, static_cast<int>(tables.size())))
            throw StorageError(
                failureMessage(what, {Tr::tr("the copy was stopped"), {}}, Tr::tr("Nothing was changed.")));
    }
    transaction.commit();
    // A server plans its queries from table statistics, which a bulk load leaves empty until
    // autovacuum's next pass: without them an edit's reads scan whole tables (9 ms instead of 0.1 for
    // an action's measurements at 10,000 actions). Tables the user may not analyse are skipped.
    if (target.engine() == Database::Engine::PostgreSQL)
        run(target, QStringLiteral("ANALYZE"));
    target.reloadIdentity();
}

QStringList compareDatabases(Database& a, Database& b)
{
    QStringList differences;
    for (const schema::TableShape& table : schema::tableShapes()) {
        const QStringList left = rowsOf(a, table);
        const QStringList right = rowsOf(b, table);
        if (left == right)
            continue;
        qsizetype onlyLeft = 0;
        qsizetype onlyRight = 0;
        QStringList::const_iterator l = left.cbegin();
        QStringList::const_iterator r = right.cbegin();
        while (l != left.cend() || r != right.cend()) {
            if (r == right.cend() || (l != left.cend() && *l < *r)) {
                ++onlyLeft;
                ++l;
            } else if (l == left.cend() || *r < *l) {
                ++onlyRight;
                ++r;
            } else {
                ++l;
                ++r;
            }
        }
        differences << Tr::tr("table %1: %2 rows in %3, %4 in %5; %6 only in the first, %7 only in the second")
                           .arg(table.name)
                           .arg(left.size())
                           .arg(a.displayName())
                           .arg(right.size())
                           .arg(b.displayName())
                           .arg(onlyLeft)
                           .arg(onlyRight);
    }
    return differences;
}

} // namespace pacte
