#include "provenancetarget.h"

#include <QCoreApplication>

namespace pacte {

ProvenanceTarget ProvenanceTarget::record(Entity entity, const QUuid& uuid, const QString& label)
{
    return {entityCode(entity), uuid, entity, uuid, QStringLiteral("provenance"), label, label};
}

ProvenanceTarget ProvenanceTarget::signature(const QUuid& partnerUuid, const QString& partnerName,
                                             const QUuid& signatureUuid, const QString& editionTitle)
{
    return {QStringLiteral("signature"),
            signatureUuid,
            Entity::Partner,
            partnerUuid,
            QStringLiteral("signatures[%1].provenance").arg(editionTitle),
            QCoreApplication::translate("pacte::Commands", "signature of %1 (%2)").arg(partnerName, editionTitle),
            partnerName};
}

} // namespace pacte
