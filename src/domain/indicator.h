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
    double value = 0.0;
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

    bool operator==(const Indicator&) const = default;

    const Measurement* latest() const;
};

} // namespace pacte
