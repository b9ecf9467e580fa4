#pragma once

#include "editiondata.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace pacte {

// The counts of one edition, as `pacte-cli stats` prints them and the dashboard shows them.
struct EditionStats
{
    QString edition;
    int partners = 0; // signatories of this edition (signed or pending)
    int persons = 0;
    int territories = 0;
    int axes = 0;
    int themes = 0;
    int workingGroups = 0;
    int actions = 0;
    int experimentations = 0;
    QMap<ActionStatus, int> actionsByStatus;       // every status, zeros included
    QList<QPair<QString, int>> actionsByAxis;      // every axis, in axis order
    QList<QPair<QString, int>> actionsByTerritory; // every territory; a group on two territories counts in both
    int meetings = 0;
    int meetingsHeld = 0;
    QMap<MeetingKind, int> meetingsByKind; // every kind, zeros included
};

EditionStats computeStats(const EditionData& data);

struct EvaluationSnapshot;
// The same counts read from a year's snapshot (frozen or as of 31 December); meetings are those
// held during the year, persons are not part of a snapshot.
EditionStats computeStats(const EvaluationSnapshot& snapshot);

} // namespace pacte
