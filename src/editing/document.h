#pragma once

#include "storage/database.h"

#include <memory>

#include <QObject>
#include <QUndoStack>

namespace pacte {

// The open database as the editor sees it: the file, its undo stack, and a signal whenever the data
// changed (through an undo command, or after a reload), so that views refresh.
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

    // Called by undo commands after they wrote to the database.
    void notifyChanged(const QString& entity);

signals:
    // `entity` is the change-log entity name ("action", "partner"...), or empty for "anything".
    void changed(const QString& entity);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace pacte
