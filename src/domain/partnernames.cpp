#include "partnernames.h"

namespace pacte {

QDate partnerNamesDay(const Edition& edition, const QDate& asOf)
{
    return edition.endDate.isValid() && asOf > edition.endDate ? edition.endDate : asOf;
}

void usePartnerNamesOn(QList<Partner>& partners, const QDate& day)
{
    for (auto& partner : partners) {
        const QString then = partner.nameOn(day);
        if (then == partner.name)
            continue;
        partner.name = then;
        partner.acronym.clear();
    }
}

} // namespace pacte
