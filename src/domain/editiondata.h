#pragma once

#include "action.h"
#include "actionsheet.h"
#include "axis.h"
#include "edition.h"
#include "evaluation.h"
#include "localpact.h"
#include "meeting.h"
#include "partner.h"
#include "person.h"
#include "reference.h"
#include "territory.h"
#include "workinggroup.h"

#include <QHash>
#include <QList>

namespace pacte {

// Everything the rules, the statistics and the evaluation need to know about one edition,
// as plain values. Storage fills it; the domain never reads the database itself.
struct EditionData
{
    Edition edition;
    QList<Territory> territories; // all of them: territories are shared by editions
    QList<Axis> axes;             // this edition's, by number
    QList<Partner> partners;      // all of them, with their signatures of every edition
    QList<Person> persons;
    QList<TargetPublic> publics;
    QList<Dispositif> dispositifs;
    QList<WorkingGroup> groups; // this edition's
    QList<Action> actions;      // of this edition's groups (empty when only summaries were loaded)
    // The action sheets as rule 5 reads them; storage's light loading fills only these.
    QList<ActionSheetSummary> actionSheets;
    QList<Meeting> meetings; // this edition's
    QList<Evaluation> evaluations;
    QList<LocalPact> localPacts; // this edition's, one per territory at most

    const Territory* territory(Id id) const;
    const Partner* partner(Id id) const;
    const Person* person(Id id) const;
    const Axis* axis(Id id) const;
    const Theme* theme(Id id) const;
    const WorkingGroup* group(Id id) const;

    // Partners engaged in this edition: a signature that is not declined.
    QList<const Partner*> signatories() const;
    // "Mobilité (Montpelliérain)": how findings and reports name a group.
    QString groupLabel(const WorkingGroup& group) const;
    QString territoryNames(const QList<Id>& ids) const;
    // actionSheets, or the summaries of `actions` when those were loaded in full.
    QList<ActionSheetSummary> sheets() const;
};

} // namespace pacte
