#pragma once

#include "editiondata.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace pacte {

// What a yearly evaluation freezes: the state of the edition at the end of the year, by value
// (names, not ids), so that it reads the same whatever is edited or deleted afterwards.
struct EvaluationSnapshot
{
    struct ActionState
    {
        QUuid uuid;
        QString title;
        QUuid groupUuid;
        QString groupName;
        QString axisTitle;
        QString themeName;
        QStringList territories;
        ActionStatus status = ActionStatus::Project;
        bool experimentation = false;
        bool operator==(const ActionState&) const = default;
    };
    struct IndicatorState
    {
        QUuid uuid;
        QUuid actionUuid;
        QString actionTitle;
        QString name;
        QString unit;
        std::optional<double> latestValue;
        QDate latestDate;
        std::optional<double> target;
        bool operator==(const IndicatorState&) const = default;
    };
    struct MeetingState
    {
        QUuid uuid;
        MeetingKind kind = MeetingKind::WorkingGroup;
        QDate date;
        QString title;
        QString territory;
        QString group;
        bool operator==(const MeetingState&) const = default;
    };
    struct GroupState
    {
        QUuid uuid;
        QString name;
        GroupStatus status = GroupStatus::Active;
        QStringList territories;
        bool operator==(const GroupState&) const = default;
    };
    // A territory's local pact as the year ends: its priorities in rank order and that year's review,
    // frozen with the evaluation (issue 20).
    struct LocalPactState
    {
        QUuid uuid;
        QString territory;
        QStringList priorities;
        bool reviewed = false; // a review of the year was written
        QString progress;
        QString difficulties;
        QString adjustments;
        bool operator==(const LocalPactState&) const = default;
    };

    QString edition;
    int year = 0;
    QDate asOf; // the day the figures describe (31 December of the year, or the freezing day)
    QDateTime frozenAt;
    QString frozenBy;
    QStringList axes;        // titles, in axis order
    QStringList themes;      // names, in axis order
    QStringList territories; // names
    QStringList signatories; // partners engaged in the edition
    QStringList newPartners; // signatories that were not signatories of the previous edition
    QList<GroupState> groups;
    QList<ActionState> actions;
    QList<IndicatorState> indicators;
    QList<MeetingState> meetings;     // held during the year
    QList<LocalPactState> localPacts; // by territory name (absent from snapshots frozen before schema 13)

    bool operator==(const EvaluationSnapshot&) const = default;

    QByteArray toJson() const;
    // Throws std::runtime_error on a malformed document (a snapshot is only ever written by Pacte).
    static EvaluationSnapshot fromJson(const QByteArray& json);
};

// The snapshot of `data` (already restricted to what existed at `asOf`) for `year`.
// `previousSignatories` are the partner uuids engaged in the previous edition (new partners).
EvaluationSnapshot takeSnapshot(const EditionData& data, int year, const QDate& asOf,
                                const QList<QUuid>& previousSignatories);

// The departmental evaluation counts of §1.4.
struct EvaluationCounts
{
    int workingGroups = 0;
    int activeGroups = 0;
    int actions = 0;
    int carriedOut = 0; // completed or running ("projets réalisés")
    QMap<ActionStatus, int> actionsByStatus;
    QList<QPair<QString, int>> actionsByTheme; // by count, then name
    QList<QPair<QString, int>> actionsByAxis;  // in axis order
    int experimentations = 0;
    int meetingsHeld = 0;
    QMap<MeetingKind, int> meetingsByKind; // instances established (held during the year)
    int territoriesWithLocalCommittee = 0;
    int newPartners = 0;
    int indicators = 0;
    int indicatorsMeasured = 0; // with at least one measurement by the end of the year
    int indicatorsOnTarget = 0; // latest value reaches the target
};

EvaluationCounts countEvaluation(const EvaluationSnapshot& snapshot);

// Year N against year N-1.
struct EvaluationComparison
{
    struct StatusChange
    {
        QUuid uuid;
        QString title;
        ActionStatus from;
        ActionStatus to;
    };
    struct IndicatorMove
    {
        QUuid uuid;
        QString name;
        QString actionTitle;
        std::optional<double> from;
        std::optional<double> to;
    };
    QList<StatusChange> statusChanges;
    QList<IndicatorMove> indicatorMoves;
    QStringList newActions;
    QStringList removedActions;
    QStringList newGroups;
    QStringList closedGroups; // closed or gone since N-1
    // A territory's local pact against N-1: the priorities that appeared or went, and whether each year
    // has a review. Only the territories with a local pact in one year or the other.
    struct LocalPactMove
    {
        QString territory;
        QStringList newPriorities;
        QStringList droppedPriorities;
        bool reviewed = false;
        bool reviewedBefore = false;
    };
    QList<LocalPactMove> localPactMoves;
};

EvaluationComparison compareSnapshots(const EvaluationSnapshot& previous, const EvaluationSnapshot& current);

} // namespace pacte
