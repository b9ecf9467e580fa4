#pragma once

#include "enums.h"
#include "ids.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// One dated value of an indicator, with the target that applied then.
struct Measurement
{
    Id id = NoId;
    QUuid uuid;
    QDate date;
    std::optional<double> value; // unknown (not reported) when empty, distinct from 0
    std::optional<double> target;
    QString comment;

    bool operator==(const Measurement&) const = default;
};

// An evaluation or output indicator of an action (§1.4): "taux de retour à l'emploi", ...
struct Indicator
{
    Id id = NoId;
    QUuid uuid;
    QString name;
    IndicatorKind kind = IndicatorKind::Output;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    QList<Measurement> measurements; // kept in date order
    Id templateId = NoId;            // the "indicateur type" it was made from, kept linked (NoId: none)

    bool operator==(const Indicator&) const = default;

    // The latest measurement, its value known or not (a table shows it as it is).
    const Measurement* latest() const;
    // The latest measurement whose value is known: what progress towards the target is measured on.
    // Unknown is not zero: a measurement not reported is left out, never read as 0.
    const Measurement* latestKnown() const;
    // How many measurements have an unknown value (not reported).
    int unknownCount() const;
};

} // namespace pacte
