#include "dashboardpalette.h"

namespace pacte::dashboard {

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
