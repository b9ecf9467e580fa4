#include "children.h"

#include "enginesql.h"
#include "sqlquery.h"

#include <QSet>

namespace pacte {

void syncChildren(Database& db, const QString& table, const QString& ownerColumn, Id ownerId,
                  const QStringList& columns, QList<ChildRow> rows)
{
    SqlQuery existingQuery(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, ownerColumn));
    existingQuery.bind(ownerId).exec();
    QSet<Id> existing;
    while (existingQuery.next())
        existing.insert(existingQuery.id(0));

    QStringList assignments;
    for (const auto& column : columns)
        assignments << column + QStringLiteral(" = ?");
    SqlQuery update(db, QStringLiteral("UPDATE %1 SET %2 = ?, %3 WHERE id = ?")
                            .arg(table, ownerColumn, assignments.join(QStringLiteral(", "))));
    const QString placeholders = QStringList(columns.size() + 2, QStringLiteral("?")).join(QStringLiteral(", "));
    SqlQuery insert(db, QStringLiteral("INSERT INTO %1 (uuid, %2, %3) VALUES (%4)")
                            .arg(table, ownerColumn, columns.join(QStringLiteral(", ")), placeholders));
    SqlQuery insertWithId(db, QStringLiteral("INSERT INTO %1 (id, uuid, %2, %3) VALUES (?, %4)")
                                  .arg(table, ownerColumn, columns.join(QStringLiteral(", ")), placeholders));

    QSet<Id> kept;
    for (auto& row : rows) {
        if (row.uuid->isNull())
            *row.uuid = QUuid::createUuid();
        if (*row.id != NoId && existing.contains(*row.id)) {
            update.bind(ownerId).bindAll(row.values).bind(*row.id).exec();
        } else if (*row.id != NoId) {
            insertWithId.bind(*row.id).bind(dbUuid(*row.uuid)).bind(ownerId).bindAll(row.values).exec();
            enginesql::afterExplicitId(db, table);
        } else {
            insert.bind(dbUuid(*row.uuid)).bind(ownerId).bindAll(row.values).exec();
            *row.id = insert.lastInsertId();
        }
        kept.insert(*row.id);
    }
    SqlQuery remove(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (Id id : existing) {
        if (!kept.contains(id))
            remove.bind(id).exec();
    }
}

} // namespace pacte
