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
    // The pact asks for "les modalités de mise en œuvre et les principaux livrables, les indicateurs
    // d'évaluation et de réalisation" (§1.4): both texts, and an indicator of each kind.
    bool hasModalities = false;
    bool hasDeliverables = false;
    bool hasOutcomeIndicator = false; // an indicator d'évaluation (résultat / effet)
    bool hasOutputIndicator = false;  // an indicator de réalisation

    bool operator==(const ActionSheetSummary&) const = default;

    bool isComplete() const
    {
        return hasObjectives && hasPublics && hasModalities && hasDeliverables && hasOutcomeIndicator &&
               hasOutputIndicator;
    }
    // The missing parts, as labels in the UI language; empty when complete.
    QStringList missingFields() const;
};

ActionSheetSummary summarizeSheet(const Action& action);

} // namespace pacte
