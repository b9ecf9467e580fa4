#include "evaluationstore.h"

#include "changelog.h"
#include "database.h"
#include "domain/clock.h"
#include "editionloader.h"
#include "recordquery.h"
#include "repository.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

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

// Records created in the editor (or through a sheet) after the cutoff did not exist then. Imported
// records (the demo, a restored dump) stand for history and are kept. A record inserted again after
// the cutoff (the undo of a delete writes an insert) existed then if its last insert or delete up to
// the cutoff was an insert.
QSet<QUuid> createdAfter(Database& db, const QString& entity, const QString& after)
{
    SqlQuery query(db, QStringLiteral("SELECT DISTINCT c.entity_uuid FROM change_log c WHERE c.entity = ? AND "
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

EditionData loadEditionDataAsOf(Database& db, Id editionId, const QDate& asOf)
{
    return restrictToDay(db, loadEditionData(db, editionId), asOf);
}

EditionData restrictToDay(Database& db, EditionData data, const QDate& asOf)
{
    const Id editionId = data.edition.id;
    const QString after = cutoff(asOf);

    const QSet<QUuid> newGroups = createdAfter(db, QStringLiteral("working_group"), after);
    const auto groupStatus = valuesAtCutoff(db, QStringLiteral("working_group"), QStringLiteral("status"), after);
    QSet<Id> droppedGroups;
    data.groups.removeIf([&](const WorkingGroup& g) {
        if (newGroups.contains(g.uuid))
            droppedGroups.insert(g.id);
        return newGroups.contains(g.uuid);
    });
    for (auto& group : data.groups) {
        if (const auto it = groupStatus.constFind(group.uuid); it != groupStatus.cend())
            group.status = enumFromCode<GroupStatus>(it.value()).value_or(group.status);
    }

    const QSet<QUuid> newActions = createdAfter(db, QStringLiteral("action"), after);
    const auto actionStatus = valuesAtCutoff(db, QStringLiteral("action"), QStringLiteral("status"), after);
    // An action that starts after the day existed then all the same, as a project: only its creation
    // (in the change log) says whether it did.
    data.actions.removeIf(
        [&](const Action& a) { return newActions.contains(a.uuid) || droppedGroups.contains(a.groupId); });
    for (auto& action : data.actions) {
        if (const auto it = actionStatus.constFind(action.uuid); it != actionStatus.cend())
            action.status = enumFromCode<ActionStatus>(it.value()).value_or(action.status);
        for (auto& indicator : action.indicators)
            indicator.measurements.removeIf([&](const Measurement& m) { return m.date > asOf; });
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
    const QDate asOf = evaluationDay(year);
    const EditionData data = loadEditionDataAsOf(db, editionId, asOf);
    return takeSnapshot(data, year, asOf, previousSignatories(db, data.edition));
}

EvaluationSnapshot liveSnapshot(Database& db, const EditionData& loaded, int year)
{
    const QDate asOf = evaluationDay(year);
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

std::optional<Evaluation> findEvaluation(Database& db, Id editionId, int year, EvaluationKind kind)
{
    const auto found = recordsWhere<Evaluation>(db, QStringLiteral("edition_id = ? AND year = ? AND kind = ?"),
                                                {editionId, year, enumCode(kind)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

Evaluation freezeYear(Database& db, Id editionId, int year, EvaluationKind kind)
{
    db.ensureWritable();
    const auto edition = EditionRepository(db).find(editionId);
    if (!edition)
        throw StorageError(Tr::tr("This edition no longer exists."));
    if (year < edition->firstYear() || year > edition->lastYear())
        throw StorageError(Tr::tr("%1 is not a year of %2 (%3-%4).")
                               .arg(year)
                               .arg(edition->title)
                               .arg(edition->firstYear())
                               .arg(edition->lastYear()));
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
    EvaluationSnapshot snapshot = liveSnapshot(db, editionId, year);
    snapshot.frozenAt = Clock::currentDateTimeUtc();
    snapshot.frozenBy = db.userName();
    storeFrozenSnapshot(db, evaluation.id, snapshot);
    ChangeLog(db).recordUpdate(
        Entity::Evaluation, evaluation.uuid, QStringLiteral("%1 %2").arg(enumLabel(kind)).arg(year),
        {{QStringLiteral("frozen"), QString()}}, {{QStringLiteral("frozen"), snapshot.asOf.toString(Qt::ISODate)}});
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
