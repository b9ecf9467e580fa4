#include "actionlist.h"

#include "database.h"
#include "failures.h"
#include "sqltrace.h"
#include "storageerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pacte {

namespace {

// The characters QString::trimmed() removes (QChar::isSpace), taken from Qt itself, so that a
// "filled" text here is exactly a non-empty trimmed() text in Action::missingSheetFields().
const QList<QChar>& spaceCharacters()
{
    static const QList<QChar> spaces = [] {
        QList<QChar> list;
        for (char16_t c = 0; c < 0xFFFF; ++c) {
            if (QChar(c).isSpace())
                list.append(QChar(c));
        }
        return list;
    }();
    return spaces;
}

// A forward-only statement with one bound id: unlike SqlQuery, Qt then keeps no copy of every row
// read, which halves the time of reading 50,000 rows.
QSqlQuery forwardQuery(Database& db, const QString& sql, Id bind)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(sqlFailureMessage(query.lastError(), db.path(), sql));
    query.addBindValue(bind);
    sqltrace::record(sql, {bind});
    if (!query.exec())
        throw StorageError(sqlFailureMessage(query.lastError(), db.path(), sql));
    return query;
}

// Owner id -> linked ids, in the query's order.
QHash<Id, QList<Id>> readLinks(Database& db, const QString& sql, Id bind)
{
    QSqlQuery query = forwardQuery(db, sql, bind);
    QHash<Id, QList<Id>> links;
    while (query.next())
        links[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    return links;
}

QDate dateValue(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// A portable SQL expression, 1 when `column` holds more than white space. Most texts start with a
// letter and are settled by their first character; only the others pay for the replacements.
QString filledExpression(const QString& column)
{
    QStringList quoted;
    QString blanked = column;
    for (const QChar c : spaceCharacters()) {
        quoted << QStringLiteral("'%1'").arg(QString(c));
        if (c != QLatin1Char(' '))
            blanked = QStringLiteral("REPLACE(%1, '%2', ' ')").arg(blanked, QString(c));
    }
    return QStringLiteral("CASE WHEN %1 = '' THEN 0 WHEN SUBSTR(%1, 1, 1) NOT IN (%2) THEN 1 "
                          "WHEN TRIM(%3) = '' THEN 0 ELSE 1 END")
        .arg(column, quoted.join(QLatin1Char(',')), blanked);
}

const QString& rowQuery()
{
    // The theme falls back to the group's only with the axis, so that it belongs to the axis shown.
    static const QString sql =
        QStringLiteral(
            "SELECT a.id, a.uuid, a.title, a.group_id, g.name, COALESCE(a.axis_id, g.axis_id), "
            "COALESCE(a.theme_id, CASE WHEN a.axis_id IS NULL THEN g.theme_id END), a.status, a.experimentation, "
            "a.start_date, a.end_date, (SELECT COUNT(*) FROM indicator i WHERE i.action_id = a.id), %1, %2, %3, "
            "g.pilot_partner_id, g.co_pilot_partner_id, "
            "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = 'resultat'), "
            "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = 'realisation') "
            "FROM action a JOIN working_group g ON g.id = a.group_id WHERE %4 ORDER BY a.id")
            .arg(filledExpression(QStringLiteral("a.objectives")), filledExpression(QStringLiteral("a.modalities")),
                 filledExpression(QStringLiteral("a.deliverables")));
    return sql;
}

// `actionCondition` selects actions (aliases a, g); `groupSubquery` their groups' ids. Both have one
// placeholder, for `bind`.
QList<ActionListRow> load(Database& db, const QString& actionCondition, const QString& groupSubquery, Id bind)
{
    QSqlQuery query = forwardQuery(db, rowQuery().arg(actionCondition), bind);
    QList<ActionListRow> rows;
    QHash<Id, QPair<Id, Id>> pilots; // group id -> (pilot, co-pilot)
    while (query.next()) {
        ActionListRow row;
        row.id = query.value(0).toLongLong();
        row.uuid = QUuid::fromString(query.value(1).toString());
        row.title = query.value(2).toString();
        row.groupId = query.value(3).toLongLong();
        row.groupName = query.value(4).toString();
        row.axisId = query.value(5).toLongLong();
        row.themeId = query.value(6).toLongLong();
        row.status = enumFromCode<ActionStatus>(query.value(7).toString()).value_or(ActionStatus::Project);
        row.experimentation = query.value(8).toInt() != 0;
        row.startDate = dateValue(query.value(9));
        row.endDate = dateValue(query.value(10));
        row.indicatorCount = query.value(11).toInt();
        const bool objectives = query.value(12).toInt() != 0;
        // §1.4: modalities and deliverables, an evaluation and an output indicator.
        const bool modalitiesAndDeliverables = query.value(13).toInt() != 0 && query.value(14).toInt() != 0;
        const bool bothIndicators = query.value(17).toInt() != 0 && query.value(18).toInt() != 0;
        row.sheetComplete = objectives && modalitiesAndDeliverables && bothIndicators; // publics below
        pilots.insert(row.groupId, {query.value(15).toLongLong(), query.value(16).toLongLong()});
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;

    const QString actionIds =
        QStringLiteral("SELECT a.id FROM action a JOIN working_group g ON g.id = a.group_id WHERE %1")
            .arg(actionCondition);
    const auto publics = readLinks(
        db,
        QStringLiteral("SELECT action_id, public_id FROM action_public WHERE action_id IN (%1) ORDER BY action_id, "
                       "public_id")
            .arg(actionIds),
        bind);
    const auto territories = readLinks(db,
                                       QStringLiteral("SELECT group_id, territory_id FROM group_territory WHERE "
                                                      "group_id IN (%1) ORDER BY group_id, position")
                                           .arg(groupSubquery),
                                       bind);
    const auto members = readLinks(
        db,
        QStringLiteral("SELECT group_id, partner_id FROM group_partner WHERE group_id IN (%1) ORDER BY group_id, "
                       "partner_id")
            .arg(groupSubquery),
        bind);

    QHash<Id, QList<Id>> partners; // per group, computed once
    for (auto it = pilots.cbegin(); it != pilots.cend(); ++it) {
        QList<Id> ids;
        for (const Id id : QList<Id>{it.value().first, it.value().second} + members.value(it.key())) {
            if (id != NoId && !ids.contains(id))
                ids.append(id);
        }
        partners.insert(it.key(), ids);
    }
    for (auto& row : rows) {
        row.publicIds = publics.value(row.id);
        row.sheetComplete = row.sheetComplete && !row.publicIds.isEmpty();
        row.territoryIds = territories.value(row.groupId);
        row.partnerIds = partners.value(row.groupId);
    }
    return rows;
}

} // namespace

QList<ActionListRow> listActions(Database& db, Id editionId)
{
    return load(db, QStringLiteral("g.edition_id = ?"),
                QStringLiteral("SELECT g.id FROM working_group g WHERE g.edition_id = ?"), editionId);
}

std::optional<ActionListRow> listAction(Database& db, Id actionId)
{
    const auto rows = load(db, QStringLiteral("a.id = ?"),
                           QStringLiteral("SELECT a.group_id FROM action a WHERE a.id = ?"), actionId);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<ActionTitle> actionTitles(Database& db, Id editionId)
{
    QSqlQuery query = forwardQuery(db,
                                   QStringLiteral("SELECT a.id, a.group_id, a.title FROM action a JOIN working_group g "
                                                  "ON g.id = a.group_id WHERE g.edition_id = ? ORDER BY a.id"),
                                   editionId);
    QList<ActionTitle> titles;
    while (query.next())
        titles.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    return titles;
}

} // namespace pacte
