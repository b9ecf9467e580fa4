#include "actionsheet.h"

#include "action.h"

#include <algorithm>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Action)
};

bool hasKind(const Action& action, IndicatorKind kind)
{
    return std::any_of(action.indicators.cbegin(), action.indicators.cend(),
                       [kind](const Indicator& indicator) { return indicator.kind == kind; });
}

} // namespace

QStringList ActionSheetSummary::missingFields() const
{
    QStringList missing;
    if (!hasObjectives)
        missing << Tr::tr("objectives");
    if (!hasPublics)
        missing << Tr::tr("target publics");
    if (!hasModalities)
        missing << Tr::tr("implementation modalities");
    if (!hasDeliverables)
        missing << Tr::tr("main deliverables");
    if (!hasOutcomeIndicator)
        missing << Tr::tr("an evaluation (outcome) indicator");
    if (!hasOutputIndicator)
        missing << Tr::tr("an output indicator");
    return missing;
}

ActionSheetSummary summarizeSheet(const Action& action)
{
    return {action.id,
            action.uuid,
            action.title,
            action.status,
            !action.objectives.trimmed().isEmpty(),
            !action.publicIds.isEmpty(),
            !action.modalities.trimmed().isEmpty(),
            !action.deliverables.trimmed().isEmpty(),
            hasKind(action, IndicatorKind::Outcome),
            hasKind(action, IndicatorKind::Output)};
}

} // namespace pacte
