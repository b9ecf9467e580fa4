#include "statuspalette.h"

namespace pacte {

QList<ActionStatus> statusOrder()
{
    return {ActionStatus::Completed, ActionStatus::Running, ActionStatus::InProgress, ActionStatus::Project,
            ActionStatus::Abandoned};
}

QColor statusColour(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Completed:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case ActionStatus::Running:
        return QColor(0x00, 0x72, 0xb2); // blue
    case ActionStatus::InProgress:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case ActionStatus::Project:
        return QColor(0xa8, 0xb4, 0xc0); // light grey-blue: not started
    case ActionStatus::Abandoned:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    }
    return Qt::gray;
}

} // namespace pacte
