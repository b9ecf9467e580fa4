#pragma once

#include "domain/editiondata.h"

#include <optional>

#include <QString>

namespace pacte {

class Database;

enum class ActionLoading {
    Full,            // every action with its publics, indicators and measurements
    WithoutChildren, // every action's own fields (group, axis, theme, status...), no publics, indicators...
    SheetsOnly,      // only EditionData::actionSheets (what the governance rules need)
    None             // no action at all (partners, territories...)
};

// Everything the rules and statistics need about one edition, read in a few queries.
EditionData loadEditionData(Database& db, Id editionId, ActionLoading actions = ActionLoading::Full);
// The same as loadEditionData(db, editionId, Full), the actions read in two halves at once: the second
// half (by id) on a second, read-only connection to the same file, on another thread, while this one
// reads the first half and the rest. A large edition's actions, indicators and measurements are most
// of its reading; a file that cannot be opened twice (or a database without a file) is read whole here.
EditionData loadEditionDataInParallel(Database& db, Id editionId);

// An edition by its title ("PTI 2017-2021"); case and accents are ignored if no exact match.
std::optional<Edition> findEditionByTitle(Database& db, const QString& title);
// The current edition: the one that starts last.
std::optional<Edition> latestEdition(Database& db);

} // namespace pacte
