#pragma once

#include "app/common/rowfilters.h"
#include "domain/editiondata.h"

namespace pacte {

// One line of the working groups list.
struct GroupRow : RowBase
{
    QString name;
    QString territories;
    QString axis; // "2 · Continuité des parcours"
    int axisNumber = 0;
    QString theme;
    QString leaders; // "DDETS • CD"
    int actions = 0;
    QString statusMix; // "2 en cours, 1 réalisée"
    QString status;
    QString rule;        // short, empty when the group has a pilot and a co-pilot from two structures
    QString ruleMessage; // the finding of rule 1, in full
};

// The values of the groups' "co-pilot" filter (FilterKey::Kind): rule 1 followed or not.
inline constexpr int GroupWithCoPilot = 0;
inline constexpr int GroupWithoutCoPilot = 1;

// The rows of an edition's working groups, with rule 1 (pilot and co-pilot) checked for each.
QList<GroupRow> buildGroupRows(const EditionData& data);

// "2 en cours, 1 réalisée": how many actions are in each status, in the order of the statuses.
QString actionStatusMix(const QList<const Action*>& actions);

// What rule 1 finds for `group`, in full (empty when it follows the rule).
QString groupPilotFinding(const WorkingGroup& group, const EditionData& data);

// "3 · Isolement social": a theme with its axis's number, as the theme facet and combo name it.
QString themeLabel(const Axis& axis, const Theme& theme);

} // namespace pacte
