#include "asof.h"

namespace pacte {

bool isFinished(ActionStatus status)
{
    return status == ActionStatus::Completed || status == ActionStatus::Abandoned;
}

QDate firstDatedDay(const Action& action)
{
    if (action.startDate.isValid())
        return action.startDate;
    QDate first = action.endDate;
    for (const auto& indicator : action.indicators) {
        for (const auto& measurement : indicator.measurements) {
            if (measurement.date.isValid() && (!first.isValid() || measurement.date < first))
                first = measurement.date;
        }
    }
    return first;
}

bool actionExistedOn(const Action& action, const QDate& day, bool enteredLate)
{
    if (!enteredLate)
        return true;
    const QDate first = firstDatedDay(action);
    return first.isValid() && first <= day;
}

ActionStatus actionStatusOn(const Action& action, const QDate& day, const RecordedAtDay& recorded)
{
    if (isFinished(action.status) && action.endDate.isValid() && action.endDate <= day)
        return action.status;
    if (action.startDate.isValid() && action.startDate > day)
        return ActionStatus::Project;
    const ActionStatus status = recorded.status.value_or(action.status);
    const QDate end = recorded.endDate.value_or(action.endDate);
    if (isFinished(status) && end.isValid() && end > day)
        return ActionStatus::InProgress;
    return status;
}

} // namespace pacte
