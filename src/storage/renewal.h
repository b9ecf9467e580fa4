#pragma once

#include "domain/action.h"
#include "domain/axis.h"
#include "domain/edition.h"
#include "domain/partner.h"
#include "domain/renewal.h"
#include "domain/workinggroup.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

namespace pacte {

class Database;

// What an edition offers to carry over into the pact that renews it (§1.4: the final COPIL "s'inscrit
// dans une dynamique de renouvellement"): its axes and themes, to edit; its partners (those that signed
// it or were to sign it), as signatories to be; its working groups still active, with their pilot and
// co-pilot; the actions of those groups not finished (projet, en cours). Read in the source's order.
struct RenewalCandidates
{
    Edition source;
    QList<Axis> axes;
    QList<Partner> partners;
    QList<WorkingGroup> groups;
    QList<Action> actions;
    // The source's final evaluation (of its last year), frozen at the renewal unless it already is or
    // the year has not begun.
    int finalYear = 0;
    bool finalFrozen = false;
    bool canFreezeFinal = false;
};
RenewalCandidates renewalCandidates(Database& db, Id sourceEditionId);

// What the coordinator keeps of the candidates, by uuid. An action is carried only with its group.
struct RenewalChoice
{
    QSet<QUuid> axes;
    QSet<QUuid> partners;
    QSet<QUuid> groups;
    QSet<QUuid> actions;
    bool freezeFinal = true;

    static RenewalChoice everything(const RenewalCandidates& candidates);
};

// The records a renewal creates. Built by planRenewal() with the source's references; writeRenewal()
// gives them their ids and points the groups and actions at the new axes, themes and groups, and a
// second write (redo) puts back the same records with the same ids.
struct RenewalRecords
{
    Edition source;
    Edition edition;
    QList<Axis> axes;
    QList<Id> axisSources; // the source axis of each new axis
    QList<Partner> partnersBefore;
    QList<Partner> partners; // with their pending signature of the new edition
    QList<WorkingGroup> groups;
    QList<Id> groupSources;
    QList<Action> actions; // each names the action it continues
    bool freezeFinal = false;
    int finalYear = 0;
    Renewal summary;
    bool written = false;

    int recordCount() const
    {
        return 1 + static_cast<int>(axes.size() + partners.size() + groups.size() + actions.size());
    }
};

// What refuses the new edition (its own validation, a title already used, a start before the source's
// end), in French, field by field; empty when it can be created.
FieldErrors renewalErrors(Database& db, const Edition& source, const Edition& edition);

// The records for `edition` (title, dates; its département and predecessor come from the source) and
// the chosen candidates. Throws ValidationError when renewalErrors() refuses the edition.
RenewalRecords planRenewal(Database& db, const RenewalCandidates& candidates, Edition edition,
                           const RenewalChoice& choice);

// Writes the records in one transaction, with the change log's source "renew" (one entry per record
// created, plus the frozen evaluation's), and freezes the source's final evaluation if chosen. Throws
// StorageError (nothing written) when something is refused.
void writeRenewal(Database& db, RenewalRecords& records);
// Removes what writeRenewal() created (the new edition and all it holds, the pending signatures); the
// frozen evaluation stays frozen.
void removeRenewal(Database& db, const RenewalRecords& records);

// Stores what a renewal carried over (restoring a dump).
void storeRenewal(Database& db, const Renewal& renewal);
// What a renewal carried over into `editionId`, if the edition was made by one.
std::optional<Renewal> findRenewal(Database& db, Id editionId);

// The earlier life of a carried action (ContinuedAction, domain/renewal.h); none if the link is empty or
// the earlier action was deleted.
std::optional<ContinuedAction> continuedAction(Database& db, Id continuesId);
// The earlier life of every carried action of an edition, by the carried action's id.
QHash<Id, ContinuedAction> continuedActionsOf(Database& db, Id editionId);

} // namespace pacte
