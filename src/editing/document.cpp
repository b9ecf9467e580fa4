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

QString Document::execute(std::unique_ptr<DocumentCommand> command)
{
    try {
        command->applyRedo();
    } catch (const StorageError& error) {
        return error.message();
    }
    command->m_alreadyApplied = true;
    m_undoStack.push(command.release());
    return {};
}

void Document::notifyChanged(const QString& entity, const QUuid& uuid)
{
    emit changed(entity, uuid);
}

void Document::reportError(const QString& message)
{
    emit errorOccurred(message);
}

} // namespace pacte
