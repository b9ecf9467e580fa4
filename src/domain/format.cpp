#include "format.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Format)
};

} // namespace

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

QString shortened(const QString& text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = length;
    // Never half a character: a surrogate pair stays whole.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype characters =
        text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
    return Tr::tr("%1… (%n characters)", nullptr, static_cast<int>(characters)).arg(text.left(cut));
}

} // namespace pacte
