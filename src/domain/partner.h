#pragma once

#include "commitment.h"
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

// One of a partner's names and the day it took effect (Pôle emploi on 19 December 2008, France
// Travail on 1 January 2024).
struct PartnerName
{
    Id id = NoId;
    QUuid uuid;
    QString name;
    QDate effectiveFrom;

    bool operator==(const PartnerName&) const = default;
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
    // Its names over time, oldest first, each with the day it took effect; empty when it never changed
    // its name. The latest is `name`, the current name (validation keeps them together).
    QList<PartnerName> nameHistory;
    // What it commits to in the pact, edition by edition (each needs a signature of its edition).
    QList<Commitment> commitments;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Partner&) const = default;

    QString displayName() const { return acronym.isEmpty() ? name : acronym; }
    // The name in force on `day`: the latest of the history that took effect by then, the oldest one
    // known for a day before them all, the current name without a history (or an invalid day).
    QString nameOn(const QDate& day) const;
    const Signature* signatureFor(Id editionId) const;
};

} // namespace pacte
