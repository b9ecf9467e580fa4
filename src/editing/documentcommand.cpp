#include "documentcommand.h"

#include "document.h"
#include "storage/storageerror.h"

namespace pacte {

DocumentCommand::DocumentCommand(Document& document, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
{}

void DocumentCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    try {
        applyRedo();
    } catch (const StorageError& error) {
        m_document.reportError(error.message());
    }
}

void DocumentCommand::undo()
{
    try {
        applyUndo();
    } catch (const StorageError& error) {
        m_document.reportError(error.message());
    }
}

} // namespace pacte
