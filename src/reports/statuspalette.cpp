#include "statuspalette.h"

namespace pacte {

QList<ActionStatus> statusOrder()
{
    return {ActionStatus::Completed, ActionStatus::Running, ActionStatus::InProgress, ActionStatus::Project,
            ActionStatus::Abandoned};
}

QColor statusColour(ActionStatus status)
{
    // Okabe-Ito's hues, darkened until each reads at 4.5:1 at least on white and on a light grey
    // window (WCAG 2.1 AA, checked by a test): a status may be shown as coloured text.
    switch (status) {
    case ActionStatus::Completed:
        return QColor(0x00, 0x7a, 0x59); // bluish green
    case ActionStatus::Running:
        return QColor(0x00, 0x70, 0xaf); // blue
    case ActionStatus::InProgress:
        return QColor(0x8f, 0x63, 0x00); // dark orange
    case ActionStatus::Project:
        return QColor(0x5b, 0x6d, 0x7e); // grey-blue: not started
    case ActionStatus::Abandoned:
        return QColor(0xb0, 0x43, 0x80); // reddish purple
    }
    return Qt::darkGray;
}

} // namespace pacte
