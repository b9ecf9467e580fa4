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

} // namespace pacte
