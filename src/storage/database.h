#pragma once

#include "databaselock.h"

#include <memory>

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace pacte {

// Where a change comes from, as the change log records it.
enum class ChangeSource { Editor, SheetImport, Migration, Import };

// An open Pacte database file: the SQLite connection, the single-writer lock and the
// identity of whoever edits (for the change log).
//
// Journal mode: we keep SQLite's rollback journal (DELETE) with synchronous=FULL rather than WAL.
// In WAL mode committed transactions live in FILE-wal until a checkpoint, so after a crash the
// .pacte file alone would lack them; with a rollback journal every committed transaction is in
// the .pacte file itself, which is what the coordinator copies to her key or share.
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int SchemaVersion = 4;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new, empty database at `path` (which must not exist) and opens it for writing.
    static std::unique_ptr<Database> create(const QString& path, const QString& userName);
    // Opens an existing database. A refused file (foreign, damaged, newer) throws StorageError and is
    // left untouched. With ReadWrite, if another instance holds the lock, the file is opened read-only
    // and readOnlyReason()/lockHolder() say why. An older schema is migrated after a backup copy.
    static std::unique_ptr<Database> open(const QString& path, const QString& userName,
                                          Access access = Access::ReadWrite);

    QSqlDatabase& connection() { return m_connection; }
    const QString& path() const { return m_path; }
    QUuid databaseUuid() const { return m_databaseUuid; }
    // Reads the identity again after restoreDatabaseIdentity() changed it (databaseidentity.h).
    void reloadIdentity() { readIdentity(); }

    bool isReadOnly() const { return m_readOnly; }
    bool isLockedByOther() const { return m_lockedByOther; }
    const LockHolder& lockHolder() const { return m_lockHolder; }
    // Where the last automatic backup (before a migration) was written, if any.
    const QString& migrationBackupPath() const { return m_migrationBackup; }

    const QString& userName() const { return m_userName; }
    void setUserName(const QString& userName) { m_userName = userName; }
    ChangeSource changeSource() const { return m_changeSource; }
    const QString& changeSourceDetail() const { return m_changeSourceDetail; }
    void setChangeSource(ChangeSource source, const QString& detail = {});

    // Throws StorageError when the database is read-only; repositories call it before writing.
    void ensureWritable() const;

    // Transaction nesting (see Transaction): only the outermost level talks to SQLite.
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // The system account name, the default editor name.
    static QString systemUserName();

private:
    Database(const QString& path, const QString& userName);
    void openConnection(bool readOnly);
    void applyPragmas();
    void applyJournalMode();
    void verifyIntegrity();
    void readIdentity();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<DatabaseLock> m_lock;
    LockHolder m_lockHolder;
    bool m_readOnly = false;
    bool m_lockedByOther = false;
    QString m_userName;
    ChangeSource m_changeSource = ChangeSource::Editor;
    QString m_changeSourceDetail;
    QUuid m_databaseUuid;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace pacte
