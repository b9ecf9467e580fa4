#pragma once

#include "database.h"
#include "domain/enums.h"
#include "domain/ids.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pacte {

class Database;

// The dashboard's figures for one edition, computed by the database (aggregate queries) so that a
// 50,000-action file shows its dashboard at once.
struct DashboardFigures
{
    struct Count
    {
        Id id = NoId; // the axis, territory or theme counted (NoId: none)
        QString label;
        int count = 0;
        QMap<ActionStatus, int> byStatus; // for axes and territories
    };

    Id editionId = NoId;
    int year = 0;
    int partners = 0; // signatories
    int workingGroups = 0;
    int actions = 0;
    int experimentations = 0;
    int incompleteSheets = 0;                // rule 5, abandoned actions aside
    QMap<ActionStatus, int> actionsByStatus; // every status, zeros included
    QList<Count> actionsByAxis;              // every axis in order, then "no axis" if any
    QList<Count> actionsByTerritory;         // every territory (a group on two counts in both)
    QList<Count> actionsByTheme;             // themes with actions, most first
    QList<Count> groupsByTerritory;          // every territory
    int meetings = 0;                        // recorded in the edition
    QMap<MeetingKind, int> meetingsHeldInYear;
    int territories = 0;
    int territoriesWithLocalCommitteeInYear = 0;
    int copilHeld = 0;     // launch, mid-term and final COPILs held so far
    int copilExpected = 0; // of those three, how many are due by the end of `year`
};

DashboardFigures loadDashboardFigures(Database& db, Id editionId, int year);
// Local committee meetings held in the edition, by territory (whatever their year).
QHash<Id, int> localCommitteesHeldByTerritory(Database& db, Id editionId);

// The same aggregate queries as plain SQL with their parameters written in, one statement per
// line, to time them with the sqlite3 command-line tool on the same file (docs/performance.md), or
// with psql on a server database.
QStringList dashboardQueries(Id editionId, int year, Database::Engine engine = Database::Engine::SQLite);

} // namespace pacte
