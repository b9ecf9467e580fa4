#include "links.h"

#include "sqlquery.h"

namespace pacte {

QHash<Id, QList<Id>> loadLinks(Database& db, const QString& table, const QString& ownerColumn,
                               const QString& otherColumn, const QString& ownerSubquery, const QVariantList& binds,
                               const QString& positionColumn)
{
    SqlQuery query(db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (%4) ORDER BY %1, %5")
                           .arg(ownerColumn, otherColumn, table, ownerSubquery,
                                positionColumn.isEmpty() ? otherColumn : positionColumn));
    query.bindAll(binds).exec();
    QHash<Id, QList<Id>> links;
    while (query.next())
        links[query.id(0)].append(query.id(1));
    return links;
}

void replaceLinks(Database& db, const QString& table, const QString& ownerColumn, Id ownerId,
                  const QString& otherColumn, const QList<Id>& ids, const QString& positionColumn)
{
    SqlQuery(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn)).bind(ownerId).exec();
    const bool positioned = !positionColumn.isEmpty();
    SqlQuery insert(
        db, positioned ? QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
                             .arg(table, ownerColumn, otherColumn, positionColumn)
                       : QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(table, ownerColumn, otherColumn));
    QList<Id> written;
    for (Id id : ids) {
        if (id == NoId || written.contains(id))
            continue;
        written.append(id);
        insert.bind(ownerId).bind(id);
        if (positioned)
            insert.bind(static_cast<int>(written.size()));
        insert.exec();
    }
}

} // namespace pacte
