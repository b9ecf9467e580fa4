#include "cascade.h"

#include "enginesql.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QSet>
#include <QSqlRecord>

namespace pacte {

namespace {

enum class OnDelete { Cascade, SetNull };

struct ForeignKey
{
    const char* table;  // the referencing table
    const char* column; // its column
    const char* parent; // the referenced table (by id)
    OnDelete onDelete;
};

// The foreign keys of schema.cpp, kept here in portable form (no PRAGMA foreign_key_list).
constexpr ForeignKey foreignKeys[] = {
    {"edition", "predecessor_id", "edition", OnDelete::SetNull},
    {"axis", "edition_id", "edition", OnDelete::Cascade},
    {"edition_rule", "edition_id", "edition", OnDelete::Cascade},
    {"theme", "axis_id", "axis", OnDelete::Cascade},
    {"indicator_template", "theme_id", "theme", OnDelete::Cascade},
    {"partner_territory", "partner_id", "partner", OnDelete::Cascade},
    {"partner_territory", "territory_id", "territory", OnDelete::Cascade},
    {"signature", "partner_id", "partner", OnDelete::Cascade},
    {"signature", "edition_id", "edition", OnDelete::Cascade},
    {"deliberation", "signature_id", "signature", OnDelete::Cascade},
    {"partner_name", "partner_id", "partner", OnDelete::Cascade},
    {"commitment", "partner_id", "partner", OnDelete::Cascade},
    {"commitment", "edition_id", "edition", OnDelete::Cascade},
    {"commitment_axis", "commitment_id", "commitment", OnDelete::Cascade},
    {"commitment_axis", "axis_id", "axis", OnDelete::Cascade},
    {"commitment_theme", "commitment_id", "commitment", OnDelete::Cascade},
    {"commitment_theme", "theme_id", "theme", OnDelete::Cascade},
    {"commitment_action", "commitment_id", "commitment", OnDelete::Cascade},
    {"commitment_action", "action_id", "action", OnDelete::Cascade},
    {"person", "partner_id", "partner", OnDelete::SetNull},
    {"person_role", "person_id", "person", OnDelete::Cascade},
    {"person_role", "territory_id", "territory", OnDelete::Cascade},
    {"working_group", "edition_id", "edition", OnDelete::Cascade},
    {"working_group", "axis_id", "axis", OnDelete::SetNull},
    {"working_group", "theme_id", "theme", OnDelete::SetNull},
    {"working_group", "pilot_partner_id", "partner", OnDelete::SetNull},
    {"working_group", "co_pilot_partner_id", "partner", OnDelete::SetNull},
    {"working_group", "pilot_person_id", "person", OnDelete::SetNull},
    {"working_group", "co_pilot_person_id", "person", OnDelete::SetNull},
    {"group_territory", "group_id", "working_group", OnDelete::Cascade},
    {"group_territory", "territory_id", "territory", OnDelete::Cascade},
    {"group_partner", "group_id", "working_group", OnDelete::Cascade},
    {"group_partner", "partner_id", "partner", OnDelete::Cascade},
    {"group_person", "group_id", "working_group", OnDelete::Cascade},
    {"group_person", "person_id", "person", OnDelete::Cascade},
    {"action", "group_id", "working_group", OnDelete::Cascade},
    {"action", "axis_id", "axis", OnDelete::SetNull},
    {"action", "theme_id", "theme", OnDelete::SetNull},
    {"action", "continues_id", "action", OnDelete::SetNull},
    {"action_public", "action_id", "action", OnDelete::Cascade},
    {"action_public", "public_id", "target_public", OnDelete::Cascade},
    {"action_dispositif", "action_id", "action", OnDelete::Cascade},
    {"action_dispositif", "dispositif_id", "dispositif", OnDelete::Cascade},
    {"indicator", "action_id", "action", OnDelete::Cascade},
    {"indicator", "template_id", "indicator_template", OnDelete::SetNull},
    {"measurement", "indicator_id", "indicator", OnDelete::Cascade},
    {"action_funding", "action_id", "action", OnDelete::Cascade},
    {"action_funding", "partner_id", "partner", OnDelete::SetNull},
    {"action_funding_amount", "funding_id", "action_funding", OnDelete::Cascade},
    {"meeting", "edition_id", "edition", OnDelete::Cascade},
    {"meeting", "territory_id", "territory", OnDelete::SetNull},
    {"meeting", "group_id", "working_group", OnDelete::SetNull},
    {"meeting_partner", "meeting_id", "meeting", OnDelete::Cascade},
    {"meeting_partner", "partner_id", "partner", OnDelete::Cascade},
    {"meeting_person", "meeting_id", "meeting", OnDelete::Cascade},
    {"meeting_person", "person_id", "person", OnDelete::Cascade},
    {"meeting_territory", "meeting_id", "meeting", OnDelete::Cascade},
    {"meeting_territory", "territory_id", "territory", OnDelete::Cascade},
    {"renewal", "edition_id", "edition", OnDelete::Cascade},
    {"renewal", "source_edition_id", "edition", OnDelete::SetNull},
    {"evaluation", "edition_id", "edition", OnDelete::Cascade},
    {"evaluation_axis_assessment", "evaluation_id", "evaluation", OnDelete::Cascade},
    {"evaluation_axis_assessment", "axis_id", "axis", OnDelete::Cascade},
    {"evaluation_snapshot", "evaluation_id", "evaluation", OnDelete::Cascade},
    {"group_evaluation", "group_id", "working_group", OnDelete::Cascade},
    {"local_pact", "edition_id", "edition", OnDelete::Cascade},
    {"local_pact", "territory_id", "territory", OnDelete::Cascade},
    {"local_pact_partner", "local_pact_id", "local_pact", OnDelete::Cascade},
    {"local_pact_partner", "partner_id", "partner", OnDelete::Cascade},
    {"local_pact_person", "local_pact_id", "local_pact", OnDelete::Cascade},
    {"local_pact_person", "person_id", "person", OnDelete::Cascade},
    {"local_priority", "local_pact_id", "local_pact", OnDelete::Cascade},
    {"local_priority_axis", "priority_id", "local_priority", OnDelete::Cascade},
    {"local_priority_axis", "axis_id", "axis", OnDelete::Cascade},
    {"local_priority_theme", "priority_id", "local_priority", OnDelete::Cascade},
    {"local_priority_theme", "theme_id", "theme", OnDelete::Cascade},
    {"local_priority_group", "priority_id", "local_priority", OnDelete::Cascade},
    {"local_priority_group", "group_id", "working_group", OnDelete::Cascade},
    {"local_priority_action", "priority_id", "local_priority", OnDelete::Cascade},
    {"local_priority_action", "action_id", "action", OnDelete::Cascade},
    {"local_pact_review", "local_pact_id", "local_pact", OnDelete::Cascade},
};

// Tables whose rows have an `id` (the others are link tables keyed by their columns).
bool hasId(const QString& table)
{
    static const QSet<QString> linkTables{
        QStringLiteral("partner_territory"),     QStringLiteral("deliberation"),
        QStringLiteral("group_territory"),       QStringLiteral("group_partner"),
        QStringLiteral("group_person"),          QStringLiteral("action_public"),
        QStringLiteral("action_dispositif"),     QStringLiteral("commitment_axis"),
        QStringLiteral("commitment_theme"),      QStringLiteral("commitment_action"),
        QStringLiteral("meeting_partner"),       QStringLiteral("meeting_person"),
        QStringLiteral("meeting_territory"),     QStringLiteral("evaluation_axis_assessment"),
        QStringLiteral("evaluation_snapshot"),   QStringLiteral("renewal"),
        QStringLiteral("action_funding_amount"), QStringLiteral("edition_rule"),
        QStringLiteral("local_pact_partner"),    QStringLiteral("local_pact_person"),
        QStringLiteral("local_priority_axis"),   QStringLiteral("local_priority_theme"),
        QStringLiteral("local_priority_group"),  QStringLiteral("local_priority_action")};
    return !linkTables.contains(table);
}

QList<RowImage> readRows(Database& db, const QString& table, const QString& condition, const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition));
    query.bindAll(binds).exec();
    QList<RowImage> rows;
    while (query.next()) {
        RowImage row{table, {}, {}};
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            row.columns << record.fieldName(i);
            row.values << query.value(i);
        }
        rows.append(row);
    }
    return rows;
}

