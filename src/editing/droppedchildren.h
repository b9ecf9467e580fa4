#pragma once

#include "domain/action.h"
#include "domain/axis.h"
#include "domain/partner.h"

#include <QList>
#include <QUuid>

namespace pacte {

// The child records an update of `before` into `after` deletes (a signature, a theme, an indicator
// or a measurement left out): the schema deletes their provenance with them, so the update's undo
// must put it back. Records without such children drop none.
QList<QUuid> droppedChildren(const Partner& before, const Partner& after);
QList<QUuid> droppedChildren(const Axis& before, const Axis& after);
QList<QUuid> droppedChildren(const Action& before, const Action& after);

template <typename T>
QList<QUuid> droppedChildren(const T&, const T&)
{
    return {};
}

} // namespace pacte
