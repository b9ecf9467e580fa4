#pragma once

#include "enums.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// A local working group (§1.4): led by a pilot and a co-pilot from two different structures.
// Historical groups that break the rule are stored as they were; the rules report them.
struct WorkingGroup
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    QString name; // its theme as the group names it: "Mobilité des publics en insertion"
    Id axisId = NoId;
    Id themeId = NoId;
    QList<Id> territoryIds; // one, or several ("Biterrois et Petite Camargue")
    Id pilotPartnerId = NoId;
    Id coPilotPartnerId = NoId;
    Id pilotPersonId = NoId;
    Id coPilotPersonId = NoId;
    QList<Id> memberPartnerIds;
    QList<Id> memberPersonIds;
    GroupStatus status = GroupStatus::Active;
    QString notes;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const WorkingGroup&) const = default;
};

} // namespace pacte