// The column that names a row of `table` when a reference in it is cleared and put back: `id`, or
// for the renewal (one per edition) its edition.
QString keyColumn(const QString& table)
{
    return table == QLatin1String("renewal") ? QStringLiteral("edition_id") : QStringLiteral("id");
}

Id idOf(const RowImage& row)
{
    const auto index = row.columns.indexOf(QStringLiteral("id"));
    return index < 0 ? NoId : row.values.at(index).toLongLong();
}

void collect(Database& db, const QString& table, Id id, DeletionImpact& impact, QSet<QString>& seen)
{
    const QString key = table + QLatin1Char('#') + QString::number(id);
    if (seen.contains(key))
        return;
    seen.insert(key);
    for (const auto& fk : foreignKeys) {
        if (table != QLatin1String(fk.parent))
            continue;
        const QString child = QString::fromLatin1(fk.table);
        const QString column = QString::fromLatin1(fk.column);
        if (fk.onDelete == OnDelete::SetNull) {
            const QString uuid = hasId(child) ? QStringLiteral("uuid") : QStringLiteral("NULL");
            SqlQuery query(
                db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?").arg(keyColumn(child), uuid, child, column));
            query.bind(id).exec();
            while (query.next())
                impact.nullified.append({child, query.id(0), query.uuid(1), column, id});
            continue;
        }
        const auto rows = readRows(db, child, column + QStringLiteral(" = ?"), {id});
        for (const auto& row : rows) {
            if (hasId(child)) {
                const Id childId = idOf(row);
                if (seen.contains(child + QLatin1Char('#') + QString::number(childId)))
                    continue;
                impact.deletedRows.append(row);
                collect(db, child, childId, impact, seen);
            } else {
                impact.deletedRows.append(row);
                // deliberation is keyed by signature_id and has no dependents
            }
        }
    }
}

} // namespace

