#pragma once

#include "deliberation.h"
#include "enums.h"
#include "ids.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// A partner's signature of one edition of the pact, with its approving act.
struct Signature
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    SignatureStatus status = SignatureStatus::Pending;
    QDate date;
    QString signatoryName;
    QString signatoryFunction;
    std::optional<Deliberation> deliberation;

    bool operator==(const Signature&) const = default;
};

// A partner structure ("structure signataire"): DDETS, CAF, an EPCI, an association...
struct Partner
{
    Id id = NoId;
    QUuid uuid;
    QString name;
    QString acronym;
    PartnerCategory category = PartnerCategory::Other;
    QList<Id> territoryIds; // territories covered; empty means the whole département
    QList<Signature> signatures;
    QString notes;

    bool operator==(const Partner&) const = default;

    QString displayName() const { return acronym.isEmpty() ? name : acronym; }
    const Signature* signatureFor(Id editionId) const;
};

} // namespace pacte
