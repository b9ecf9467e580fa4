#pragma once

#include "editiondata.h"
#include "indicatortemplate.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace pacte {

// One "indicateur type" added up across the groups and territories of an edition: the indicators
// made from it, their latest known values and their targets. Unknown is never zero: an indicator
// without a known value (or without a target) is counted apart and left out of the sum.
struct TemplateSum
{
    IndicatorTemplate indicatorTemplate;
    Id axisId = NoId;
    QString themeName;
    int indicators = 0;              // indicators linked to the template
    int withoutValue = 0;            // of which without a known value
    int withoutTarget = 0;           // of which without a target
    bool unitsAgree = true;          // every linked indicator has the template's unit (else nothing is summed)
    bool additive = true;            // false for a rate or a percentage, which do not add up (see below)
    QStringList otherUnits;          // the units that differ from the template's, for the message
    std::optional<double> valueSum;  // sum of the known latest values; empty when none or units differ
    std::optional<double> targetSum; // sum of the known targets; empty when none or units differ
    // For a rate, which is not summed: the lowest and highest of the known latest values and targets.
    std::optional<double> valueMin, valueMax, targetMin, targetMax;
};

// Whether values in `unit` add up across groups: counts do, a rate or a percentage ("%", "taux",
// "pourcentage") does not — twelve groups at 50 % are not at 600 %.
bool isAdditiveUnit(const QString& unit);

// The templates of the edition's themes that at least one indicator of its actions is linked to, in
// the order of the axes, themes and templates. `until`, when valid, ignores later measurements.
QList<TemplateSum> computeTemplateSums(const EditionData& data, QDate until = {});

} // namespace pacte