QMap<QString, int> DeletionImpact::deletedCounts() const
{
    QMap<QString, int> counts;
    for (qsizetype i = 1; i < deletedRows.size(); ++i)
        ++counts[deletedRows.at(i).table];
    return counts;
}

QMap<QString, int> DeletionImpact::nullifiedCounts() const
{
    QMap<QString, int> counts;
    QSet<QString> rows;
    for (const auto& ref : nullified) {
        const QString key = ref.table + QLatin1Char('#') + QString::number(ref.rowId);
        if (!rows.contains(key)) {
            rows.insert(key);
            ++counts[ref.table];
        }
    }
    return counts;
}

QList<QPair<Entity, QUuid>> DeletionImpact::deletedRecords() const
{
    QList<QPair<Entity, QUuid>> records;
    for (const auto& row : deletedRows) {
        const auto entity = entityFromCode(row.table);
        const auto column = row.columns.indexOf(QStringLiteral("uuid"));
        if (entity && column >= 0)
            records.append({*entity, QUuid::fromString(row.values.at(column).toString())});
    }
    return records;
}

QList<QPair<Entity, QUuid>> DeletionImpact::clearedRecords() const
{
    QList<QPair<Entity, QUuid>> records;
    for (const auto& ref : nullified) {
        const auto entity = entityFromCode(ref.table);
        if (entity && !records.contains(qMakePair(*entity, ref.rowUuid)))
            records.append({*entity, ref.rowUuid});
    }
    return records;
}

DeletionImpact captureDeletion(Database& db, Entity entity, Id id)
{
    return captureDeletion(db, entityCode(entity), id);
}

DeletionImpact captureDeletion(Database& db, const QString& table, Id id)
{
    DeletionImpact impact;
    impact.deletedRows = readRows(db, table, QStringLiteral("id = ?"), {id});
    if (impact.deletedRows.isEmpty())
        return impact;
    QSet<QString> seen;
    collect(db, table, id, impact, seen);
    // A row both deleted and nullified (a meeting of the deleted edition that named a deleted group)
    // is restored by its row image; drop the redundant reference.
    QSet<QString> deleted;
    for (const auto& row : std::as_const(impact.deletedRows)) {
        if (hasId(row.table))
            deleted.insert(row.table + QLatin1Char('#') + QString::number(idOf(row)));
    }
    impact.nullified.removeIf([&](const NullifiedReference& ref) {
        return deleted.contains(ref.table + QLatin1Char('#') + QString::number(ref.rowId));
    });
    // Few records carry a provenance: one read of them all, kept if their record goes.
    QSet<QString> deletedUuids;
    for (const auto& row : std::as_const(impact.deletedRows)) {
        const auto column = row.columns.indexOf(QStringLiteral("uuid"));
        if (column >= 0)
            deletedUuids.insert(row.values.at(column).toString());
    }
    for (const auto& row : readRows(db, QStringLiteral("provenance"), QStringLiteral("1 = 1"), {})) {
        if (deletedUuids.contains(row.values.at(row.columns.indexOf(QStringLiteral("uuid"))).toString()))
            impact.provenanceRows.append(row);
    }
    return impact;
}

void restoreDeletion(Database& db, const DeletionImpact& impact)
{
    Transaction transaction(db);
    // Rows were captured parent first, so inserting in order satisfies the foreign keys.
    for (const auto& row : impact.deletedRows + impact.provenanceRows) {
        SqlQuery insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(row.table, row.columns.join(QStringLiteral(", ")),
                                     QStringList(row.columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        insert.bindAll(row.values).exec();
        if (row.columns.contains(QStringLiteral("id")) && row.table != QLatin1String("provenance"))
            enginesql::afterExplicitId(db, row.table);
    }
    for (const auto& ref : impact.nullified) {
        SqlQuery(db,
                 QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(ref.table, ref.column, keyColumn(ref.table)))
            .bind(ref.previous)
            .bind(ref.rowId)
            .exec();
    }
    transaction.commit();
}

} // namespace pacte
