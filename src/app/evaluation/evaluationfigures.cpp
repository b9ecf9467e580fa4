#include "evaluationfigures.h"

#include "domain/clock.h"
#include "domain/textsearch.h"
#include "storage/evaluationstore.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::EvaluationSection)
};

// The years that have begun, each with its yearly evaluation, and the final one for the last year;
// plus any other evaluation already recorded (a final one frozen from the command line, say).
QList<QPair<int, EvaluationKind>> rowKeys(const Edition& edition, const QList<Evaluation>& records)
{
    QList<QPair<int, EvaluationKind>> keys;
    if (!edition.startDate.isValid() || !edition.endDate.isValid())
        return keys;
    const int lastBegun = std::min(edition.lastYear(), Clock::currentDate().year());
    for (int year = edition.firstYear(); year <= lastBegun; ++year)
        keys.append({year, EvaluationKind::Intermediate});
    if (edition.lastYear() <= lastBegun)
        keys.append({edition.lastYear(), EvaluationKind::Final});
    for (const auto& record : records) {
        if (!keys.contains(qMakePair(record.year, record.kind)))
            keys.append({record.year, record.kind});
    }
    return keys;
}

const Evaluation* findRecord(const QList<Evaluation>& records, int year, EvaluationKind kind)
{
    const auto it = std::find_if(records.cbegin(), records.cend(),
                                 [&](const Evaluation& e) { return e.year == year && e.kind == kind; });
    return it == records.cend() ? nullptr : &*it;
}

// The frozen figures of `evaluationId`, if any; a damaged snapshot leaves its message in `damage`.
std::optional<EvaluationSnapshot> readFrozen(Database& db, Id evaluationId, QString& damage)
{
    try {
        return frozenSnapshotOf(db, evaluationId);
    } catch (const StorageError& error) {
        damage = error.message();
        return std::nullopt;
    }
}

} // namespace

QUuid evaluationRowUuid(const Edition& edition, int year, EvaluationKind kind)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("6b0f3c9e-52a4-4f55-9d53-4a1c2e7d0e11"));
    const QUuid base = edition.uuid.isNull() ? space : edition.uuid;
    return QUuid::createUuidV5(base, QStringLiteral("evaluation/%1/%2").arg(year).arg(enumCode(kind)));
}

QString frozenStateText(bool frozen, const QDateTime& frozenAt, const QString& frozenBy)
{
    if (!frozen)
        return Tr::tr("not frozen");
    const QString day = QLocale().toString(frozenAt.toLocalTime().date(), QLocale::ShortFormat);
    return frozenBy.isEmpty() ? Tr::tr("frozen on %1").arg(day) : Tr::tr("frozen on %1 by %2").arg(day, frozenBy);
}

const EvaluationSnapshot& EvaluationFigures::live(Database& db, Id editionId, int year)
{
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(editionId)
                            .arg(year)
                            .arg(evaluationDay(db, editionId, year).toString(Qt::ISODate));
    auto it = m_live.find(key);
    if (it == m_live.end())
        it = m_live.insert(key, liveSnapshot(db, editionId, year));
    return it.value();
}

QList<EvaluationRow> EvaluationFigures::rows(Database& db, const Edition& edition, bool liveFigures)
{
    const QList<Evaluation> records = EvaluationRepository(db).ofEdition(edition.id);
    QList<EvaluationRow> rows;
    for (const auto& [year, kind] : rowKeys(edition, records)) {
        EvaluationRow row;
        row.uuid = evaluationRowUuid(edition, year, kind);
        row.year = year;
        row.kind = kind;
        std::optional<EvaluationSnapshot> frozen;
        if (const Evaluation* record = findRecord(records, year, kind)) {
            row.id = record->id;
            row.recordUuid = record->uuid;
            QString damage;
            frozen = readFrozen(db, record->id, damage);
            row.damaged = !damage.isEmpty();
        }
        const EvaluationSnapshot none;
        const EvaluationSnapshot& snapshot = frozen ? *frozen : liveFigures ? live(db, edition.id, year) : none;
        row.frozen = frozen.has_value();
        row.frozenAt = snapshot.frozenAt;
        row.frozenBy = snapshot.frozenBy;
        const EvaluationCounts counts = countEvaluation(snapshot);
        row.actions = counts.actions;
        row.carriedOut = counts.carriedOut;
        row.meetingsHeld = counts.meetingsHeld;
        row.searchText =
            foldForSearch(QStringLiteral("%1 %2 %3")
                              .arg(year)
                              .arg(enumLabel(kind), frozenStateText(row.frozen, row.frozenAt, row.frozenBy)));
        row.filters.kind = static_cast<int>(kind);
        rows.append(row);
    }
    return rows;
}

EvaluationYear EvaluationFigures::year(Database& db, const Edition& edition, int year, EvaluationKind kind)
{
    EvaluationYear result;
    result.edition = edition;
    result.axes = AxisRepository(db).ofEdition(edition.id);
    result.year = year;
    result.kind = kind;
    result.record = findEvaluation(db, edition.id, year, kind);
    std::optional<EvaluationSnapshot> frozen;
    if (result.record) {
        frozen = readFrozen(db, result.record->id, result.damage);
    }
    result.frozen = frozen.has_value();
    result.snapshot = frozen ? *frozen : live(db, edition.id, year);
    if (year > edition.firstYear() && year - 1 <= edition.lastYear()) {
        std::optional<EvaluationSnapshot> previous;
        try {
            previous = frozenSnapshot(db, edition.id, year - 1);
        } catch (const StorageError&) {
            // Compared with the live figures instead; the previous year's row says it is damaged.
        }
        if (previous) {
            result.previous = std::move(previous);
            result.previousFrozen = true;
        } else {
            result.previous = live(db, edition.id, year - 1);
        }
    }
    return result;
}

} // namespace pacte
