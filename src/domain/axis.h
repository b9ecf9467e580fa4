#pragma once

#include "ids.h"
#include "indicatortemplate.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// A theme ("thématique") inside an axis, e.g. "Mobilité et motilité".
struct Theme
{
    Id id = NoId;
    QUuid uuid;
    Id axisId = NoId;
    QString name;
    QString description;
    QList<IndicatorTemplate> templates = {}; // its "indicateurs types", in order

    bool operator==(const Theme&) const = default;
};

// A strategic axis of one edition, with its objective and its themes.
struct Axis
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    int number = 0;
    QString title;
    QString objective;
    QList<Theme> themes;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Axis&) const = default;
};

} // namespace pacte
