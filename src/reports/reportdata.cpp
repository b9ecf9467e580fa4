#include "reportdata.h"

#include "domain/partnernames.h"
#include "domain/rules.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/groupevaluationstore.h"
#include "storage/provenancestore.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <future>

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

Id effectiveAxis(const Action& action, const EditionData& data)
{
    if (action.axisId != NoId)
        return action.axisId;
    const auto* group = data.group(action.groupId);
    return group ? group->axisId : NoId;
}

// Findings about what the scope shows: its groups, actions, territories and partners, and the
// edition itself (COPIL cadence, evaluations).
Findings restrictFindings(const Findings& findings, const ReportData& report)
{
    if (report.scope.territoryId == NoId && report.scope.axisId == NoId)
        return findings;
    QSet<QUuid> inScope{report.data.edition.uuid};
    for (const auto& group : report.data.groups)
        inScope.insert(group.uuid);
    for (const auto& action : report.data.actions)
        inScope.insert(action.uuid);
    for (const auto* territory : report.territories())
        inScope.insert(territory->uuid);
    if (report.scope.axisId == NoId) {
        for (const auto* partner : report.partners())
            inScope.insert(partner->uuid);
    }
    Findings result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [&](const Finding& f) { return inScope.contains(f.uuid); });
    return result;
}

// A frozen year's statuses replace the live ones: the report then reads as the evaluation does.
void applyFrozenStatuses(EditionData& data, const EvaluationSnapshot& snapshot)
{
    QHash<QUuid, ActionStatus> statuses;
    for (const auto& action : snapshot.actions)
        statuses.insert(action.uuid, action.status);
    for (auto& action : data.actions) {
        const auto it = statuses.constFind(action.uuid);
        if (it != statuses.cend())
            action.status = *it;
    }
}

} // namespace

const Coverage& ReportData::coverage() const
{
    if (!m_coverage) {
        CoverageOptions options;
        options.territoryId = scope.territoryId;
        options.axisId = scope.axisId;
        m_coverage = std::make_shared<const Coverage>(computeCoverage(data, options));
    }
    return *m_coverage;
}

QList<const Territory*> ReportData::territories() const
{
    QList<const Territory*> result;
    for (const auto& territory : data.territories) {
        if (scope.territoryId == NoId || territory.id == scope.territoryId)
            result.append(&territory);
    }
    return result;
}

QList<const Partner*> ReportData::partners() const
{
    QList<const Partner*> result;
    for (const auto& partner : data.partners) {
        if (!partner.signatureFor(data.edition.id))
            continue;
        if (scope.territoryId == NoId || partner.territoryIds.isEmpty() ||
            partner.territoryIds.contains(scope.territoryId))
            result.append(&partner);
    }
    return result;
}

EditionData restrictEditionData(const EditionData& data, Id territoryId, Id axisId)
{
    if (territoryId == NoId && axisId == NoId)
        return data;
    EditionData result = data;
    result.actions.clear();
    result.actionSheets.clear();
    result.groups.clear();
    result.meetings.clear();
    QSet<Id> groupIds;
    for (const auto& group : data.groups) {
        if (territoryId != NoId && !group.territoryIds.contains(territoryId))
            continue;
        const bool axisMatches = axisId == NoId || group.axisId == axisId ||
                                 std::any_of(data.actions.cbegin(), data.actions.cend(), [&](const Action& a) {
                                     return a.groupId == group.id && effectiveAxis(a, data) == axisId;
                                 });
        if (!axisMatches)
            continue;
        result.groups.append(group);
        groupIds.insert(group.id);
    }
    for (const auto& action : data.actions) {
        if (groupIds.contains(action.groupId) && (axisId == NoId || effectiveAxis(action, data) == axisId))
            result.actions.append(action);
    }
    for (const auto& meeting : data.meetings) {
        const bool departmental =
            meeting.territoryId == NoId && meeting.groupId == NoId && meeting.coveredTerritoryIds.isEmpty();
        if (departmental || groupIds.contains(meeting.groupId) ||
            (territoryId != NoId && meeting.coveredTerritoryIds.contains(territoryId)) ||
            (meeting.groupId == NoId && territoryId != NoId && meeting.territoryId == territoryId) ||
            (meeting.groupId == NoId && territoryId == NoId))
            result.meetings.append(meeting);
    }
    if (territoryId != NoId)
        result.localPacts.removeIf([territoryId](const LocalPact& pact) { return pact.territoryId != territoryId; });
    return result;
}

