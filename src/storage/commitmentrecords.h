#pragma once

#include "changelog.h"
#include "domain/partner.h"

#include <QHash>

namespace pacte {

class Database;
class Labels;

// The partners' commitments (tables commitment, commitment_axis, commitment_theme and
// commitment_action, schema 13), read and written with their partner (records_partner.cpp).

// The commitments of the partners selected by `ownerSubquery`, by partner id, each partner's in order.
QHash<Id, QList<Commitment>> loadCommitments(Database& db, const QString& ownerSubquery, const QVariantList& binds);
// Makes the partner's stored commitments exactly `partner.commitments` (ids and uuids filled in,
// links sorted); refuses (ValidationError, in French) a link to an axis, theme or action that is not
// of the commitment's edition, or that no longer exists.
void saveCommitments(Database& db, Partner& partner);
// The change log's fields of the partner's commitments: commitments[<edition> · <n>].text, .axes,
// .themes, .actions and .provenance.
void appendCommitmentFields(FieldValues& fields, const Partner& partner, Labels& labels);

} // namespace pacte
