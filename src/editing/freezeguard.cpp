#include "freezeguard.h"

#include "editing/recordcommands.h"
#include "storage/repository.h"

#include <QUndoStack>

namespace pacte {

void protectFrozenEvaluation(QUndoStack& stack, const Evaluation& frozen)
{
    for (int i = 0; i < stack.count(); ++i) {
        const auto* insert = dynamic_cast<const InsertRecordCommand<Evaluation>*>(stack.command(i));
        if (!insert)
            continue;
        const Evaluation& item = insert->item();
        const bool same = item.uuid == frozen.uuid ||
                          (item.editionId == frozen.editionId && item.year == frozen.year && item.kind == frozen.kind);
        if (!same)
            continue;
        if (i < stack.index()) {
            // Done: undoing it would delete the frozen figures.
            const_cast<QUndoCommand*>(stack.command(i))->setObsolete(true);
            continue;
        }
        // Undone: freezing made a new record, which redoing the insert, and the edits that followed
        // it, would collide with.
        for (int j = i; j < stack.count(); ++j)
            const_cast<QUndoCommand*>(stack.command(j))->setObsolete(true);
        return;
    }
}

void protectFrozenGroupEvaluations(QUndoStack& stack, Database& db, Id editionId, int year)
{
    QList<Id> groups;
    for (const auto& group : WorkingGroupRepository(db).ofEdition(editionId))
        groups.append(group.id);
    const auto frozen = [&](const GroupEvaluation& item) { return item.year == year && groups.contains(item.groupId); };
    for (int i = 0; i < stack.count(); ++i) {
        auto* command = const_cast<QUndoCommand*>(stack.command(i));
        if (const auto* insert = dynamic_cast<const InsertRecordCommand<GroupEvaluation>*>(command)) {
            if (frozen(insert->item()))
                command->setObsolete(true);
        } else if (const auto* update = dynamic_cast<const UpdateRecordCommand<GroupEvaluation>*>(command)) {
            if (frozen(update->after()))
                command->setObsolete(true);
        }
    }
}

namespace {

// A review's entries, whatever its row: what freezing keeps.
bool sameReview(const LocalPactReview* a, const LocalPactReview* b)
{
    const bool blankA = !a || a->isBlank();
    const bool blankB = !b || b->isBlank();
    if (blankA || blankB)
        return blankA == blankB;
    return a->progress == b->progress && a->difficulties == b->difficulties && a->adjustments == b->adjustments;
}

} // namespace

void protectFrozenLocalPactReviews(QUndoStack& stack, Database& db, Id editionId, int year)
{
    QHash<QUuid, LocalPact> stored;
    for (const auto& pact : LocalPactRepository(db).ofEdition(editionId))
        stored.insert(pact.uuid, pact);
    for (int i = 0; i < stack.count(); ++i) {
        auto* command = const_cast<QUndoCommand*>(stack.command(i));
        if (const auto* insert = dynamic_cast<const InsertRecordCommand<LocalPact>*>(command)) {
            // Undoing it deletes the pact, and the frozen review with it.
            const auto it = stored.constFind(insert->item().uuid);
            const LocalPactReview* frozen = it == stored.cend() ? nullptr : it->review(year);
            if (insert->item().editionId == editionId && !sameReview(frozen, nullptr))
                command->setObsolete(true);
        } else if (const auto* update = dynamic_cast<const UpdateRecordCommand<LocalPact>*>(command)) {
            if (update->after().editionId != editionId)
                continue;
            const auto it = stored.constFind(update->after().uuid);
            const LocalPactReview* frozen = it == stored.cend() ? nullptr : it->review(year);
            if (!sameReview(update->before().review(year), frozen) || !sameReview(update->after().review(year), frozen))
                command->setObsolete(true);
        }
    }
}

} // namespace pacte
