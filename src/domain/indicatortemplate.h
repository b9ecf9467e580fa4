#pragma once

#include "enums.h"
#include "ids.h"

#include <optional>

#include <QString>
#include <QUuid>

namespace pacte {

// An "indicateur type" of a theme (issue 18): a model of indicator the coordinator proposes for the
// actions of that theme, so that the evaluation can add up the same indicator across groups and
// territories. Saved with its theme's axis, in the theme's order.
struct IndicatorTemplate
{
    Id id = NoId;
    QUuid uuid;
    Id themeId = NoId;
    QString name;
    IndicatorKind kind = IndicatorKind::Output;
    QString unit;
    QString measurement;                   // how it is measured
    std::optional<double> suggestedTarget; // unknown (none suggested) when empty, distinct from 0
    bool example = false;                  // an illustration (the demo's library), not the pact's own

    bool operator==(const IndicatorTemplate&) const = default;
};

} // namespace pacte
