#pragma once

#include "enums.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

struct EditionData;

// A working group's yearly evaluation (§1.4 "L'évaluation des actions menées", and "une évaluation
// intermédiaire sera réalisée chaque année … dans l'objectif de réajuster les actions et partenariats"):
// what is a judgement is entered here; what can be computed from the records is computed
// (GroupEvaluationFigures below) and never stored. One per group and year.
struct GroupEvaluation
{
    Id id = NoId;
    QUuid uuid;
    Id groupId = NoId;
    int year = 0;
    QString effects;   // effects observed on the publics or professionals concerned
    QString coherence; // coherence with the existing schemes (dispositifs)
    PartnershipQuality partnershipQuality = PartnershipQuality::NotAssessed;
    QString partnershipComment;
    QString difficulties; // difficulties met during the year
    QString adjustments;  // adjustments proposed to the actions and partnerships

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const GroupEvaluation&) const = default;

    // Nothing entered: no text and the partnership not assessed.
    bool isBlank() const;
};

// The criteria of §1.4 that the records answer for a group and a year.
struct GroupEvaluationFigures
{
    bool hasPilot = false;   // a pilot partner is recorded
    bool hasCoPilot = false; // a co-pilot partner is recorded
    // Pilot and co-pilot both recorded and from two different structures (rule 1).
    bool pilotsFromDifferentStructures = false;
    // The group's own meetings (kind "groupe de travail") held in the year: its concertations.
    int meetingsHeld = 0;
    // Attendance recorded at those meetings: distinct partners and persons, and the head counts added
    // up over the meetings that state one (`meetingsWithHeadCount` of them).
    int attendingPartners = 0;
    int attendingPersons = 0;
    int headCountTotal = 0;
    int meetingsWithHeadCount = 0;
    // Partners involved in the group: pilot, co-pilot and members, each once.
    QList<Id> involvedPartnerIds;
    // The existing schemes (dispositifs) its actions name, each once.
    QList<Id> dispositifIds;

    bool operator==(const GroupEvaluationFigures&) const = default;
};

// The figures of `groupId` for `year` from the edition's records (meetings dated in the year).
GroupEvaluationFigures computeGroupEvaluationFigures(const EditionData& data, Id groupId, int year);

// The years a group of the edition may be evaluated for: the edition's, from its start to its end.
QList<int> groupEvaluationYears(const EditionData& data);

} // namespace pacte
