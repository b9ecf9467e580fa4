#pragma once

#include "domain/editiondata.h"
#include "tabledata.h"

namespace pacte {

// The tables of issue 20 (financing and local pacts), built for editiontables.cpp; `name` is the
// sheet's. Export only: the table import has no such tables.

// One row per funding line and year; a line without amounts gives one row without year. Amounts are
// numbers in euros (two decimals); an unknown amount is an empty cell, never 0.
TableData fundingTable(const EditionData& data, const QString& name);
// One row per territory's local pact review year.
TableData localPactReviewsTable(const EditionData& data, const QString& name);
// One row per priority of a territory's local pact, what it serves and what carries it as text.
TableData localPrioritiesTable(const EditionData& data, const QString& name);

} // namespace pacte
