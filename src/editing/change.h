#pragma once

#include "domain/entity.h"

#include <QList>
#include <QUuid>

namespace pacte {

// What happened to the records a change notification names.
enum class ChangeKind {
    Inserted,
    Updated,
    Removed,
    // Any record of the entity may have changed (a sheet import): the uuids are not listed.
    Reset,
};

} // namespace pacte
