#pragma once

class QUndoStack;

#include "domain/ids.h"

namespace pacte {

class Database;
struct Evaluation;

// Freezing is deliberately not undoable, but the evaluation record it froze may have been created
// by an undoable InsertRecordCommand<Evaluation>: undoing that insert would delete the record and,
// by cascade, its frozen figures. Such commands are made obsolete (QUndoStack then drops them when
// it reaches them, without running them); the rest of the stack is kept.
void protectFrozenEvaluation(QUndoStack& stack, const Evaluation& frozen);
// The group evaluations of a frozen year no longer change: the undo steps that entered or changed one
// of the edition's groups for that year are made obsolete, so that neither undo nor redo writes them.
void protectFrozenGroupEvaluations(QUndoStack& stack, Database& db, Id editionId, int year);
// The same for the yearly reviews of the edition's local pacts: an undo step is made obsolete when its
// undo or redo would write another review of that year than the frozen one, or delete it.
void protectFrozenLocalPactReviews(QUndoStack& stack, Database& db, Id editionId, int year);

} // namespace pacte
