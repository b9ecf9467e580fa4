#pragma once

#include "change.h"
#include "editresult.h"
#include "storage/database.h"

#include <memory>

#include <QObject>
#include <QUndoStack>
#include <QUuid>

namespace pacte {

class ChangeFeed;
class DocumentCommand;

// The open database as the editor sees it: the file, its undo stack, and a typed signal whenever
// records changed, so that views update what they show. Every write goes through the editing
// functions of edits.h, which run undo commands or, for the few writes that are not undoable
// (freezing a year, importing a sheet), keep the stack truthful themselves: nothing writes behind it.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;

    Database& database() { return *m_database; }
    const Database& database() const { return *m_database; }
    // For the undo and redo actions, the history view and the clean state; only src/editing pushes,
    // inspects or clears its commands.
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    // While changed() is emitted: whether the change came from another connection to the server
    // (another person's), rather than from this document's own edits, undo or redo.
    bool isRemoteChange() const { return m_remoteChange; }
    // Whether records of `entity` may be changed at all: not in a read-only database, and on a server
    // only those of the user's role (a territorial referent's groups, actions, indicators and meetings;
    // the server still decides which territories). Screens of other records show them read-only.
    bool mayChange(Entity entity) const;
    // Whether every record may be changed: a writable file, or the coordinator on a server. What only the
    // coordinator does (editions, sheets sent and imported) asks this.
    bool mayChangeAll() const;

signals:
    // `uuids` are the records of `entity` that were inserted, updated or removed (empty for Reset).
    void changed(pacte::Entity entity, const QList<QUuid>& uuids, pacte::ChangeKind kind);
    // An undo or redo could not be applied (the file became read-only, say).
    void errorOccurred(const QString& message);
    // An undo or redo was refused because someone else changed the record `label` since (a server):
    // nothing was written, the step left the history, and `fields` name both values.
    void conflictOccurred(const QString& message, const QString& label, const QList<pacte::ConflictField>& fields);

private:
    friend class DocumentCommand;
    friend class DocumentAccess;

    // Runs `command` once; if it succeeds it goes on the undo stack, otherwise nothing was written and
    // the stack is unchanged.
    EditResult execute(std::unique_ptr<DocumentCommand> command);
    // The one place change notifications are emitted from.
    void notify(Entity entity, const QList<QUuid>& uuids, ChangeKind kind);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_feed; // other people's changes, on a server
    QUndoStack m_undoStack;
    bool m_remoteChange = false;
};

} // namespace pacte
