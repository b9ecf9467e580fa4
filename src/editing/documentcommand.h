#pragma once

#include <QUndoCommand>

namespace pacte {

class Document;

// An undoable change of the database. applyRedo()/applyUndo() write through the repositories (each
// in its own transaction, so every step is in the file and the change log at once) and may throw
// StorageError; Document::execute() runs the first redo itself so that a refused change never
// reaches the stack.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document& document, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void applyRedo() = 0;
    virtual void applyUndo() = 0;

    Document& m_document;

private:
    friend class Document;
    bool m_alreadyApplied = false;
};

} // namespace pacte
