#pragma once

#include "domain/groupevaluation.h"

#include <optional>

namespace pacte {

class Database;

// The yearly evaluations of the edition's working groups, by group and year.
QList<GroupEvaluation> groupEvaluationsOfEdition(Database& db, Id editionId);
// The evaluation of a group for a year, if one was entered.
std::optional<GroupEvaluation> findGroupEvaluation(Database& db, Id groupId, int year);
// Whether the edition's evaluation of `year` (yearly or final) is frozen.
bool isYearFrozen(Database& db, Id editionId, int year);
// Whether the group's evaluation for `year` is frozen with its edition's evaluation of that year: its
// entries may then no longer change. False when the group is gone.
bool isGroupEvaluationFrozen(Database& db, Id groupId, int year);

} // namespace pacte
