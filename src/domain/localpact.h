#pragma once

#include "ids.h"
#include "meeting.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

struct EditionData;

// One of a local pact's territorial priorities (§1.3: the comité local d'animation "détermine les priorités
// territoriales"): what it serves (axes, themes of the edition) and what carries it (working groups, actions).
struct LocalPriority
{
    Id id = NoId;
    QUuid uuid;
    int rank = 0; // 1 for the first: its place in the pact's list
    QString title;
    QString description;
    QList<Id> axisIds;
    QList<Id> themeIds;
    QList<Id> groupIds;
    QList<Id> actionIds;

    bool operator==(const LocalPriority&) const = default;
};

// The local committee's yearly review of its pact ("ce qui a bougé", difficulties, adjustments): one per
// year of the edition, frozen with the edition's evaluation of that year.
struct LocalPactReview
{
    Id id = NoId;
    QUuid uuid;
    int year = 0;
    QString progress; // what moved during the year
    QString difficulties;
    QString adjustments;

    bool operator==(const LocalPactReview&) const = default;

    bool isBlank() const;
};

// A territory's local pact ("Pacte Territorial Local", §1.3) for one edition: the diagnosis its local
// committee shares, its ranked priorities, its members and its yearly reviews. At most one per territory
// and edition. Its local committee meetings are the edition's meetings (localCommitteeMeetings()).
struct LocalPact
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    Id territoryId = NoId;
    QString diagnosis;
    QString diagnosisSources;        // where the diagnosis comes from
    QList<LocalPriority> priorities; // in rank order
    QList<Id> memberPartnerIds;
    QList<Id> memberPersonIds;
    QList<LocalPactReview> reviews; // by year
    QString notes;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const LocalPact&) const = default;

    const LocalPactReview* review(int year) const;
    // The latest review with something written, or nullptr.
    const LocalPactReview* latestReview() const;
    // Ranks 1, 2, ... in list order, and the reviews by year.
    void normalise();
};

// The edition's "comité local d'animation" meetings of the territory (its own territory or among those
// it covers), by date.
QList<Meeting> localCommitteeMeetings(const EditionData& data, Id territoryId);

// The local pact of a territory in `pacts`, or nullptr.
const LocalPact* localPactOf(const QList<LocalPact>& pacts, Id territoryId);

} // namespace pacte
