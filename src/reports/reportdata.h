#pragma once

#include "domain/clock.h"
#include "domain/coverage.h"
#include "domain/editiondata.h"
#include "domain/editionstats.h"
#include "domain/evaluationsnapshot.h"
#include "domain/finding.h"
#include "domain/groupevaluation.h"
#include "domain/provenance.h"
#include "domain/renewal.h"
#include "reportscope.h"

#include <memory>
#include <optional>

#include <QDate>
#include <QHash>

namespace pacte {

class Database;

// Everything one COPIL report shows, read once from the database and restricted to the scope, so
// that the builder is a pure function of plain values.
// The records of a report's scope marked illustrative (invented for a demonstration or an example):
// the report then says so on its cover and on each chart drawn from them.
struct IllustrativeRecords
{
    int actions = 0;      // of the scope's actions
    int totalActions = 0; // the scope's actions
    int axes = 0;
    int groups = 0;
    int others = 0; // themes, meetings, signatures

    int total() const { return actions + axes + groups + others; }
};

struct ReportData
{
    ReportScope scope;
    EditionData data;      // groups, actions and meetings of the scope; partners and territories all kept
    QString territoryName; // of scope.territoryId, empty for the whole département
    QString axisTitle;     // of scope.axisId
    QDate generatedOn;     // the day the report is produced
    QDate asOf;            // the day the figures describe: today, or the end of scope.year
    int evaluationYear = 0;
    bool frozen = false;                         // figures from a frozen yearly evaluation
    EvaluationSnapshot snapshot;                 // of evaluationYear, restricted to the scope
    std::optional<EvaluationComparison> changes; // since the year before, when there is one
    std::optional<Evaluation> evaluation;        // the coordinator's written assessments of the year
    QList<GroupEvaluation> groupEvaluations;     // the scope's groups' evaluations of evaluationYear
    EditionStats stats;                          // the headline counts (Annexe 1)
    Findings findings;                           // still open as of asOf, in the scope
    // Why "new partners since the previous pact" cannot be counted: the previous pact declares more
    // signatories than are recorded ("6 recorded out of 31 declared"); empty when it can be.
    QString previousSignatoriesGap;
    std::optional<Renewal> renewal;       // what the renewal that made the edition carried over
    QHash<Id, ContinuedAction> continued; // the earlier life of carried actions, by action id
    IllustrativeRecords illustrative;
    QHash<QUuid, Provenance> provenance; // of the records not simply entered, by uuid

    // Who does what where in the scope (its territory and axis), computed when first asked for and
    // kept: the coverage section and the governance evaluation show the same one.
    const Coverage& coverage() const;

    // Territories of the scope (one, or all).
    QList<const Territory*> territories() const;
    // Partners concerned by the scope: those covering the territory or the whole département.
    QList<const Partner*> partners() const;

private:
    mutable std::shared_ptr<const Coverage> m_coverage;
};

// Reads the scope's data. The scope must name an existing edition, territory and axis (callers
// resolve names first); the year, when set, must belong to the edition.
ReportData loadReportData(Database& db, const ReportScope& scope, const QDate& today = Clock::currentDate());

// The data restricted to one territory and/or axis (NoId: no restriction). Exposed for tests.
EditionData restrictEditionData(const EditionData& data, Id territoryId, Id axisId);
// Counts the records of `data` that `provenance` marks illustrative (by uuid).
IllustrativeRecords countIllustrative(const EditionData& data, const QHash<QUuid, Provenance>& provenance);
EvaluationSnapshot restrictSnapshot(const EvaluationSnapshot& snapshot, const QString& territory, const QString& axis);

} // namespace pacte
