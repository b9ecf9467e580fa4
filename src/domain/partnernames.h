#pragma once

#include "edition.h"
#include "partner.h"

#include <QDate>
#include <QList>

namespace pacte {

// The day whose partner names a report or an export of `edition` uses: `asOf` (today, or the end of
// the year reported), but never after the edition's end. A past pact names its partners as they were
// then (Pôle emploi in the 2017-2021 pact), the current one as they are now.
QDate partnerNamesDay(const Edition& edition, const QDate& asOf);

// Gives each partner the name in force on `day`. A partner named otherwise then loses its acronym,
// which belongs to its current name.
void usePartnerNamesOn(QList<Partner>& partners, const QDate& day);

} // namespace pacte
