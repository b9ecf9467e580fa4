#include "templatesums.h"

#include <algorithm>

namespace pacte {

namespace {

// The latest measurement with a known value, measured on or before `until` when it is valid.
const Measurement* latestKnownUntil(const Indicator& indicator, QDate until)
{
    const Measurement* best = nullptr;
    for (const auto& m : indicator.measurements) {
        if (!m.value || (until.isValid() && m.date > until))
            continue;
        if (!best || m.date >= best->date)
            best = &m;
    }
    return best;
}

void widen(std::optional<double>& low, std::optional<double>& high, double value)
{
    low = low ? std::min(*low, value) : value;
    high = high ? std::max(*high, value) : value;
}

} // namespace

bool isAdditiveUnit(const QString& unit)
{
    const QString folded = unit.trimmed().toLower();
    return !(folded.contains(QLatin1Char('%')) || folded.contains(QStringLiteral("pourcent")) ||
             folded.contains(QStringLiteral("percent")) || folded.contains(QStringLiteral("taux")) ||
             folded.contains(QStringLiteral("ratio")));
}

QList<TemplateSum> computeTemplateSums(const EditionData& data, QDate until)
{
    QList<TemplateSum> sums;
    for (const auto& axis : data.axes) {
        for (const auto& theme : axis.themes) {
            for (const auto& indicatorTemplate : theme.templates) {
                TemplateSum sum;
                sum.indicatorTemplate = indicatorTemplate;
                sum.axisId = axis.id;
                sum.themeName = theme.name;
                sum.additive = isAdditiveUnit(indicatorTemplate.unit);
                double values = 0;
                double targets = 0;
                int knownValues = 0;
                int knownTargets = 0;
                for (const auto& action : data.actions) {
                    for (const auto& indicator : action.indicators) {
                        if (indicator.templateId == NoId || indicator.templateId != indicatorTemplate.id)
                            continue;
                        ++sum.indicators;
                        if (indicator.unit.trimmed() != indicatorTemplate.unit.trimmed()) {
                            sum.unitsAgree = false;
                            if (!sum.otherUnits.contains(indicator.unit.trimmed()))
                                sum.otherUnits.append(indicator.unit.trimmed());
                        }
                        if (const Measurement* m = latestKnownUntil(indicator, until)) {
                            values += *m->value;
                            ++knownValues;
                            widen(sum.valueMin, sum.valueMax, *m->value);
                        } else {
                            ++sum.withoutValue;
                        }
                        if (indicator.target) {
                            targets += *indicator.target;
                            ++knownTargets;
                            widen(sum.targetMin, sum.targetMax, *indicator.target);
                        } else {
                            ++sum.withoutTarget;
                        }
                    }
                }
                if (sum.indicators == 0)
                    continue;
                if (!sum.unitsAgree) // nothing to compare either
                    sum.valueMin = sum.valueMax = sum.targetMin = sum.targetMax = std::nullopt;
                if (sum.unitsAgree && sum.additive) {
                    if (knownValues > 0)
                        sum.valueSum = values;
                    if (knownTargets > 0)
                        sum.targetSum = targets;
                }
                sums.append(sum);
            }
        }
    }
    return sums;
}

} // namespace pacte
