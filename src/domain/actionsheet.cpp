#include "actionsheet.h"

#include "action.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Action)
};

} // namespace

QStringList ActionSheetSummary::missingFields() const
{
    QStringList missing;
    if (!hasObjectives)
        missing << Tr::tr("objectives");
    if (!hasPublics)
        missing << Tr::tr("target publics");
    if (!hasModalitiesOrDeliverables)
        missing << Tr::tr("implementation modalities or deliverables");
    if (!hasIndicator)
        missing << Tr::tr("at least one indicator");
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
            !action.modalities.trimmed().isEmpty() || !action.deliverables.trimmed().isEmpty(),
            !action.indicators.isEmpty()};
}

} // namespace pacte
