#pragma once

#include "enums.h"
#include "funding.h"
#include "ids.h"
#include "indicator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// An action sheet ("fiche action", §1.4): what a working group does, and how it is evaluated.
struct Action
{
    Id id = NoId;
    QUuid uuid;
    Id groupId = NoId;
    QString title;
    Id axisId = NoId;
    Id themeId = NoId;
    QString objectives;
    QList<Id> publicIds;
    QString modalities;
    QString deliverables;
    QList<Id> dispositifIds;
    QDate startDate;
    QDate endDate;
    ActionStatus status = ActionStatus::Project;
    bool experimentation = false;
    QString notes;
    QList<Indicator> indicators;
    QList<FundingLine> fundings; // who pays for it (issue 20), in the order entered
    // The action of an earlier edition this one carries on (set when a pact is renewed), or none.
    Id continuesId = NoId;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Action&) const = default;

    // What rule 5 ("action-sheet-complete") finds missing, as labels; empty when complete.
    QStringList missingSheetFields() const;
};

} // namespace pacte
