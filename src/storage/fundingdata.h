#pragma once

#include "domain/editiondata.h"
#include "domain/fundingtotals.h"

namespace pacte {

class Database;

// What the financing totals need (issue 20), read lightly: the edition's axes, groups, territories and
// partners, and only the actions that have funding lines, with their group, axis and lines.
EditionData loadFundingData(Database& db, Id editionId);
// computeFundingTotals() over loadFundingData().
FundingTotals loadFundingTotals(Database& db, Id editionId);
// The funding lines a partner funds, with their action's title, in the order of the editions.
struct PartnerContribution
{
    QString editionTitle;
    QString actionTitle;
    FundingLine line;
};
QList<PartnerContribution> loadPartnerContributions(Database& db, Id partnerId);

} // namespace pacte
