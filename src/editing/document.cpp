#include "document.h"

#include "documentcommand.h"
#include "storage/changefeed.h"
#include "storage/serverrights.h"
#include "storage/storageerror.h"

#include <QScopedValueRollback>

namespace pacte {

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_feed(std::make_unique<ChangeFeed>(*m_database))
{
    // Other people's changes on a server reach the views as the document's own do.
    connect(m_feed.get(), &ChangeFeed::recordChanged, this,
            [this](Entity entity, const QUuid& uuid, ChangeFeed::Operation operation) {
                const QScopedValueRollback remote(m_remoteChange, true);
                notify(entity, {uuid},
                       operation == ChangeFeed::Operation::Inserted  ? ChangeKind::Inserted
                       : operation == ChangeFeed::Operation::Removed ? ChangeKind::Removed
                                                                     : ChangeKind::Updated);
            });
}

Document::~Document()
{
    // Commands refer to the database: drop them first.
    m_undoStack.clear();
    m_feed.reset();
}

bool Document::mayChange(Entity entity) const
{
    if (m_database->isReadOnly())
        return false;
    const auto& rights = m_database->serverRights();
    if (rights && rights->role == serverrights::Role::Referent)
        return serverrights::referentEntities().contains(entity);
    return true;
}

bool Document::mayChangeAll() const
{
    const auto& rights = m_database->serverRights();
    return !m_database->isReadOnly() && !(rights && rights->role != serverrights::Role::Coordinator);
}

EditResult Document::execute(std::unique_ptr<DocumentCommand> command)
{
    try {
        command->applyRedo();
    } catch (const ValidationError& error) {
        return EditResult::refused(error.message(), error.errors());
    } catch (const ConflictError& error) {
        return EditResult::conflicted(error);
    } catch (const StorageError& error) {
        return EditResult::refused(error.message());
    }
    command->m_alreadyApplied = true;
    m_undoStack.push(command.release());
    return {};
}

void Document::notify(Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
{
    emit changed(entity, uuids, kind);
}

} // namespace pacte
