#pragma once

#include "ids.h"

#include <QString>
#include <QUuid>

namespace pacte {

// A "bassin de vie" with its local pact (PTI local), its comité local d'animation,
// diagnostic and priorities (§1.3, Annexe 2). Territories are shared by all editions.
struct Territory
{
    Id id = NoId;
    QUuid uuid;
    QString name;
    QString diagnostic;
    QString priorities;
    QString notes;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Territory&) const = default;
};

} // namespace pacte
