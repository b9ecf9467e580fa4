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

// What the list of actions shows and filters on, for one action. A light read: no indicator or
// measurement is loaded (Repository<Action> would load them all), so 50,000 actions stay quick.
struct ActionListRow
{
    Id id = NoId;
    QUuid uuid;
    QString title;
    Id groupId = NoId;
    QString groupName;
    QList<Id> territoryIds; // the group's, in its order
    QList<Id> partnerIds;   // the group's pilot, co-pilot and member partners, without repeats
    Id axisId = NoId;       // the action's, else its group's
    Id themeId = NoId;      // the action's, else its group's
    ActionStatus status = ActionStatus::Project;
    bool experimentation = false;
    int indicatorCount = 0;
    QList<Id> publicIds;
    QDate startDate;
    QDate endDate;
    bool sheetComplete = false; // as Action::missingSheetFields() is empty

    bool operator==(const ActionListRow&) const = default;
};

// The actions of an edition's working groups, by id.
QList<ActionListRow> listActions(Database& db, Id editionId);

// An action's name within its group, what a spreadsheet's row is matched on.
struct ActionTitle
{
    Id id = NoId;
    Id groupId = NoId;
    QString title;
};
// The titles of an edition's actions, by id: one light query (no text but the title, no child row).
QList<ActionTitle> actionTitles(Database& db, Id editionId);
// One action, to refresh its row after a change; nothing if it is gone.
std::optional<ActionListRow> listAction(Database& db, Id actionId);

} // namespace pacte
