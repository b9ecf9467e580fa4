#include "sheetlookups.h"

#include "repository.h"
#include "sqlquery.h"

namespace pacte {

namespace {

QHash<QUuid, Id> idsOf(SqlQuery& query)
{
    QHash<QUuid, Id> ids;
    query.exec();
    while (query.next())
        ids.insert(query.uuid(1), query.id(0));
    return ids;
}

} // namespace

QHash<QUuid, Id> idsByUuid(Database& db, RecordKind kind)
{
    SqlQuery query(db, QStringLiteral("SELECT id, uuid FROM %1").arg(recordTable(kind)));
    return idsOf(query);
}

QHash<QUuid, Id> axesOfEdition(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT id, uuid FROM axis WHERE edition_id = ?"));
    query.bind(editionId);
    return idsOf(query);
}

QList<ThemeOfEdition> themesOfEdition(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT theme.id, theme.uuid, theme.axis_id FROM theme JOIN axis ON axis.id = "
                                      "theme.axis_id WHERE axis.edition_id = ?"));
    query.bind(editionId).exec();
    QList<ThemeOfEdition> themes;
    while (query.next())
        themes.append({query.id(0), query.uuid(1), query.id(2)});
    return themes;
}

QSet<QUuid> axisAndThemeUuidsOutsideEdition(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT uuid FROM axis WHERE edition_id <> ? UNION SELECT theme.uuid FROM "
                                      "theme JOIN axis ON axis.id = theme.axis_id WHERE axis.edition_id <> ?"));
    query.bind(editionId).bind(editionId).exec();
    QSet<QUuid> uuids;
    while (query.next())
        uuids.insert(query.uuid(0));
    return uuids;
}

std::optional<GroupItemOwner> groupItemOwner(Database& db, const QUuid& uuid)
{
    static const QList<QPair<RecordKind, QString>> queries{
        {RecordKind::Action, QStringLiteral("SELECT group_id, group_id FROM action WHERE uuid = ?")},
        {RecordKind::Indicator, QStringLiteral("SELECT i.action_id, a.group_id FROM indicator i JOIN action a ON "
                                               "a.id = i.action_id WHERE i.uuid = ?")},
        {RecordKind::Measurement,
         QStringLiteral("SELECT m.indicator_id, a.group_id FROM measurement m JOIN indicator i ON i.id = "
                        "m.indicator_id JOIN action a ON a.id = i.action_id WHERE m.uuid = ?")},
        {RecordKind::Meeting, QStringLiteral("SELECT group_id, group_id FROM meeting WHERE uuid = ?")},
    };
    for (const auto& [kind, sql] : queries) {
        SqlQuery query(db, sql);
        query.bind(dbUuid(uuid)).exec();
        if (query.next())
            return GroupItemOwner{kind, query.id(0), query.id(1)};
    }
    return std::nullopt;
}

Id groupItemId(Database& db, RecordKind kind, const QUuid& uuid)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(recordTable(kind)));
    query.bind(dbUuid(uuid)).exec();
    return query.next() ? query.id(0) : NoId;
}

} // namespace pacte
