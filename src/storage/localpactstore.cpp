#include "localpactstore.h"

#include "recordquery.h"

namespace pacte {

std::optional<LocalPact> findLocalPact(Database& db, Id editionId, Id territoryId)
{
    const auto found =
        recordsWhere<LocalPact>(db, QStringLiteral("edition_id = ? AND territory_id = ?"), {editionId, territoryId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

} // namespace pacte