EvaluationSnapshot restrictSnapshot(const EvaluationSnapshot& snapshot, const QString& territory, const QString& axis)
{
    if (territory.isEmpty() && axis.isEmpty())
        return snapshot;
    EvaluationSnapshot result = snapshot;
    result.actions.clear();
    result.groups.clear();
    result.indicators.clear();
    result.meetings.clear();
    if (!territory.isEmpty())
        result.localPacts.removeIf([&](const auto& pact) { return pact.territory != territory; });
    QSet<QUuid> actionUuids;
    QSet<QUuid> groupUuids;
    for (const auto& action : snapshot.actions) {
        if ((!territory.isEmpty() && !action.territories.contains(territory)) ||
            (!axis.isEmpty() && action.axisTitle != axis))
            continue;
        result.actions.append(action);
        actionUuids.insert(action.uuid);
        groupUuids.insert(action.groupUuid);
    }
    QSet<QString> groupNames;
    for (const auto& group : snapshot.groups) {
        const bool inTerritory = territory.isEmpty() || group.territories.contains(territory);
        if (inTerritory && (axis.isEmpty() || groupUuids.contains(group.uuid))) {
            result.groups.append(group);
            groupNames.insert(group.name);
        }
    }
    for (const auto& indicator : snapshot.indicators) {
        if (actionUuids.contains(indicator.actionUuid))
            result.indicators.append(indicator);
    }
    for (const auto& meeting : snapshot.meetings) {
        const bool departmental = meeting.territory.isEmpty() && meeting.group.isEmpty();
        if (departmental || groupNames.contains(meeting.group) ||
            (meeting.group.isEmpty() && (territory.isEmpty() || meeting.territory == territory)))
            result.meetings.append(meeting);
    }
    if (!territory.isEmpty())
        result.territories = QStringList{territory};
    if (!axis.isEmpty())
        result.axes = QStringList{axis};
    return result;
}

namespace {

// The evaluation of `year`, taken from `live` on another thread, through a read-only connection of its
// own (the change log it reads).
std::future<EvaluationSnapshot> previousYearInParallel(const Database& db, const EditionData& live, int year)
{
    return std::async(std::launch::async, [path = db.path(), user = db.userName(), live, year] {
        const auto reader = Database::openReader(path, user);
        return snapshotForYear(*reader, live, year);
    });
}

} // namespace

