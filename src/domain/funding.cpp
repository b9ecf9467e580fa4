#include "funding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Funding)
};

} // namespace

QString FundingLine::fundName() const
{
    if (!fund)
        return {};
    if (*fund == Fund::Other && !otherFunder.trimmed().isEmpty())
        return otherFunder.trimmed();
    return enumLabel(*fund);
}

const FundingAmount* FundingLine::amount(int year) const
{
    for (const auto& row : amounts) {
        if (row.year == year)
            return &row;
    }
    return nullptr;
}

std::optional<Cents> amountOf(const FundingAmount& amount, AmountKind kind)
{
    switch (kind) {
    case AmountKind::Planned:
        return amount.planned;
    case AmountKind::Committed:
        return amount.committed;
    case AmountKind::Paid:
        return amount.paid;
    }
    return std::nullopt;
}

QString amountKindLabel(AmountKind kind)
{
    switch (kind) {
    case AmountKind::Planned:
        return Tr::tr("planned");
    case AmountKind::Committed:
        return Tr::tr("committed");
    case AmountKind::Paid:
        return Tr::tr("paid");
    }
    return {};
}

QString formatMoney(Cents cents)
{
    const QLocale french(QLocale::French, QLocale::France);
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    const QString euros = french.toString(static_cast<qlonglong>(magnitude / 100));
    const QString text = QStringLiteral("%1%2%3%4\u00a0€")
                             .arg(negative ? QStringLiteral("-") : QString(), euros, french.decimalPoint())
                             .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatOptionalMoney(const std::optional<Cents>& cents)
{
    return cents ? formatMoney(*cents) : Tr::tr("unknown");
}

std::optional<Cents> parseMoney(const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    QString cleaned = text;
    // Spaces of every kind (grouping), the euro sign.
    cleaned.remove(QRegularExpression(QStringLiteral("[\\s\u00a0\u202f€]")));
    if (cleaned.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:[.,](\\d{1,2}))?$"));
    const auto match = pattern.match(cleaned);
    if (!match.hasMatch()) {
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    Cents cents = match.captured(1).toLongLong() * 100;
    const QString decimals = match.captured(2);
    if (decimals.size() == 1)
        cents += decimals.toLongLong() * 10;
    else if (decimals.size() == 2)
        cents += decimals.toLongLong();
    return cents;
}

QString typedMoneyText(const std::optional<Cents>& cents)
{
    if (!cents)
        return {};
    const Cents rest = *cents % 100;
    if (rest == 0)
        return QString::number(*cents / 100);
    return QStringLiteral("%1,%2").arg(*cents / 100).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace pacte
