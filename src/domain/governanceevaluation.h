#pragma once

#include "coverage.h"
#include "editiondata.h"

#include <QDate>
#include <QList>

namespace pacte {

// The evaluation of the governance the pact asks for (§1.4, « L'évaluation de la gouvernance du
// PTI »): the bodies established, held against those planned; the integration of new partners; the
// groups without a partner among their pilots; and the superpositions, duplicates and gaps between
// the actors' interventions (the coverage). Figures computed from the records; the legibility of the
// decision circuit is the coordinator's judgement and stays in her written assessment.

// One kind of body (COPIL, comité local, working-group meeting...), over the edition up to `asOf`.
struct BodyRecord
{
    MeetingKind kind = MeetingKind::WorkingGroup;
    int scheduled = 0;     // recorded with a date up to asOf, whatever became of them
    int held = 0;          // of which held
    int postponed = 0;     // of which postponed
    int cancelled = 0;     // of which cancelled
    int notRecorded = 0;   // of which still marked planned although their day has passed
    int withDecisions = 0; // held meetings whose decisions are written down
    int coming = 0;        // planned or postponed after asOf
};

// A partner engaged in this edition but not in the previous one, and where it took a place.
struct NewPartnerInvolvement
{
    Id partnerId = NoId;
    int pilots = 0;
    int coPilots = 0;
    int memberships = 0; // groups taken part in as neither pilot nor co-pilot

    bool inAnyGroup() const { return pilots + coPilots + memberships > 0; }
};

struct GovernanceEvaluation
{
    QList<BodyRecord> bodies; // kinds recorded, in MeetingKind order
    int groups = 0;
    int activeGroups = 0;
    // Groups with a pilot or a co-pilot, none of them a partner other than the Département
    // (« la présence d'un pilote et/ou co-pilote partenaire », §1.4).
    QList<Id> groupsWithoutPartnerPilot;
    QList<Id> groupsWithoutPilot; // neither pilot nor co-pilot recorded
    // Set only when the edition has a previous one (otherwise every signatory would be "new").
    bool newPartnersKnown = false;
    QList<NewPartnerInvolvement> newPartners; // most involved first, then by name
    // The coverage's findings, counted.
    int gapsWithoutGroup = 0;
    int gapsWithoutLiveAction = 0;
    int overlaps = 0;
    int possibleDuplicates = 0;
};

// `data` is the edition (or its restriction to a territory or axis) with every partner and its
// signatures; `coverage` is computed from the same data.
GovernanceEvaluation evaluateGovernance(const EditionData& data, const QDate& asOf, const Coverage& coverage);

// Whether a partner leads as a partner of the Département rather than as the Département itself.
bool isPartnerPilot(const EditionData& data, Id partnerId);

} // namespace pacte
