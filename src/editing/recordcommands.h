#pragma once

#include "documentcommand.h"
#include "domain/provenance.h"
#include "storage/cascade.h"
#include "storage/records.h"

namespace pacte {

// The generic commands behind edits.h (internal to src/editing, and to its tests).

// Adds a record. Undo removes it; redo puts it back with the same id and uuid.
template <typename T>
class InsertRecordCommand final : public DocumentCommand
{
public:
    InsertRecordCommand(Document& document, T item);
    const T& item() const { return m_item; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    T m_item;
};

// Replaces a record's values (children included) by new ones: the generic before/after command.
template <typename T>
class UpdateRecordCommand final : public DocumentCommand
{
public:
    // `text` names the change for the undo history ("Modifier le statut de « … »").
    UpdateRecordCommand(Document& document, T before, T after, const QString& text = {});
    const T& before() const { return m_before; }
    const T& after() const { return m_after; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    T m_before;
    T m_after;
    // The provenance of the children the update deletes (a signature, an indicator): undo puts it back.
    QList<ProvenanceRecord> m_droppedProvenance;
};

// Deletes a record and what the schema cascades from it; undo restores every row and reference.
template <typename T>
class DeleteRecordCommand final : public DocumentCommand
{
public:
    DeleteRecordCommand(Document& document, T item);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    T m_item;
    DeletionImpact m_impact;
};

#define PACTE_DECLARE_COMMANDS(Type)                                                                                   \
    extern template class InsertRecordCommand<Type>;                                                                   \
    extern template class UpdateRecordCommand<Type>;                                                                   \
    extern template class DeleteRecordCommand<Type>;

PACTE_DECLARE_COMMANDS(Territory)
PACTE_DECLARE_COMMANDS(Edition)
PACTE_DECLARE_COMMANDS(Axis)
PACTE_DECLARE_COMMANDS(TargetPublic)
PACTE_DECLARE_COMMANDS(Dispositif)
PACTE_DECLARE_COMMANDS(Partner)
PACTE_DECLARE_COMMANDS(Person)
PACTE_DECLARE_COMMANDS(WorkingGroup)
PACTE_DECLARE_COMMANDS(Action)
PACTE_DECLARE_COMMANDS(Meeting)
PACTE_DECLARE_COMMANDS(Evaluation)
PACTE_DECLARE_COMMANDS(GroupEvaluation)
PACTE_DECLARE_COMMANDS(LocalPact)

#undef PACTE_DECLARE_COMMANDS

} // namespace pacte
