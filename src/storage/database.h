#pragma once

#include "databaselock.h"
#include "serveraddress.h"
#include "serverrole.h"
#include "storageerror.h"

#include <functional>
#include <memory>
#include <optional>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pacte {

class StatementBatch;
class StatementCache;

// A server refused the connection for want of a password (none given, or a wrong one): the caller may
// ask for it, hand it to Database::rememberPassword() and try again.
class PasswordNeeded final : public StorageError
{
public:
    PasswordNeeded(const QString& message, bool wrongPassword)
        : StorageError(message)
        , m_wrong(wrongPassword)
    {}
    bool wrongPassword() const { return m_wrong; }

private:
    bool m_wrong;
};

// A server database of an older format was opened for reading only: a writing opening by the owner of
// its tables would update it (pacte-cli's reading commands then try one, as they do for a file).
class FormatUpdateNeeded final : public StorageError
{
public:
    using StorageError::StorageError;
};

// Where a change comes from, as the change log records it.
enum class ChangeSource { Editor, SheetImport, Migration, Import, Renew };

// An open Pacte database: a file (SQLite, with its single-writer lock) or a database on a PostgreSQL
// server (team mode: the server arbitrates several writers, no lock), and the identity of whoever
// edits (for the change log: on a server, the database user). Every "path" below may be a file path
// or a server address (serveraddress.h, "postgresql://..."); path() gives a server's without password.
//
// Journal mode: we keep SQLite's rollback journal (DELETE) with synchronous=FULL rather than WAL.
// In WAL mode committed transactions live in FILE-wal until a checkpoint, so after a crash the
// .pacte file alone would lack them; with a rollback journal every committed transaction is in
// the .pacte file itself, which is what the coordinator copies to her key or share.
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Engine { SQLite, PostgreSQL };

    static constexpr int SchemaVersion = 14;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Fills a database being created (with a dump, the demo data...).
    using Filler = std::function<void(Database&)>;

    // Creates a new database at `path` (which must not exist) and opens it for writing. The whole file,
    // filled by `fill` when given, is built under a temporary name beside it and renamed into place
    // last: a failure, or a process killed meanwhile, never leaves a database under `path`, and the
    // leftovers of a killed creation do not stop the next one.
    static std::unique_ptr<Database> create(const QString& path, const QString& userName, const Filler& fill = {});
    // On a server, `path` names an existing database that holds no table yet (its owner created it, or
    // `pacte-cli server-init` did): the schema is created and filled in one transaction, so that a failure
    // leaves it empty again.
    // SQLite's integrity check of the file `path`, quick or `full`, run for Database::open() by its
    // caller (on another thread, with a progress the user may cancel: integrityProblemsOf()): the
    // problems found, or std::nullopt when the user stopped waiting (open() then throws
    // OpeningCancelled).
    using IntegrityCheck = std::function<std::optional<QStringList>(const QString& path, bool full)>;
    // Opens an existing database. A refused file (foreign, damaged, newer, carrying tables, views or
    // triggers that Pacte does not define) throws StorageError and is left untouched. With ReadWrite,
    // if another instance holds the lock, the file is opened read-only and readOnlyReason() and
    // lockHolder() say why. An older schema is migrated after a backup copy. A file that was not
    // closed cleanly (its writer's lock was left behind, or its journal) gets SQLite's full
    // integrity check rather than the quick one.
    // `check` runs the integrity check of a file (by default on this connection, on this thread).
    static std::unique_ptr<Database> open(const QString& path, const QString& userName,
                                          Access access = Access::ReadWrite, const IntegrityCheck& check = {});
    // The integrity check of the file `path` on a read-only connection of its own, which may be made
    // on any thread (for an IntegrityCheck); a file that cannot be read gives its error as a problem.
    static QStringList integrityProblemsOf(const QString& path, bool full);

    // A second, read-only connection to a file another Database holds open, for a read on another
    // thread: to be created, used and destroyed on that thread. No lock and no checks (the holder
    // accepted the file); it sees what the holder has committed. Throws StorageError.
    static std::unique_ptr<Database> openReader(const QString& path, const QString& userName);

    QSqlDatabase& connection() { return m_connection; }
    const QString& path() const { return m_path; }
    Engine engine() const { return m_server ? Engine::PostgreSQL : Engine::SQLite; }
    bool isServer() const { return m_server.has_value(); }
    // The file's name, or "base « pacte » sur serveur" for messages.
    QString displayName() const;

    // A server password for this process's later connections to `path` (a reader thread's, a
    // reopening): kept in memory only, never written anywhere.
    static void rememberPassword(const QString& path, const QString& password);
    QUuid databaseUuid() const { return m_databaseUuid; }
    // Reads the identity again after restoreDatabaseIdentity() changed it (databaseidentity.h).
    void reloadIdentity() { readIdentity(); }

    bool isReadOnly() const { return m_readOnly; }
    // On a server with Pacte's rights installed (serverrights.h), what its user may do, read at opening;
    // a reader's database is read-only. Nothing on a file or without rights.
    const std::optional<serverrights::UserRights>& serverRights() const { return m_serverRights; }
    bool isLockedByOther() const { return m_lockedByOther; }
    // Why the file is read-only, in the UI language ("the disk is full"...); empty when it is not.
    const QString& readOnlyReason() const { return m_readOnlyCause.cause; }
    // The same with what to do about it ("Free some space on it…"), for a refused write's message.
    const FailureCause& readOnlyCause() const { return m_readOnlyCause; }
    // The file was not closed cleanly by its last writer: the full integrity check ran at opening.
    bool wasCheckedInDepth() const { return m_checkedInDepth; }
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

    // The open StatementBatch, if any (statementbatch.h): SqlQuery reuses its write statements.
    StatementBatch* statementBatch() const { return m_statementBatch; }
    void setStatementBatch(StatementBatch* batch) { m_statementBatch = batch; }
    // On a server, the prepared statements kept between uses (statementcache.h); none for a file.
    StatementCache* statementCache();

    // SQLite's integrity check: the quick one (pages and records), or the full one that also compares
    // every index with its table (slower: it reads everything). The problems found, or none.
    QStringList integrityProblems(bool full);
    // The same check, with the French message of a refused file (StorageError) when it finds problems.
    void verifyIntegrity(bool full, const IntegrityCheck& check = {});

    // The system account name, the default editor name.
    static QString systemUserName();

