#include "document.h"

#include "documentcommand.h"
#include "storage/storageerror.h"

namespace pacte {

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

Document::~Document()
{
    // Commands refer to the database: drop them first.
    m_undoStack.clear();
}

EditResult Document::execute(std::unique_ptr<DocumentCommand> command)
{
    try {
        command->applyRedo();
    } catch (const ValidationError& error) {
        return EditResult::refused(error.message(), error.errors());
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
