#include "format.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QDate parseTypedDate(const QString& text)
{
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString trimmed = text.trimmed();
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString typedDateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString formatMeasuredValue(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : Tr::tr("not reported");
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

QString portableFileStem(const QString& text)
{
    // What Windows, macOS and Linux file systems (and e-mail attachments) refuse: control characters
    // and / \ : * ? " < > |; a name may not end with a dot or a space (Windows), nor start with a
    // dot (hidden). Everything else, accents included, is kept as typed.
    static const QRegularExpression forbidden(QStringLiteral("[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]+"));
    QString stem = text.normalized(QString::NormalizationForm_C);
    stem.replace(forbidden, QStringLiteral("-"));
    stem = stem.simplified();
    // At most 200 bytes in UTF-8 with the suffix's room left under the usual 255, never cutting a
    // character in two.
    while (stem.toUtf8().size() > 200)
        stem.chop(stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    while (!stem.isEmpty() && (stem.startsWith(QLatin1Char('.')) || stem.startsWith(QLatin1Char('-')) ||
                               stem.startsWith(QLatin1Char(' '))))
        stem.remove(0, 1);
    while (!stem.isEmpty() &&
           (stem.endsWith(QLatin1Char('.')) || stem.endsWith(QLatin1Char(' ')) || stem.endsWith(QLatin1Char('-'))))
        stem.chop(1);
    return stem;
}

} // namespace pacte
