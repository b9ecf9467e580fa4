#pragma once

#include "change.h"

#include <QList>
#include <QPair>
#include <QUndoCommand>

namespace pacte {

class ConflictError;
class Document;

// An undoable change of the database. applyRedo()/applyUndo() write through the repositories (each
// in its own transaction, so every step is in the file and the change log at once), may throw
// StorageError, and publish what they changed. Document::execute() runs the first redo itself so
// that a refused change never reaches the stack. Internal to src/editing: the rest of the
// application edits through edits.h.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document& document, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void applyRedo() = 0;
    virtual void applyUndo() = 0;

    void publish(Entity entity, const QList<QUuid>& uuids, ChangeKind kind);
    // Records of several entities (what a deletion cascaded to), one notification per entity.
    void publish(const QList<QPair<Entity, QUuid>>& records, ChangeKind kind);

    Document& m_document;

private:
    friend class Document;
    void refuseForConflict(const ConflictError& error);
    bool m_alreadyApplied = false;
};

} // namespace pacte
