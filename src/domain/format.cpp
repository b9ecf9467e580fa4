#include "format.h"

#include <QLocale>

namespace pacte {

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return QLocale().toString(local.date(), QStringLiteral("d MMMM yyyy")) + QStringLiteral(", ") +
           QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace pacte