private:
    Database(const QString& path, const QString& userName);
    Database(const ServerAddress& server, const QString& userName);
    static std::unique_ptr<Database> createOnServer(const ServerAddress& server, const QString& userName,
                                                    const Filler& fill);
    static std::unique_ptr<Database> openOnServer(const ServerAddress& server, const QString& userName, Access access);
    void connectToServer();
    void verifyServerSchema();
    void migrateServer(int version);
    // The change log's row for a migration from `fromVersion` to the current format.
    void logMigration(int fromVersion);
    void openConnection(const QString& file, bool readOnly);
    void applyPragmas();
    void applyJournalMode();
    void verifySchema(int version);
    void migrateFrom(int version);
    // Undoes the change a killed writer left in its journal, through a connection that may write, before
    // a read-only opening. `mayWrite`: the file was only asked for reading (it may be writable all the
    // same); otherwise it is read-only for m_readOnlyCause and the change cannot be undone here.
    void rollBackInterruptedChange(bool mayWrite);
    // A new database's identity in `meta`: a fresh uuid, when and by whom it was created.
    void writeNewIdentity();
    void readIdentity();

    QString m_path;
    std::optional<ServerAddress> m_server;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<DatabaseLock> m_lock;
    LockHolder m_lockHolder;
    bool m_readOnly = false;
    bool m_lockedByOther = false;
    FailureCause m_readOnlyCause;
    std::optional<serverrights::UserRights> m_serverRights;
    bool m_checkedInDepth = false;
    QString m_userName;
    ChangeSource m_changeSource = ChangeSource::Editor;
    QString m_changeSourceDetail;
    QUuid m_databaseUuid;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    StatementBatch* m_statementBatch = nullptr;
    std::unique_ptr<StatementCache> m_statementCache;
};

} // namespace pacte
