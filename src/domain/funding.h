#pragma once

#include "enums.h"
#include "ids.h"

#include <optional>

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// An amount of money in euro cents, exact: 1 234,50 € is 123450. Never a double.
using Cents = qint64;

// One year of a funding line. Each amount is unknown when empty, which is not zero: an unknown amount
// is counted apart and never added up.
struct FundingAmount
{
    int year = 0;
    std::optional<Cents> planned;   // "prévu"
    std::optional<Cents> committed; // "engagé"
    std::optional<Cents> paid;      // "versé"

    bool operator==(const FundingAmount&) const = default;
};

// Who pays for an action (issue 20): a partner of the pact, or a fund named here.
struct FundingLine
{
    Id id = NoId;
    QUuid uuid;
    Id partnerId = NoId;          // the funder when it is a partner
    std::optional<Fund> fund;     // otherwise the fund
    QString otherFunder;          // the fund's name when `fund` is Fund::Other
    QString scheme;               // the scheme or call: "FSE+ — appel à projets 2024"
    QString reference;            // its reference, such as an FSE+ operation number
    std::optional<double> rate;   // the co-financing rate, in percent (0 to 100); unknown when empty
    QList<FundingAmount> amounts; // by year, in year order
    QString notes;

    bool operator==(const FundingLine&) const = default;

    bool hasFunder() const { return partnerId != NoId || fund.has_value(); }
    // The fund's label ("FSE+", or the other fund's name); empty for a partner.
    QString fundName() const;
    const FundingAmount* amount(int year) const;
};

// The label of one side of an amount ("planned", "committed", "paid").
enum class AmountKind { Planned, Committed, Paid };
std::optional<Cents> amountOf(const FundingAmount& amount, AmountKind kind);
QString amountKindLabel(AmountKind kind);

// "12 345,67 €", with French separators whatever the UI language.
QString formatMoney(Cents cents);
// An amount or "inconnu" when it is unknown.
QString formatOptionalMoney(const std::optional<Cents>& cents);
// A typed amount in euros: "12 345,67", "12345.67", "12 345 €", "1 000,5". Empty (not zero) for an
// empty text; `ok` false for anything else, such as a negative amount, three decimals or letters.
std::optional<Cents> parseMoney(const QString& text, bool* ok);
// The same amount as it is typed back: "12345,67" (no grouping, so that it parses again).
QString typedMoneyText(const std::optional<Cents>& cents);

} // namespace pacte
