#pragma once

#include "enums.h"
#include "ids.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace pacte {

struct Action;

// What rule 5 ("action-sheet-complete") needs to know of an action: storage can read it for
// 50,000 actions in one query, without loading every indicator and measurement.
struct ActionSheetSummary
{
    Id id = NoId;
    QUuid uuid;
    QString title;
    ActionStatus status = ActionStatus::Project;
    bool hasObjectives = false;
    bool hasPublics = false;
    bool hasModalitiesOrDeliverables = false;
    bool hasIndicator = false;

    bool operator==(const ActionSheetSummary&) const = default;

    bool isComplete() const { return hasObjectives && hasPublics && hasModalitiesOrDeliverables && hasIndicator; }
    // The missing parts, as labels in the UI language; empty when complete.
    QStringList missingFields() const;
};

ActionSheetSummary summarizeSheet(const Action& action);

} // namespace pacte
