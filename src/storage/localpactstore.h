#pragma once

#include "domain/localpact.h"

#include <optional>

namespace pacte {

class Database;

// The local pact of a territory for an edition, if one was entered (at most one).
std::optional<LocalPact> findLocalPact(Database& db, Id editionId, Id territoryId);

} // namespace pacte
