#pragma once

#include "storage/database.h"

#include <memory>

#include <QObject>
#include <QUndoStack>
#include <QUuid>

namespace pacte {

class DocumentCommand;

// The open database as the editor sees it: the file, its undo stack, and signals whenever the data
// changed, so that views refresh. Every edit goes through execute(): nothing writes behind the stack.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;

    Database& database() { return *m_database; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }

    // Runs `command` once; if it succeeds it goes on the undo stack and an empty string is returned,
    // otherwise nothing was written, the stack is unchanged and the user-readable reason is returned.
    QString execute(std::unique_ptr<DocumentCommand> command);

    // Called by commands after they wrote (entity is the change-log name: "action", "partner"...).
    void notifyChanged(const QString& entity, const QUuid& uuid);
    void reportError(const QString& message);

signals:
    void changed(const QString& entity, const QUuid& uuid);
    // An undo or redo could not be applied (the file became read-only, say).
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace pacte
