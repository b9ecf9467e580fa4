#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

class Database;

// What the cross-action table of indicators shows and filters on, for one indicator. A light read:
// the indicator, its action and group, and its latest measurement only (Repository<Action> would load
// every action with all its measurements).
struct IndicatorListRow
{
    Id id = NoId;
    QUuid uuid;
    QString name;
    IndicatorKind kind = IndicatorKind::Output;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    Id actionId = NoId;
    QUuid actionUuid;
    QString actionTitle;
    Id groupId = NoId;
    QString groupName;
    Id editionId = NoId;    // the group's
    QList<Id> territoryIds; // the group's, in its order
    Id axisId = NoId;       // the action's, else its group's
    Id themeId = NoId;      // the action's, else its group's when the action has no axis
    int measurementCount = 0;
    // Measurements whose value is unknown (not reported), left out of the latest value.
    int unknownCount = 0;
    // The latest measurement whose value is known (as Indicator::latestKnown(): the last date, the
    // last recorded on a tie).
    QDate latestDate;
    std::optional<double> latestValue;
    std::optional<double> latestTarget; // the measurement's own target, when it has one

    bool operator==(const IndicatorListRow&) const = default;

    // The target the latest value is held against: the measurement's own, else the indicator's.
    std::optional<double> effectiveTarget() const { return latestTarget ? latestTarget : target; }
};

// The indicators of the actions of an edition's working groups, by action then position.
QList<IndicatorListRow> listIndicators(Database& db, Id editionId);
// How many indicators the edition's actions have, without reading them.
int countIndicators(Database& db, Id editionId);
// Those of one action, of one working group: to refresh their rows after a change.
QList<IndicatorListRow> listActionIndicators(Database& db, Id actionId);
QList<IndicatorListRow> listGroupIndicators(Database& db, Id groupId);

} // namespace pacte
