#pragma once

#include "action.h"
#include "workinggroup.h"

#include <optional>

#include <QDate>

namespace pacte {

// Reading a record as it stood at the end of a past day from its own dates (start, end,
// measurements) and, where the change log recorded them while they happened, its earlier values.
// Pure functions: storage finds what the change log says and passes it here.

// What the change log recorded of an action at the day: its status and end date then, when they
// were changed afterwards. Empty for a record entered after the day (a late entry): nothing typed
// then says anything about it.
struct RecordedAtDay
{
    std::optional<ActionStatus> status;
    std::optional<QDate> endDate; // an invalid date: it had none then
};

// The first day the action's own dates place it on: its start, or failing one its first
// measurement or its end. Invalid when it has no date at all.
QDate firstDatedDay(const Action& action);

// Whether an action existed at the end of `day`. One entered before the day (or imported, standing
// for history) did, as a project if it had not started; one entered after it (`enteredLate`) did if
// its own dates place it on or before the day.
bool actionExistedOn(const Action& action, const QDate& day, bool enteredLate);

// The action's status at the end of `day`:
// - finished (realised, abandoned) by an end date on or before the day: that status;
// - not started by the day: a project;
// - otherwise what the change log recorded then, or its present status, except that a finished
//   status whose end date (as recorded then) is still to come reads "in progress".
ActionStatus actionStatusOn(const Action& action, const QDate& day, const RecordedAtDay& recorded);

// Whether a status means the action has ended (realised or abandoned).
bool isFinished(ActionStatus status);

} // namespace pacte