ReportData loadReportData(Database& db, const ReportScope& scope, const QDate& today)
{
    ReportData report;
    report.scope = scope;
    report.generatedOn = today;

    // A file's actions in two halves at once, on a second connection (most of the reading). On a server,
    // on this connection alone, as the window's other reads (docs/architecture.md, "What the window
    // waits for").
    EditionData full =
        db.isServer() ? loadEditionData(db, scope.editionId) : loadEditionDataInParallel(db, scope.editionId);
    const Edition& edition = full.edition;
    if (const auto* territory = full.territory(scope.territoryId))
        report.territoryName = territory->name;
    if (const auto* axis = full.axis(scope.axisId))
        report.axisTitle = axis->title;

    // The edition as it is now: both years' figures are taken from it, the records not read again
    // (at 50,000 actions, each reading held 150 MB more while the report was read).
    const EditionData live = full;
    if (scope.year != 0) {
        report.asOf = evaluationDay(db, scope.editionId, scope.year);
        report.evaluationYear = scope.year;
        full = restrictToDay(db, live, report.asOf);
    } else {
        report.asOf = today;
        report.evaluationYear = std::clamp(today.year(), edition.firstYear(), edition.lastYear());
    }
    const bool yearBegun = report.evaluationYear <= today.year();
    if (yearBegun) {
        // The year before is taken at the same time, on a second connection (each year reads the change
        // log).
        std::future<EvaluationSnapshot> before;
        if (report.evaluationYear > edition.firstYear() && !db.isServer())
            before = previousYearInParallel(db, live, report.evaluationYear - 1);
        const EvaluationSnapshot snapshot = snapshotForYear(db, live, report.evaluationYear, &report.frozen);
        report.snapshot = restrictSnapshot(snapshot, report.territoryName, report.axisTitle);
        if (report.evaluationYear > edition.firstYear()) {
            EvaluationSnapshot previous;
            try {
                previous = before.valid() ? before.get() : snapshotForYear(db, live, report.evaluationYear - 1);
            } catch (const StorageError&) {
                // The file could not be opened a second time: read here.
                previous = snapshotForYear(db, live, report.evaluationYear - 1);
            }
            report.changes =
                compareSnapshots(restrictSnapshot(previous, report.territoryName, report.axisTitle), report.snapshot);
        }
    }
    if (scope.year != 0 && report.frozen)
        applyFrozenStatuses(full, report.snapshot);
    // A past pact's report names its partners as they were then (Pôle emploi), the current one as now.
    usePartnerNamesOn(full.partners, partnerNamesDay(edition, report.asOf));
    for (const auto& evaluation : full.evaluations) {
        if (evaluation.year != report.evaluationYear)
            continue;
        if (!report.evaluation || evaluation.kind == EvaluationKind::Final)
            report.evaluation = evaluation;
    }

    const Findings findings = rules::checkAll(full, report.asOf);
    report.data = restrictEditionData(full, scope.territoryId, scope.axisId);
    // One group's sheets, or one sheet, printed from its editor.
    if (scope.groupId != NoId || scope.actionId != NoId) {
        report.data.actions.removeIf([&](const Action& a) {
            return (scope.groupId != NoId && a.groupId != scope.groupId) ||
                   (scope.actionId != NoId && a.id != scope.actionId);
        });
        report.data.groups.removeIf([&](const WorkingGroup& g) {
            return std::none_of(report.data.actions.cbegin(), report.data.actions.cend(),
                                [&](const Action& a) { return a.groupId == g.id; }) &&
                   g.id != scope.groupId;
        });
    }
    for (const auto& evaluation : groupEvaluationsOfEdition(db, scope.editionId)) {
        if (evaluation.year == report.evaluationYear && report.data.group(evaluation.groupId))
            report.groupEvaluations.append(evaluation);
    }
    report.stats = scope.year != 0 ? computeStats(report.snapshot) : computeStats(report.data);
    report.findings = restrictFindings(findings, report);
    // New partners are counted against the previous pact's signatories only when they are all known.
    if (edition.predecessorId != NoId) {
        if (const auto previous = EditionRepository(db).find(edition.predecessorId);
            previous && previous->declaredSignatories) {
            int recorded = 0;
            for (const auto& partner : full.partners) {
                const auto* signature = partner.signatureFor(previous->id);
                recorded += signature && signature->status != SignatureStatus::Declined ? 1 : 0;
            }
            if (recorded < previous->declaredSignatories->value)
                report.previousSignatoriesGap =
                    QCoreApplication::translate("pacte::reports::Evaluation",
                                                "not computed: the signatories of %1 are not all known (%2 "
                                                "recorded out of %3 declared)")
                        .arg(previous->title)
                        .arg(recorded)
                        .arg(previous->declaredSignatories->value);
        }
    }
    report.renewal = findRenewal(db, scope.editionId);
    report.continued = continuedActionsOf(db, scope.editionId);
    for (const auto& record : ProvenanceStore(db).all())
        report.provenance.insert(record.uuid, record.provenance);
    report.illustrative = countIllustrative(report.data, report.provenance);
    return report;
}

IllustrativeRecords countIllustrative(const EditionData& data, const QHash<QUuid, Provenance>& provenance)
{
    IllustrativeRecords counts;
    counts.totalActions = int(data.actions.size());
    if (provenance.isEmpty())
        return counts;
    const auto illustrative = [&](const QUuid& uuid) {
        const auto it = provenance.constFind(uuid);
        return it != provenance.constEnd() && it->kind == ProvenanceKind::Illustrative;
    };
    for (const auto& action : data.actions)
        counts.actions += illustrative(action.uuid) ? 1 : 0;
    for (const auto& group : data.groups)
        counts.groups += illustrative(group.uuid) ? 1 : 0;
    for (const auto& axis : data.axes) {
        counts.axes += illustrative(axis.uuid) ? 1 : 0;
        for (const auto& theme : axis.themes)
            counts.others += illustrative(theme.uuid) ? 1 : 0;
    }
    for (const auto& meeting : data.meetings)
        counts.others += illustrative(meeting.uuid) ? 1 : 0;
    for (const auto& partner : data.partners) {
        if (const auto* signature = partner.signatureFor(data.edition.id))
            counts.others += illustrative(signature->uuid) ? 1 : 0;
    }
    return counts;
}

} // namespace pacte
