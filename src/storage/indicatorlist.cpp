#include "indicatorlist.h"

#include "links.h"
#include "sqlquery.h"

namespace pacte {

namespace {

// `condition` selects indicators (aliases i, a, g) and `groupSubquery` their groups' ids, with one
// bound value each.
QList<IndicatorListRow> load(Database& db, const QString& condition, const QString& groupSubquery, Id bind)
{
    // The latest measurement whose value is known by a correlated subquery (portable, served by
    // measurement_indicator): unknown is not zero, a value not reported is counted apart;
    // the theme falls back to the group's only with the axis, as in the list of actions.
    SqlQuery query(
        db, QStringLiteral("SELECT i.id, i.uuid, i.name, i.kind, i.unit, i.baseline, i.target, a.id, a.uuid, a.title, "
                           "g.id, g.name, COALESCE(a.axis_id, g.axis_id), "
                           "COALESCE(a.theme_id, CASE WHEN a.axis_id IS NULL THEN g.theme_id END), "
                           "(SELECT COUNT(*) FROM measurement c WHERE c.indicator_id = i.id), "
                           "m.measured_on, m.value, m.target, g.edition_id, "
                           "(SELECT COUNT(*) FROM measurement u WHERE u.indicator_id = i.id AND u.value IS NULL) "
                           "FROM indicator i JOIN action a ON a.id = i.action_id "
                           "JOIN working_group g ON g.id = a.group_id "
                           "LEFT JOIN measurement m ON m.id = (SELECT l.id FROM measurement l WHERE l.indicator_id = "
                           "i.id AND l.value IS NOT NULL ORDER BY l.measured_on DESC, l.id DESC LIMIT 1) "
                           "WHERE %1 ORDER BY a.id, i.position, i.id")
                .arg(condition));
    query.bind(bind).exec();
    QList<IndicatorListRow> rows;
    while (query.next()) {
        IndicatorListRow row;
        row.id = query.id(0);
        row.uuid = query.uuid(1);
        row.name = query.text(2);
        row.kind = enumFromCode<IndicatorKind>(query.text(3)).value_or(IndicatorKind::Output);
        row.unit = query.text(4);
        row.baseline = query.optionalNumber(5);
        row.target = query.optionalNumber(6);
        row.actionId = query.id(7);
        row.actionUuid = query.uuid(8);
        row.actionTitle = query.text(9);
        row.groupId = query.id(10);
        row.groupName = query.text(11);
        row.axisId = query.id(12);
        row.themeId = query.id(13);
        row.measurementCount = query.integer(14);
        row.latestDate = query.date(15);
        if (row.latestDate.isValid()) {
            row.latestValue = query.optionalNumber(16);
            row.latestTarget = query.optionalNumber(17);
        }
        row.editionId = query.id(18);
        row.unknownCount = query.integer(19);
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    const auto territories =
        loadLinks(db, QStringLiteral("group_territory"), QStringLiteral("group_id"), QStringLiteral("territory_id"),
                  groupSubquery, {bind}, QStringLiteral("position"));
    for (auto& row : rows)
        row.territoryIds = territories.value(row.groupId);
    return rows;
}

} // namespace

int countIndicators(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM indicator i JOIN action a ON a.id = i.action_id JOIN "
                                      "working_group g ON g.id = a.group_id WHERE g.edition_id = ?"));
    query.bind(editionId).exec();
    return query.next() ? query.integer(0) : 0;
}

QList<IndicatorListRow> listIndicators(Database& db, Id editionId)
{
    return load(db, QStringLiteral("g.edition_id = ?"),
                QStringLiteral("SELECT g.id FROM working_group g WHERE g.edition_id = ?"), editionId);
}

QList<IndicatorListRow> listActionIndicators(Database& db, Id actionId)
{
    return load(db, QStringLiteral("a.id = ?"), QStringLiteral("SELECT a.group_id FROM action a WHERE a.id = ?"),
                actionId);
}

QList<IndicatorListRow> listGroupIndicators(Database& db, Id groupId)
{
    return load(db, QStringLiteral("g.id = ?"), QStringLiteral("SELECT g.id FROM working_group g WHERE g.id = ?"),
                groupId);
}

} // namespace pacte
