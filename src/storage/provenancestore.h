#pragma once

#include "domain/provenance.h"

#include <QHash>
#include <QList>

namespace pacte {

class Database;

// The provenance table (schema 10): where each record comes from. A record without a row was entered
// (the default). Writing does not touch the change log: the edit command that calls it does.
class ProvenanceStore final
{
public:
    explicit ProvenanceStore(Database& db);

    Provenance get(const QUuid& uuid) const;
    // Every row, in entity then uuid order (the dump writes them).
    QList<ProvenanceRecord> all() const;
    // The rows of the records `uuids` that have one (the others were entered).
    QList<ProvenanceRecord> of(const QList<QUuid>& uuids) const;
    // The uuids of the records marked illustrative among `entity`'s.
    QHash<QUuid, Provenance> ofEntity(const QString& entity) const;
    // Stores `record`; a default provenance removes the row.
    void put(const ProvenanceRecord& record);
    // True when the record `uuid` of `entity` exists (a provenance must name a real record).
    bool recordExists(const QString& entity, const QUuid& uuid) const;

private:
    Database& m_db;
};

} // namespace pacte
