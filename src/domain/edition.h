#pragma once

#include "declaredcount.h"
#include "ids.h"
#include "rulesetting.h"

#include <algorithm>
#include <optional>

#include <QDate>
#include <QString>
#include <QUuid>

namespace pacte {

// One pact (PTI 2017-2021, PTI 2022-2025, ...). The database keeps several so that a new
// edition can be compared with the previous one, as Annexe 1 of the source does.
struct Edition
{
    Id id = NoId;
    QUuid uuid;
    QString title; // "PTI 2022-2025": how users and the command line name it
    QString departement;
    QDate startDate;
    QDate endDate;
    Id predecessorId = NoId;
    QString notes;
    // The number of signatories the pact declares ("signé par 31 partenaires"), with its source.
    std::optional<DeclaredCount> declaredSignatories;
    // How this edition applies each governance rule (table edition_rule, v7); a rule without a
    // setting applies as by default (rules::defaultSetting).
    RuleSettings rules;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Edition&) const = default;

    // Calendar years the edition covers, first to last.
    int firstYear() const { return startDate.year(); }
    int lastYear() const { return endDate.year(); }
    bool covers(const QDate& date) const { return date >= startDate && date <= endDate; }
    // `day` if the edition covers it, else its nearest day: what a new date of the edition starts as
    // (the measurements of a past pact are dated in it, not today).
    QDate dayWithin(const QDate& day) const
    {
        return startDate.isValid() && endDate.isValid() ? std::clamp(day, startDate, endDate) : day;
    }
};

} // namespace pacte
