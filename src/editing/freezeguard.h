#pragma once

class QUndoStack;

namespace pacte {

struct Evaluation;

// Freezing is deliberately not undoable, but the evaluation record it froze may have been created
// by an undoable InsertRecordCommand<Evaluation>: undoing that insert would delete the record and,
// by cascade, its frozen figures. Such commands are made obsolete (QUndoStack then drops them when
// it reaches them, without running them); the rest of the stack is kept.
void protectFrozenEvaluation(QUndoStack& stack, const Evaluation& frozen);

} // namespace pacte
