#include "evaluationstore.h"

#include "changelog.h"
#include "database.h"
#include "domain/asof.h"
#include "domain/clock.h"
#include "editionloader.h"
#include "recordquery.h"
#include "repository.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <algorithm>
#include <stdexcept>

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::EvaluationStore)
};

// The change log's timestamps (UTC, ISO with milliseconds) of the end of `asOf`, local time.
QString cutoff(const QDate& asOf)
{
    return QDateTime(asOf.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

// entity uuid -> the value its field had at the cutoff (the old value of its first later change).
QHash<QUuid, QString> valuesAtCutoff(Database& db, const QString& entity, const QString& field, const QString& after)
{
    SqlQuery query(db, QStringLiteral("SELECT entity_uuid, old_value FROM change_log WHERE entity = ? AND field = ? "
                                      "AND operation = 'update' AND changed_at > ? ORDER BY id"));
    query.bind(entity).bind(field).bind(after).exec();
    QHash<QUuid, QString> values;
    while (query.next()) {
        const QUuid uuid = query.uuid(0);
        if (!values.contains(uuid))
            values.insert(uuid, query.text(1));
    }
    return values;
}

// Records entered in the editor (or through a sheet) after the cutoff: late entries, which only their
// own dates can place before it. Imported records (the demo, a restored dump) stand for history. A record inserted
// again after the cutoff (the undo of a delete writes an insert) existed then if its last insert or delete up to the
// cutoff was an insert.
QSet<QUuid> createdAfter(Database& db, const QString& entity, const QString& after)
{
    // Not DISTINCT (the set below drops the repeats): SQLite would then walk the change log through its
    // index on entity_uuid, seven times slower on a large log than reading it in order.
    SqlQuery query(db, QStringLiteral("SELECT c.entity_uuid FROM change_log c WHERE c.entity = ? AND "
                                      "c.operation = 'insert' AND c.source IN ('editor', 'sheet') AND c.changed_at > ? "
                                      "AND NOT EXISTS (SELECT 1 FROM change_log i WHERE i.entity_uuid = c.entity_uuid "
                                      "AND i.entity = c.entity AND i.operation = 'insert' AND i.source NOT IN "
                                      "('editor', 'sheet')) AND COALESCE((SELECT l.operation FROM change_log l WHERE "
                                      "l.entity_uuid = c.entity_uuid AND l.entity = c.entity AND l.operation IN "
                                      "('insert', 'delete') AND l.changed_at <= ? ORDER BY l.changed_at DESC, l.id "
                                      "DESC LIMIT 1), 'delete') = 'delete'"));
    query.bind(entity).bind(after).bind(after).exec();
    QSet<QUuid> uuids;
    while (query.next())
        uuids.insert(query.uuid(0));
    return uuids;
}

QList<QUuid> previousSignatories(Database& db, const Edition& edition)
{
    QList<QUuid> uuids;
    if (edition.predecessorId == NoId)
        return uuids;
    for (const auto& partner : PartnerRepository(db).all()) {
        const auto* signature = partner.signatureFor(edition.predecessorId);
        if (signature && signature->status != SignatureStatus::Declined)
            uuids.append(partner.uuid);
    }
    return uuids;
}

Id frozenEvaluationId(Database& db, Id editionId, int year)
{
    SqlQuery query(db, QStringLiteral("SELECT e.id FROM evaluation e JOIN evaluation_snapshot s ON s.evaluation_id = "
                                      "e.id WHERE e.edition_id = ? AND e.year = ? ORDER BY CASE e.kind WHEN "
                                      "'finale' THEN 0 ELSE 1 END"));
    query.bind(editionId).bind(year).exec();
    return query.next() ? query.id(0) : NoId;
}

} // namespace

QDate evaluationDay(int year)
{
    return std::min(QDate(year, 12, 31), Clock::currentDate());
}

QDate evaluationDay(const Evaluation& evaluation)
{
    if (evaluation.asOf.isValid() && evaluation.asOf.year() == evaluation.year)
        return std::min(evaluation.asOf, Clock::currentDate());
    return evaluationDay(evaluation.year);
}

QDate evaluationDay(const QList<Evaluation>& evaluations, int year)
{
    for (const EvaluationKind kind : {EvaluationKind::Final, EvaluationKind::Intermediate}) {
        for (const auto& evaluation : evaluations) {
            if (evaluation.year == year && evaluation.kind == kind && evaluation.asOf.isValid())
                return evaluationDay(evaluation);
        }
    }
    return evaluationDay(year);
}

QDate evaluationDay(Database& db, Id editionId, int year)
{
    return evaluationDay(recordsWhere<Evaluation>(db, QStringLiteral("edition_id = ? AND year = ?"), {editionId, year}),
                         year);
}

EditionData loadEditionDataAsOf(Database& db, Id editionId, const QDate& asOf)
{
    return restrictToDay(db, loadEditionData(db, editionId), asOf);
}

EditionData restrictToDay(Database& db, EditionData data, const QDate& asOf)
{
    const Id editionId = data.edition.id;
    const QString after = cutoff(asOf);

    // Actions by their own dates: one entered late (after the day) counts from its start; the status
    // the change log recorded then applies only to what had been entered by then.
    const QSet<QUuid> lateActions = createdAfter(db, QStringLiteral("action"), after);
    const auto actionStatus = valuesAtCutoff(db, QStringLiteral("action"), QStringLiteral("status"), after);
    const auto actionEnd = valuesAtCutoff(db, QStringLiteral("action"), QStringLiteral("endDate"), after);
    data.actions.removeIf([&](const Action& a) { return !actionExistedOn(a, asOf, lateActions.contains(a.uuid)); });
    QSet<Id> groupsUnderway; // groups with an action started and not finished at the day
    QSet<Id> groupsWithActions;
    for (auto& action : data.actions) {
        RecordedAtDay recorded;
        if (!lateActions.contains(action.uuid)) {
            if (const auto it = actionStatus.constFind(action.uuid); it != actionStatus.cend())
                recorded.status = enumFromCode<ActionStatus>(it.value());
            if (const auto it = actionEnd.constFind(action.uuid); it != actionEnd.cend())
                recorded.endDate = QDate::fromString(it.value(), Qt::ISODate);
        }
        action.status = actionStatusOn(action, asOf, recorded);
        // Measurements taken after the day go; the lists are copied only when one does.
        const auto later = [&](const Measurement& m) { return m.date > asOf; };
        const bool anyLater =
            std::any_of(action.indicators.cbegin(), action.indicators.cend(), [&](const Indicator& i) {
                return std::any_of(i.measurements.cbegin(), i.measurements.cend(), later);
            });
        if (anyLater) {
            for (auto& indicator : action.indicators)
                indicator.measurements.removeIf(later);
        }
        groupsWithActions.insert(action.groupId);
        if (action.status != ActionStatus::Project && !isFinished(action.status))
            groupsUnderway.insert(action.groupId);
    }

    // A group entered late existed if one of its actions did, or it met by the day; it was active then
    // if one of those actions was underway.
    const QSet<QUuid> lateGroups = createdAfter(db, QStringLiteral("working_group"), after);
    const auto groupStatus = valuesAtCutoff(db, QStringLiteral("working_group"), QStringLiteral("status"), after);
    QSet<Id> groupsMet;
    for (const auto& meeting : std::as_const(data.meetings)) {
        if (meeting.groupId != NoId && meeting.date.isValid() && meeting.date <= asOf && meeting.isHeld())
            groupsMet.insert(meeting.groupId);
    }
    data.groups.removeIf([&](const WorkingGroup& g) {
        return lateGroups.contains(g.uuid) && !groupsWithActions.contains(g.id) && !groupsMet.contains(g.id);
    });
    for (auto& group : data.groups) {
        if (lateGroups.contains(group.uuid)) {
            if (groupsUnderway.contains(group.id))
                group.status = GroupStatus::Active;
        } else if (const auto it = groupStatus.constFind(group.uuid); it != groupStatus.cend()) {
            group.status = enumFromCode<GroupStatus>(it.value()).value_or(group.status);
        }
    }
    data.meetings.removeIf([&](const Meeting& m) { return m.date > asOf; });
    data.evaluations.removeIf([&](const Evaluation& e) { return e.year > asOf.year(); });
    for (auto& partner : data.partners) {
        partner.signatures.removeIf(
            [&](const Signature& s) { return s.editionId == editionId && s.date.isValid() && s.date > asOf; });
    }
    return data;
}

EvaluationSnapshot liveSnapshot(Database& db, Id editionId, int year)
{
    const QDate asOf = evaluationDay(db, editionId, year);
    const EditionData data = loadEditionDataAsOf(db, editionId, asOf);
    return takeSnapshot(data, year, asOf, previousSignatories(db, data.edition));
}

EvaluationSnapshot liveSnapshot(Database& db, const EditionData& loaded, int year)
{
    const QDate asOf = evaluationDay(loaded.evaluations, year);
    const EditionData data = restrictToDay(db, loaded, asOf);
    return takeSnapshot(data, year, asOf, previousSignatories(db, data.edition));
}

std::optional<EvaluationSnapshot> frozenSnapshotOf(Database& db, Id evaluationId)
{
    SqlQuery query(db, QStringLiteral("SELECT content FROM evaluation_snapshot WHERE evaluation_id = ?"));
    query.bind(evaluationId).exec();
    if (!query.next())
        return std::nullopt;
    try {
        return EvaluationSnapshot::fromJson(query.text(0).toUtf8());
    } catch (const std::runtime_error&) {
        throw StorageError(Tr::tr("The frozen figures of this evaluation are damaged."));
    }
}

std::optional<EvaluationSnapshot> frozenSnapshot(Database& db, Id editionId, int year)
{
    const Id id = frozenEvaluationId(db, editionId, year);
    return id == NoId ? std::nullopt : frozenSnapshotOf(db, id);
}

EvaluationSnapshot snapshotForYear(Database& db, Id editionId, int year, bool* frozen)
{
    if (auto snapshot = frozenSnapshot(db, editionId, year)) {
        if (frozen)
            *frozen = true;
        return *snapshot;
    }
    if (frozen)
        *frozen = false;
    return liveSnapshot(db, editionId, year);
}

EvaluationSnapshot snapshotForYear(Database& db, const EditionData& loaded, int year, bool* frozen)
{
    if (auto snapshot = frozenSnapshot(db, loaded.edition.id, year)) {
        if (frozen)
            *frozen = true;
        return *snapshot;
    }
    if (frozen)
        *frozen = false;
    return liveSnapshot(db, loaded, year);
}

std::optional<Evaluation> findEvaluation(Database& db, Id editionId, int year, EvaluationKind kind)
{
    const auto found = recordsWhere<Evaluation>(db, QStringLiteral("edition_id = ? AND year = ? AND kind = ?"),
                                                {editionId, year, enumCode(kind)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

// The edition `year` belongs to; throws StorageError when the edition is gone or the year not its.
static Edition editionOfYear(Database& db, Id editionId, int year)
{
    const auto edition = EditionRepository(db).find(editionId);
    if (!edition)
        throw StorageError(Tr::tr("This edition no longer exists."));
    if (year < edition->firstYear() || year > edition->lastYear())
        throw StorageError(Tr::tr("%1 is not a year of %2 (%3-%4).")
                               .arg(year)
                               .arg(edition->title)
                               .arg(edition->firstYear())
                               .arg(edition->lastYear()));
    return *edition;
}

Evaluation freezeYear(Database& db, Id editionId, int year, EvaluationKind kind)
{
    db.ensureWritable();
    const Edition edition = editionOfYear(db, editionId, year);
    if (year > Clock::currentDate().year())
        throw StorageError(Tr::tr("The year %1 has not begun: there is nothing to freeze yet.").arg(year));
    Transaction transaction(db);
    Evaluation evaluation;
    if (const auto existing = findEvaluation(db, editionId, year, kind)) {
        evaluation = *existing;
    } else {
        evaluation.editionId = editionId;
        evaluation.year = year;
        evaluation.kind = kind;
        evaluation.date = Clock::currentDate();
        EvaluationRepository(db).insert(evaluation);
    }
    if (frozenSnapshotOf(db, evaluation.id))
        throw StorageError(Tr::tr("The %1 evaluation of %2 is already frozen.").arg(enumLabel(kind)).arg(year));
    // As of the evaluation's own day: a yearly and a final evaluation of one year may differ.
    const QDate asOf = evaluationDay(evaluation);
    const EditionData data = loadEditionDataAsOf(db, editionId, asOf);
    EvaluationSnapshot snapshot = takeSnapshot(data, year, asOf, previousSignatories(db, data.edition));
    snapshot.frozenAt = Clock::currentDateTimeUtc();
    snapshot.frozenBy = db.userName();
    storeFrozenSnapshot(db, evaluation.id, snapshot);
    ChangeLog(db).recordUpdate(
        Entity::Evaluation, evaluation.uuid, QStringLiteral("%1 %2").arg(enumLabel(kind)).arg(year),
        {{QStringLiteral("frozen"), QString()}}, {{QStringLiteral("frozen"), snapshot.asOf.toString(Qt::ISODate)}});
    transaction.commit();
    return evaluation;
}

Evaluation setEvaluationDay(Database& db, Id editionId, int year, EvaluationKind kind, const QDate& asOf)
{
    db.ensureWritable();
    const Edition edition = editionOfYear(db, editionId, year);
    Transaction transaction(db);
    Evaluation evaluation;
    const auto existing = findEvaluation(db, editionId, year, kind);
    if (existing) {
        evaluation = *existing;
        if (frozenSnapshotOf(db, evaluation.id) && evaluation.asOf != asOf)
            throw StorageError(Tr::tr("The %1 evaluation of %2 is frozen: the day its figures describe can no "
                                      "longer change.")
                                   .arg(enumLabel(kind))
                                   .arg(year));
    } else {
        evaluation.editionId = editionId;
        evaluation.year = year;
        evaluation.kind = kind;
        evaluation.date = Clock::currentDate();
    }
    evaluation.asOf = asOf;
    if (existing)
        EvaluationRepository(db).update(evaluation);
    else
        EvaluationRepository(db).insert(evaluation);
    transaction.commit();
    return evaluation;
}

void storeFrozenSnapshot(Database& db, Id evaluationId, const EvaluationSnapshot& snapshot)
{
    db.ensureWritable();
    SqlQuery(db, QStringLiteral("INSERT INTO evaluation_snapshot (evaluation_id, frozen_at, frozen_by, content) "
                                "VALUES (?, ?, ?, ?)"))
        .bind(evaluationId)
        .bind(snapshot.frozenAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(snapshot.frozenBy)
        .bind(QString::fromUtf8(snapshot.toJson()))
        .exec();
}

} // namespace pacte
