#include "partner.h"

namespace pacte {

const Signature* Partner::signatureFor(Id editionId) const
{
    for (const auto& signature : signatures) {
        if (signature.editionId == editionId)
            return &signature;
    }
    return nullptr;
}

QString Partner::nameOn(const QDate& day) const
{
    if (nameHistory.isEmpty() || !day.isValid())
        return name;
    QString inForce = nameHistory.constFirst().name;
    for (const auto& entry : nameHistory) {
        if (entry.effectiveFrom <= day)
            inForce = entry.name;
    }
    return inForce;
}

} // namespace pacte
