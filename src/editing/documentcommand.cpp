#include "documentcommand.h"

#include "document.h"
#include "storage/storageerror.h"

#include <QMap>

namespace pacte {

DocumentCommand::DocumentCommand(Document& document, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
{}

void DocumentCommand::redo()
{
    // A command made obsolete (freezeguard.h) is dropped by the stack when it reaches it: whatever the
    // Qt version does on redo, it must not write.
    if (isObsolete())
        return;
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    try {
        applyRedo();
    } catch (const ConflictError& error) {
        refuseForConflict(error);
    } catch (const StorageError& error) {
        emit m_document.errorOccurred(error.message());
    }
}

void DocumentCommand::undo()
{
    try {
        applyUndo();
    } catch (const ConflictError& error) {
        refuseForConflict(error);
    } catch (const StorageError& error) {
        emit m_document.errorOccurred(error.message());
    }
}

void DocumentCommand::refuseForConflict(const ConflictError& error)
{
    // Someone else changed the record since this step: it can no longer be undone or redone without
    // writing over their change. Made obsolete, the stack drops it once this call returns, rather
    // than count it as undone (or redone) when nothing was written; the steps before it stay.
    setObsolete(true);
    emit m_document.conflictOccurred(error.message(), error.label(), error.fields());
}

void DocumentCommand::publish(Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
{
    m_document.notify(entity, uuids, kind);
}

void DocumentCommand::publish(const QList<QPair<Entity, QUuid>>& records, ChangeKind kind)
{
    QMap<Entity, QList<QUuid>> byEntity;
    for (const auto& [entity, uuid] : records)
        byEntity[entity].append(uuid);
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
        m_document.notify(it.key(), it.value(), kind);
}

} // namespace pacte
