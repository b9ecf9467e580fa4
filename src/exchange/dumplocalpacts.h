#pragma once

#include "domain/localpact.h"
#include "jsonaccess.h"

#include <QHash>

namespace pacte {

// Row id -> uuid of the records a local pact names, for writing its references.
struct LocalPactUuids
{
    QHash<Id, QUuid> partners, persons, axes, themes, groups, actions;
};

// The edition's local pacts as a full dump writes them ("localPacts" of each edition, format 11):
// territory, diagnosis and sources, members, priorities in rank order with their links, reviews by year.
json::Json localPactsJson(const QList<LocalPact>& pacts, Id editionId, const QHash<Id, QUuid>& territoryUuids,
                          const LocalPactUuids& uuids);

} // namespace pacte
