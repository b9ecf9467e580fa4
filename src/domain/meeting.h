#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// A governance meeting ("instance", §1.3-1.4): COPIL, comité local d'animation, seminar...
struct Meeting
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    MeetingKind kind = MeetingKind::WorkingGroup;
    MeetingStatus status = MeetingStatus::Planned;
    QDate date;
    QString title;
    Id territoryId = NoId;
    // The PTI territories a comité local pour l'emploi covers (one or several); empty for other kinds.
    QList<Id> coveredTerritoryIds;
    Id groupId = NoId;
    QList<Id> partnerIds;
    QList<Id> personIds;
    int headCount = 0;
    QString agenda;
    QString decisions;
    // What the PTI presented there (at a CDE or a CLE, for instance).
    QString ptiPresented;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Meeting&) const = default;

    // A meeting counts for the cadence rules once it has been held.
    bool isHeld() const { return status == MeetingStatus::Held; }
};

} // namespace pacte
