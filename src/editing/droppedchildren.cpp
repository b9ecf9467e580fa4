#include "droppedchildren.h"

#include <QSet>

namespace pacte {

namespace {

// The uuids of `before` missing from `after` (children keep their uuid across updates).
QList<QUuid> missing(const QList<QUuid>& before, const QList<QUuid>& after)
{
    const QSet<QUuid> kept(after.cbegin(), after.cend());
    QList<QUuid> dropped;
    for (const QUuid& uuid : before) {
        if (!uuid.isNull() && !kept.contains(uuid))
            dropped.append(uuid);
    }
    return dropped;
}

template <typename Child>
QList<QUuid> uuidsOf(const QList<Child>& children)
{
    QList<QUuid> uuids;
    uuids.reserve(children.size());
    for (const auto& child : children)
        uuids.append(child.uuid);
    return uuids;
}

QList<QUuid> indicatorTree(const Action& action)
{
    QList<QUuid> uuids;
    for (const auto& indicator : action.indicators) {
        uuids.append(indicator.uuid);
        uuids.append(uuidsOf(indicator.measurements));
    }
    return uuids;
}

} // namespace

QList<QUuid> droppedChildren(const Partner& before, const Partner& after)
{
    return missing(uuidsOf(before.signatures), uuidsOf(after.signatures));
}

QList<QUuid> droppedChildren(const Axis& before, const Axis& after)
{
    return missing(uuidsOf(before.themes), uuidsOf(after.themes));
}

QList<QUuid> droppedChildren(const Action& before, const Action& after)
{
    return missing(indicatorTree(before), indicatorTree(after));
}

} // namespace pacte
