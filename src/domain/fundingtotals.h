#pragma once

#include "editiondata.h"
#include "funding.h"

#include <QList>
#include <QString>

namespace pacte {

// A sum of amounts of one kind (planned, committed or paid). Unknown is not zero: an unknown amount is
// counted in `unknown` and never added to `total`.
struct AmountSum
{
    Cents total = 0; // the sum of the known amounts
    int known = 0;   // how many amounts were added up
    int unknown = 0; // how many were unknown, left out of the total

    void add(const std::optional<Cents>& amount);
    bool operator==(const AmountSum&) const = default;
};

struct FundingSum
{
    AmountSum planned;
    AmountSum committed;
    AmountSum paid;

    void add(const FundingAmount& amount);
    // A line without any year: its three amounts are unknown.
    void addUnknownLine();
    const AmountSum& of(AmountKind kind) const;
    int unknownCount() const { return planned.unknown + committed.unknown + paid.unknown; }
    bool operator==(const FundingSum&) const = default;
};

// One row of a breakdown: an axis, a territory, a funder or a year, with its sums.
struct FundingRow
{
    QString key;   // stable: the axis or territory id, "partner:<id>", a fund code, the year
    QString label; // as the user reads it
    FundingSum sum;
};

// The financing of an edition's actions (issue 20), added up four ways. Every amount row of a line
// counts once in the edition's total, in its action's axis, in its funder and in its year; a line with
// no year at all counts as unknown (in every breakdown but the years).
struct FundingTotals
{
    FundingSum edition;
    int lines = 0;                 // funding lines of the edition's actions
    int actions = 0;               // actions that have at least one
    QList<FundingRow> byAxis;      // in axis order, then "no axis"
    QList<FundingRow> byTerritory; // in the territories' order
    QList<FundingRow> byFunder;    // partners and funds, by name
    QList<FundingRow> byYear;      // in year order
    // An action of a group that covers several territories counts in each of them: the territories'
    // rows then add up to more than the edition's total.
    bool territoriesOverlap = false;
};

FundingTotals computeFundingTotals(const EditionData& data);

// The funder of a line as the user reads it: the partner's name, the fund, or "funder not given".
QString funderLabel(const FundingLine& line, const EditionData& data);
// The key of a line's funder in FundingTotals::byFunder.
QString funderKey(const FundingLine& line);

} // namespace pacte
