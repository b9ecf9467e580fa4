#pragma once

#include "app/common/rowfilters.h"
#include "domain/editiondata.h"
#include "domain/finding.h"

#include <optional>

#include <QDate>
#include <QStringList>

namespace pacte {

// The signature facet's value for a partner that has no signature of the edition.
inline constexpr int NotSignatory = -1;

// One line of the partners' table, as the selected edition sees the partner.
struct PartnerRow : RowBase
{
    QString name;
    QString acronym;
    PartnerCategory category = PartnerCategory::Other;
    QString territories;                      // names of the territories covered; empty: the whole département
    std::optional<SignatureStatus> signature; // of the selected edition; none: not a signatory
    QDate signedOn;
    QStringList referents;   // persons of the partner who hold the PTI referent role
    QString missingReferent; // the partner-referent finding, when the partner signed and named nobody
    // An error once the partner signed or approved; a warning while it is only expected to sign.
    Severity missingReferentSeverity = Severity::Error;
};

// The rows of every partner for `data`'s edition; the referent warning comes from the governance rule
// itself (rules::checkPartnerReferent), so that the list and the compliance report always agree.
QList<PartnerRow> buildPartnerRows(const EditionData& data);

// "Whole département" when the partner covers no territory in particular.
QString coveredTerritories(const PartnerRow& row);
// The signature status's label, or "not a signatory".
QString signatureLabel(const std::optional<SignatureStatus>& status);

// The names of the persons of `partnerId` who are its PTI referents.
QStringList partnerReferents(const EditionData& data, Id partnerId);

} // namespace pacte
