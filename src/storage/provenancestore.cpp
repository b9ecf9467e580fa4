#include "provenancestore.h"

#include "sqlquery.h"

namespace pacte {

namespace {

Provenance readProvenance(const SqlQuery& query)
{
    Provenance provenance;
    provenance.kind = enumFromCode<ProvenanceKind>(query.text("kind")).value_or(ProvenanceKind::Entered);
    provenance.source = query.text("source");
    provenance.note = query.text("note");
    return provenance;
}

} // namespace

ProvenanceStore::ProvenanceStore(Database& db)
    : m_db(db)
{}

Provenance ProvenanceStore::get(const QUuid& uuid) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT kind, source, note FROM provenance WHERE uuid = ?"));
    query.bind(dbUuid(uuid)).exec();
    return query.next() ? readProvenance(query) : Provenance{};
}

QList<ProvenanceRecord> ProvenanceStore::all() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT entity, uuid, kind, source, note FROM provenance ORDER BY entity, uuid"));
    query.exec();
    QList<ProvenanceRecord> records;
    while (query.next())
        records.append({query.text("entity"), query.uuid("uuid"), readProvenance(query)});
    return records;
}

QList<ProvenanceRecord> ProvenanceStore::of(const QList<QUuid>& uuids) const
{
    QList<ProvenanceRecord> records;
    if (uuids.isEmpty())
        return records;
    SqlQuery query(m_db, QStringLiteral("SELECT entity, kind, source, note FROM provenance WHERE uuid = ?"));
    for (const QUuid& uuid : uuids) {
        query.bind(dbUuid(uuid)).exec();
        if (query.next())
            records.append({query.text("entity"), uuid, readProvenance(query)});
    }
    return records;
}

QHash<QUuid, Provenance> ProvenanceStore::ofEntity(const QString& entity) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT uuid, kind, source, note FROM provenance WHERE entity = ?"));
    query.bind(entity).exec();
    QHash<QUuid, Provenance> provenances;
    while (query.next())
        provenances.insert(query.uuid("uuid"), readProvenance(query));
    return provenances;
}

void ProvenanceStore::put(const ProvenanceRecord& record)
{
    if (record.provenance.isDefault()) {
        SqlQuery(m_db, QStringLiteral("DELETE FROM provenance WHERE uuid = ?")).bind(dbUuid(record.uuid)).exec();
        return;
    }
    SqlQuery(m_db, QStringLiteral("INSERT INTO provenance (uuid, entity, kind, source, note) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (uuid) DO UPDATE SET entity = excluded.entity, kind = excluded.kind, "
                                  "source = excluded.source, note = excluded.note"))
        .bind(dbUuid(record.uuid))
        .bind(record.entity)
        .bind(enumCode(record.provenance.kind))
        .bind(record.provenance.source)
        .bind(record.provenance.note)
        .exec();
}

bool ProvenanceStore::recordExists(const QString& entity, const QUuid& uuid) const
{
    if (!isProvenanceEntity(entity))
        return false;
    // The entity codes are the table names.
    SqlQuery query(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(entity));
    query.bind(dbUuid(uuid)).exec();
    return query.next();
}

} // namespace pacte
