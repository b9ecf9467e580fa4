#include "dashboardpalette.h"

namespace pacte::dashboard {

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
    return neutralColour();
}

QColor neutralColour()
{
    return QColor(0x56, 0x6c, 0x86);
}

QString shortened(const QString& text, int length)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    QString cut = simplified.left(length - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + QChar(0x2026);
}

} // namespace pacte::dashboard
