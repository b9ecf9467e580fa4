#pragma once

#include "ids.h"
#include "provenance.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

struct FieldError;
struct Partner;

// What a signatory commits to in one edition of the pact (issue 20, point 3): the text of the
// commitment, where it comes from (quoted from the pact, with its page or section, or entered), and
// the axes, themes and actions of that edition it serves. Kept with its partner (Partner::commitments)
// and saved with it, so that adding, changing or removing one is an update of the partner: one undo
// step and one entry of the partner's history.
struct Commitment
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    QString text;
    QList<Id> axisIds;
    QList<Id> themeIds;
    QList<Id> actionIds;
    Provenance provenance;

    bool operator==(const Commitment&) const = default;
};

// The partner's commitments refused as stored: a commitment needs its text and its edition, and
// belongs to a signatory, so the partner must have a signature of that edition that is not declined
// (pending, signed, approved or unknown). Whether the linked axes, themes and actions belong to the
// commitment's edition needs the database: the storage checks it (records_partner.cpp).
QList<FieldError> validateCommitments(const Partner& partner);

// The commitments of `editionId`, in the partner's order.
QList<Commitment> commitmentsOf(const Partner& partner, Id editionId);

} // namespace pacte
