#pragma once

#include "domain/entity.h"

#include <QString>
#include <QUuid>

namespace pacte {

// What a provenance is set on, and where the change is told. Most records carry their own: the
// row's entity, the record's history and views are one. A partner's signature for an edition has no
// history of its own: its provenance is logged in the partner's ("signatures[PTI 2022-2025].provenance")
// and the partner's views refresh.
struct ProvenanceTarget
{
    QString code;                  // the provenance row's entity code ("theme", "signature", ...)
    QUuid uuid;                    // the record the provenance is about
    Entity owner = Entity::Action; // the record whose history logs the change, whose views refresh
    QUuid ownerUuid;
    QString field;      // the change log's field
    QString label;      // names the record in the dialog and the undo step
    QString ownerLabel; // names the owner in its history (empty: `label`)

    bool isNull() const { return uuid.isNull(); }
    // A record with its own history (field "provenance").
    static ProvenanceTarget record(Entity entity, const QUuid& uuid, const QString& label);
    // A partner's signature for the edition `editionTitle`.
    static ProvenanceTarget signature(const QUuid& partnerUuid, const QString& partnerName, const QUuid& signatureUuid,
                                      const QString& editionTitle);
};

} // namespace pacte
