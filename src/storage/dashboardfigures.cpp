#include "dashboardfigures.h"

#include "actionsheets.h"
#include "enginesql.h"
#include "repository.h"
#include "sqlquery.h"

namespace pacte {

namespace {

// Each query with ? for the edition id (and the year's bounds where said). Kept together so that
// the dashboard and the sqlite3 comparison run exactly the same SQL.
const QString actionsOf =
    QStringLiteral("FROM action a JOIN working_group g ON g.id = a.group_id WHERE g.edition_id = ?");

// One pass over the edition's actions, grouped by everything the dashboard splits them by.
QString actionFacetsSql(Database::Engine engine = Database::Engine::SQLite)
{
    // The group's theme only for an action that follows the group's axis (as the action list has it).
    return QStringLiteral("SELECT COALESCE(a.axis_id, g.axis_id), COALESCE(a.theme_id, CASE WHEN a.axis_id IS NULL "
                          "THEN g.theme_id END), a.status, "
                          "a.experimentation, a.status <> 'abandonnee' AND (%2 OR NOT EXISTS "
                          "(SELECT 1 FROM action_public p WHERE p.action_id = a.id) OR %3 OR %4 OR NOT EXISTS "
                          "(SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = 'resultat') OR NOT "
                          "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = 'realisation')), "
                          "COUNT(*) %1 GROUP BY 1, 2, 3, 4, 5")
        .arg(actionsOf, enginesql::blankText(engine, QStringLiteral("a.objectives")),
             enginesql::blankText(engine, QStringLiteral("a.modalities")),
             enginesql::blankText(engine, QStringLiteral("a.deliverables")));
}
QString byTerritorySql()
{
    return QStringLiteral("SELECT gt.territory_id, a.status, COUNT(*) FROM action a JOIN working_group g ON g.id = "
                          "a.group_id JOIN group_territory gt ON gt.group_id = g.id WHERE g.edition_id = ? "
                          "GROUP BY 1, 2");
}
QString groupsByTerritorySql()
{
    return QStringLiteral("SELECT gt.territory_id, COUNT(*) FROM working_group g JOIN group_territory gt ON "
                          "gt.group_id = g.id WHERE g.edition_id = ? GROUP BY 1");
}
QString countsSql()
{
    return QStringLiteral("SELECT (SELECT COUNT(*) FROM working_group WHERE edition_id = ?), (SELECT COUNT(*) FROM "
                          "signature WHERE edition_id = ? AND status <> 'refuse'), (SELECT COUNT(*) FROM meeting "
                          "WHERE edition_id = ?), (SELECT COUNT(*) FROM territory)");
}
// Parameters: edition id, first day, last day.
QString meetingsInYearSql()
{
    return QStringLiteral("SELECT kind, COUNT(*), COUNT(DISTINCT territory_id) FROM meeting WHERE edition_id = ? AND "
                          "status = 'tenue' AND held_on BETWEEN ? AND ? GROUP BY kind");
}
QString copilHeldSql()
{
    return QStringLiteral("SELECT COUNT(DISTINCT kind) FROM meeting WHERE edition_id = ? AND status = 'tenue' AND kind "
                          "IN ('copil_lancement', 'copil_intermediaire', 'copil_final')");
}

QString withValues(QString sql, const QVariantList& values)
{
    for (const auto& value : values) {
        const int at = sql.indexOf(QLatin1Char('?'));
        const QString literal =
            value.typeId() == QMetaType::QString ? QStringLiteral("'%1'").arg(value.toString()) : value.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

} // namespace

DashboardFigures loadDashboardFigures(Database& db, Id editionId, int year)
{
    DashboardFigures f;
    f.editionId = editionId;
    f.year = year;
    const auto edition = EditionRepository(db).find(editionId);
    if (!edition)
        return f;
    for (ActionStatus status : enumValues<ActionStatus>())
        f.actionsByStatus.insert(status, 0);

    const auto axes = AxisRepository(db).ofEdition(editionId);
    QHash<Id, qsizetype> axisRow;
    QHash<Id, QString> themeNames;
    for (const auto& axis : axes) {
        axisRow.insert(axis.id, f.actionsByAxis.size());
        f.actionsByAxis.append({axis.id, axis.title, 0, {}});
        for (const auto& theme : axis.themes)
            themeNames.insert(theme.id, theme.name);
    }
    QHash<Id, int> byTheme;
    SqlQuery facets(db, actionFacetsSql(db.engine()));
    facets.bind(editionId).exec();
    while (facets.next()) {
        const Id axisId = facets.id(0);
        const ActionStatus status = enumFromCode<ActionStatus>(facets.text(2)).value_or(ActionStatus::Project);
        const int n = facets.integer(5);
        f.actions += n;
        f.actionsByStatus[status] += n;
        f.experimentations += facets.flag(3) ? n : 0;
        f.incompleteSheets += facets.flag(4) ? n : 0;
        byTheme[facets.id(1)] += n;
        if (!axisRow.contains(axisId)) {
            axisRow.insert(axisId, f.actionsByAxis.size());
            f.actionsByAxis.append({NoId, QString(), 0, {}});
        }
        auto& row = f.actionsByAxis[axisRow.value(axisId)];
        row.byStatus[status] += n;
        row.count += n;
    }
    for (auto it = byTheme.cbegin(); it != byTheme.cend(); ++it)
        f.actionsByTheme.append({it.key(), themeNames.value(it.key()), it.value(), {}});
    std::sort(f.actionsByTheme.begin(), f.actionsByTheme.end(),
              [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.label < b.label; });

    const auto territories = TerritoryRepository(db).all();
    QHash<Id, qsizetype> territoryRow;
    for (const auto& territory : territories) {
        territoryRow.insert(territory.id, f.actionsByTerritory.size());
        f.actionsByTerritory.append({territory.id, territory.name, 0, {}});
        f.groupsByTerritory.append({territory.id, territory.name, 0, {}});
    }
    SqlQuery byTerritory(db, byTerritorySql());
    byTerritory.bind(editionId).exec();
    while (byTerritory.next()) {
        if (!territoryRow.contains(byTerritory.id(0)))
            continue;
        auto& row = f.actionsByTerritory[territoryRow.value(byTerritory.id(0))];
        const ActionStatus status = enumFromCode<ActionStatus>(byTerritory.text(1)).value_or(ActionStatus::Project);
        row.byStatus[status] += byTerritory.integer(2);
        row.count += byTerritory.integer(2);
    }
    SqlQuery groups(db, groupsByTerritorySql());
    groups.bind(editionId).exec();
    while (groups.next()) {
        if (territoryRow.contains(groups.id(0)))
            f.groupsByTerritory[territoryRow.value(groups.id(0))].count = groups.integer(1);
    }

    SqlQuery counts(db, countsSql());
    counts.bind(editionId).bind(editionId).bind(editionId).exec();
    if (counts.next()) {
        f.workingGroups = counts.integer(0);
        f.partners = counts.integer(1);
        f.meetings = counts.integer(2);
        f.territories = counts.integer(3);
    }

    for (MeetingKind kind : enumValues<MeetingKind>())
        f.meetingsHeldInYear.insert(kind, 0);
    SqlQuery meetings(db, meetingsInYearSql());
    meetings.bind(editionId)
        .bind(QDate(year, 1, 1).toString(Qt::ISODate))
        .bind(QDate(year, 12, 31).toString(Qt::ISODate))
        .exec();
    while (meetings.next()) {
        const auto kind = enumFromCode<MeetingKind>(meetings.text(0));
        if (!kind)
            continue;
        f.meetingsHeldInYear[*kind] = meetings.integer(1);
        if (*kind == MeetingKind::LocalCommittee)
            f.territoriesWithLocalCommitteeInYear = meetings.integer(2);
    }
    SqlQuery copil(db, copilHeldSql());
    copil.bind(editionId).exec();
    f.copilHeld = copil.next() ? copil.integer(0) : 0;
    // The three COPILs fall due as rule 2 says: the launch within the first year, the mid-term one
    // in the year of the midpoint, the final one at the end.
    const QDate midpoint = edition->startDate.addDays(edition->startDate.daysTo(edition->endDate) / 2);
    f.copilExpected = (year >= edition->firstYear()) + (year >= midpoint.year()) + (year >= edition->lastYear());
    return f;
}

QHash<Id, int> localCommitteesHeldByTerritory(Database& db, Id editionId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT territory_id, COUNT(*) FROM meeting WHERE edition_id = ? AND kind = ? AND "
                                  "status = ? AND territory_id IS NOT NULL GROUP BY territory_id"));
    query.bind(editionId).bind(enumCode(MeetingKind::LocalCommittee)).bind(enumCode(MeetingStatus::Held)).exec();
    QHash<Id, int> counts;
    while (query.next())
        counts.insert(query.id(0), query.integer(1));
    return counts;
}

QStringList dashboardQueries(Id editionId, int year, Database::Engine engine)
{
    const QVariantList edition{editionId};
    const QString first = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString last = QDate(year, 12, 31).toString(Qt::ISODate);
    return {withValues(actionFacetsSql(engine), edition),
            withValues(byTerritorySql(), edition),
            withValues(groupsByTerritorySql(), edition),
            withValues(countsSql(), {editionId, editionId, editionId}),
            withValues(meetingsInYearSql(), {editionId, first, last}),
            withValues(copilHeldSql(), edition)};
}

} // namespace pacte
