#include "database.h"

#include "backups.h"
#include "domain/clock.h"
#include "failures.h"
#include "fileinspector.h"
#include "newfile.h"
#include "platform.h"
#include "schema.h"
#include "sqlitesql.h"
#include "statementcache.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Database)
};

QString queryScalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

Database::Database(const QString& path, const QString& userName)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("pacte-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_lock(std::make_unique<DatabaseLock>(m_path))
    , m_userName(userName.isEmpty() ? systemUserName() : userName)
{}

Database::~Database()
{
    m_statementCache.reset(); // its statements belong to the connection
    if (m_connection.isOpen()) {
        if (m_transactionDepth > 0)
            m_connection.rollback();
        m_connection.close();
    }
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StatementCache* Database::statementCache()
{
    if (!m_server)
        return nullptr;
    if (!m_statementCache)
        m_statementCache = std::make_unique<StatementCache>(*this);
    return m_statementCache.get();
}

QString Database::systemUserName()
{
    const QString name = platform::accountName();
    return name.isEmpty() ? QStringLiteral("inconnu") : name;
}

void Database::setChangeSource(ChangeSource source, const QString& detail)
{
    m_changeSource = source;
    m_changeSourceDetail = detail;
}

void Database::openConnection(const QString& file, bool readOnly)
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(file);
    if (readOnly)
        m_connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_connection.open()) {
        const QSqlError error = m_connection.lastError();
        throw StorageError(
            failureMessage(Tr::tr("The database %1 cannot be opened").arg(QFileInfo(m_path).fileName()),
                           sqliteFailure(error, m_path).value_or(FailureCause{Tr::tr("SQLite refused to open it"), {}}),
                           Tr::tr("It was not changed."), error.text()));
    }
}

void Database::applyPragmas()
{
    // Connection settings only: nothing here writes to the file.
    schema::execAll(m_connection, sqlite::connectionSettings());
}

void Database::applyJournalMode()
{
    // Can rewrite the header (of a file someone switched to WAL): only once the file was accepted and,
    // when it is migrated, backed up.
    if (!m_readOnly)
        schema::execAll(m_connection, {sqlite::rollbackJournal()});
}

QStringList Database::integrityProblems(bool full)
{
    // At most 20 problems: a damaged file can list thousands, and the first say enough.
    QSqlQuery query(m_connection);
    if (!query.exec(sqlite::integrityCheck(full, 20)))
        return {query.lastError().text()};
    QStringList problems;
    while (query.next()) {
        if (const QString row = query.value(0).toString(); row != QLatin1String("ok"))
            problems << row;
    }
    return problems;
}

QStringList Database::integrityProblemsOf(const QString& path, bool full)
{
    try {
        return openReader(path, QString())->integrityProblems(full);
    } catch (const StorageError& error) {
        return {error.message()};
    }
}

void Database::verifyIntegrity(bool full, const IntegrityCheck& check)
{
    m_checkedInDepth = full;
    QStringList problems;
    if (check) {
        const auto checked = check(m_path, full);
        if (!checked)
            throw OpeningCancelled(Tr::tr("The opening of %1 was cancelled.").arg(QFileInfo(m_path).fileName()));
        problems = *checked;
    } else {
        problems = integrityProblems(full);
    }
    if (problems.isEmpty())
        return;
    throw StorageError(failureMessage(Tr::tr("The file %1 cannot be opened").arg(QFileInfo(m_path).fileName()),
                                      {Tr::tr("it is damaged (SQLite's integrity check failed)"),
                                       Tr::tr("Restore its latest backup (in the folder %1) or a copy you kept.")
                                           .arg(QDir::toNativeSeparators(Backups::folderFor(m_path)))},
                                      Tr::tr("It was not changed."), problems.mid(0, 3).join(QStringLiteral(" ; "))));
}

namespace {

// "the trigger « rename »" for a schema entry "trigger rename".
QString describeEntry(const QString& entry)
{
    const QString kind = entry.section(QLatin1Char(' '), 0, 0);
    const QString name = entry.section(QLatin1Char(' '), 1);
    if (kind == QLatin1String("trigger"))
        return Tr::tr("the trigger « %1 »").arg(name);
    if (kind == QLatin1String("view"))
        return Tr::tr("the view « %1 »").arg(name);
    if (kind == QLatin1String("index"))
        return Tr::tr("the index « %1 »").arg(name);
    if (kind == QLatin1String("column"))
        return Tr::tr("the column « %1 »").arg(name);
    return Tr::tr("the table « %1 »").arg(name);
}

QString describeEntries(const QStringList& entries)
{
    constexpr qsizetype Listed = 4;
    QStringList described;
    for (const QString& entry : entries.mid(0, Listed))
        described << describeEntry(entry);
    QString text = described.join(QStringLiteral(", "));
    if (entries.size() > Listed)
        text += Tr::tr(" and %n more", nullptr, static_cast<int>(entries.size() - Listed));
    return text;
}

} // namespace

void Database::verifySchema(int version)
{
    const schema::SchemaDifference difference = schema::compareWithFormat(m_connection, version);
    if (difference.isEmpty())
        return;
    const QString what = Tr::tr("The file %1 cannot be opened").arg(QFileInfo(m_path).fileName());
    const QString restore = Tr::tr("Restore its latest backup (in the folder %1) or a copy you kept.")
                                .arg(QDir::toNativeSeparators(Backups::folderFor(m_path)));
    if (difference.laterFormat)
        throw StorageError(failureMessage(
            what,
            {Tr::tr("its tables are those of a later data format than the one its header states (%1): the file "
                    "was altered outside Pacte")
                 .arg(version),
             restore},
            Tr::tr("It was not changed, and no backup copy was made.")));
    // Pacte's schema has no trigger nor view: one found here would run, or be read, as if it were ours
    // (a trigger fires on Pacte's own writes).
    if (!difference.foreign.isEmpty())
        throw StorageError(
            failureMessage(what,
                           {Tr::tr("it holds %1, which Pacte does not define: the file was altered outside Pacte")
                                .arg(describeEntries(difference.foreign)),
                            Tr::tr("Restore its latest backup (in the folder %1), or have what was added removed.")
                                .arg(QDir::toNativeSeparators(Backups::folderFor(m_path)))},
                           Tr::tr("It was not changed.")));
    throw StorageError(failureMessage(
        what,
        {Tr::tr("%1 is missing: the file is incomplete or damaged").arg(describeEntries(difference.missing)), restore},
        Tr::tr("It was not changed.")));
}

void Database::writeNewIdentity()
{
    QSqlQuery meta(m_connection);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> entries{
        {QStringLiteral("database_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), Clock::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("created_by"), m_userName}};
    for (const auto& [key, value] : entries) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!meta.exec())
            throw StorageError(sqlFailureMessage(meta.lastError(), m_path));
    }
}

void Database::readIdentity()
{
    m_databaseUuid = QUuid::fromString(
        queryScalar(m_connection, QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")));
    if (m_databaseUuid.isNull())
        throw StorageError(Tr::tr("The file %1 is an incomplete Pacte database (it has no identity).")
                               .arg(QFileInfo(m_path).fileName()));
}

std::unique_ptr<Database> Database::create(const QString& path, const QString& userName, const Filler& fill)
{
    if (isServerLocation(path)) {
        QString error;
        const auto server = ServerAddress::parse(path, &error);
        if (!server)
            throw StorageError(error);
        return createOnServer(*server, userName, fill);
    }
    std::unique_ptr<Database> db(new Database(path, userName));
    const QFileInfo info(db->m_path);
    const QString name = info.fileName();
    if (info.exists() || info.isSymLink())
        throw StorageError(Tr::tr("The file %1 already exists: choose another name.").arg(db->m_path));
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(failureMessage(Tr::tr("The folder %1 cannot be created").arg(info.absolutePath()),
                                          writeFailure(info.absolutePath()), Tr::tr("Nothing was created.")));
    switch (db->m_lock->tryLock(db->m_userName)) {
    case DatabaseLock::Outcome::Locked:
        break;
    case DatabaseLock::Outcome::HeldByOther:
        throw StorageError(failureMessage(
            Tr::tr("The file %1 cannot be created").arg(name),
            {Tr::tr("another instance of Pacte is creating it (%1)").arg(db->m_lock->holder().asCause().cause),
             Tr::tr("Wait for it to finish, or choose another name.")},
            Tr::tr("Nothing was created.")));
    case DatabaseLock::Outcome::Failed:
        throw StorageError(failureMessage(Tr::tr("The file %1 cannot be created").arg(name), db->m_lock->failure(),
                                          Tr::tr("Nothing was created.")));
    }

    // The whole file is built under a temporary name (NewFile) and renamed into place last, so that
    // neither a failure nor a killed process ever leaves a half-made database under the requested name;
    // the leftovers of a killed creation are removed first. SQLite fills the temporary file by its name.
    NewFile build(db->m_path, NewFile::Existing::Keep);
    if (!build.open())
        throw StorageError(failureMessage(Tr::tr("The file %1 cannot be created").arg(name), build.failure(),
                                          Tr::tr("Nothing was created."), build.errorString()));
    try {
        db->openConnection(build.temporaryPath(), false);
        db->applyPragmas();
        db->applyJournalMode();
        db->beginTransaction();
        schema::createVersion1(db->m_connection);
        db->writeNewIdentity();
        schema::migrate(db->m_connection, 1);
        db->commitTransaction();
        db->readIdentity();
        if (fill)
            fill(*db);
        db->m_connection.close();
    } catch (...) {
        if (db->m_transactionDepth > 0)
            db->m_connection.rollback();
        db->m_transactionDepth = 0;
        db->m_connection.close();
        build.cancel();
        throw;
    }
    if (!build.commit())
        throw StorageError(failureMessage(Tr::tr("The file %1 cannot be created").arg(name), build.failure(),
                                          Tr::tr("Nothing was left under its name."), build.errorString()));
    db->m_connection.setDatabaseName(db->m_path);
    if (!db->m_connection.open())
        throw StorageError(sqlFailureMessage(db->m_connection.lastError(), db->m_path));
    db->m_lock->lockIdentity();
    db->applyPragmas();
    db->applyJournalMode();
    db->readIdentity();
    return db;
}

std::unique_ptr<Database> Database::openReader(const QString& path, const QString& userName)
{
    if (isServerLocation(path)) {
        // As for a file, no checks: the holder accepted the database; a connection is all a reader needs.
        QString error;
        const auto server = ServerAddress::parse(path, &error);
        if (!server)
            throw StorageError(error);
        std::unique_ptr<Database> db(new Database(*server, userName));
        db->m_readOnly = true;
        db->m_readOnlyCause = {Tr::tr("it was opened read-only"), {}};
        db->connectToServer();
        return db;
    }
    std::unique_ptr<Database> db(new Database(path, userName));
    db->m_readOnly = true;
    db->m_readOnlyCause = {Tr::tr("it was opened read-only"), {}};
    db->openConnection(db->m_path, true);
    db->applyPragmas();
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, const QString& userName, Access access,
                                         const IntegrityCheck& check)
{
    if (isServerLocation(path)) {
        QString error;
        const auto server = ServerAddress::parse(path, &error);
        if (!server)
            throw StorageError(error);
        return openOnServer(*server, userName, access);
    }
    std::unique_ptr<Database> db(new Database(path, userName));
    const FileInspection inspection = inspectDatabaseFile(db->m_path, SchemaVersion);
    if (!inspection.acceptable)
        throw StorageError(inspection.problem);

    const QFileInfo info(db->m_path);
    // A journal beside the file: its last writer stopped in the middle of a change.
    bool unclean = QFileInfo::exists(db->m_path + QStringLiteral("-journal"));
    db->m_readOnly = access == Access::ReadOnly;
    if (db->m_readOnly)
        db->m_readOnlyCause = {Tr::tr("it was opened read-only"), {}};
    if (!db->m_readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        db->m_readOnly = true;
        db->m_readOnlyCause = writeFailure(db->m_path);
    }
    if (!db->m_readOnly) {
        switch (db->m_lock->tryLock(db->m_userName)) {
        case DatabaseLock::Outcome::Locked:
            // A lock left behind: its holder did not close the file (killed, or its machine stopped).
            unclean = unclean || db->m_lock->tookOverStaleLock();
            // What a killed restoration of this file left (its new content under a temporary name).
            NewFile::removeLeftovers(db->m_path);
            break;
        case DatabaseLock::Outcome::HeldByOther:
            db->m_readOnly = true;
            db->m_lockedByOther = true;
            db->m_lockHolder = db->m_lock->holder();
            db->m_readOnlyCause = db->m_lockHolder.asCause();
            break;
        case DatabaseLock::Outcome::Failed:
            db->m_readOnly = true;
            db->m_readOnlyCause = db->m_lock->failure();
            break;
        }
    }

    // A journal left by a writer that was killed mid-change ("hot"): SQLite undoes the change on the
    // first read of a connection that may write. A read-only opening needs one such connection first.
    if (db->m_readOnly && !db->m_lockedByOther && QFileInfo(db->m_path + QStringLiteral("-journal")).size() > 0)
        db->rollBackInterruptedChange(access == Access::ReadOnly);

    db->openConnection(db->m_path, db->m_readOnly);
    db->applyPragmas();
    db->verifyIntegrity(unclean, check);
    // Before any migration and its backup copy: a file refused here is left as it is.
    db->verifySchema(inspection.userVersion);
    if (inspection.userVersion < SchemaVersion) {
        if (db->m_readOnly)
            throw StorageError(
                failureMessage(Tr::tr("The file %1 cannot be opened").arg(info.fileName()),
                               {Tr::tr("it uses an older data format and must be updated, which is impossible now: %1")
                                    .arg(db->m_readOnlyCause.cause),
                                Tr::tr("Open it once where it can be written, then try again.")},
                               Tr::tr("It was not changed.")));
        db->migrateFrom(inspection.userVersion);
    }
    db->applyJournalMode();
    db->readIdentity();
    return db;
}

void Database::rollBackInterruptedChange(bool mayWrite)
{
    const QString name = QFileInfo(m_path).fileName();
    const QString journal = QFileInfo(m_path + QStringLiteral("-journal")).fileName();
    const auto impossible = [&](const QString& why, const QString& detail = {}) {
        return StorageError(failureMessage(
            Tr::tr("The file %1 cannot be opened").arg(name),
            {Tr::tr("a change to it was interrupted (its journal %1 lies beside it) and must be undone before it can "
                    "be read, which is impossible here: %2")
                 .arg(journal, why),
             Tr::tr("Copy %1 together with %2 to a folder you can write to and open the copy there (Pacte then undoes "
                    "the interrupted change), or ask for write access. A copy of %1 without %2 would be damaged.")
                 .arg(name, journal)},
            Tr::tr("It was not changed."), detail));
    };
    if (!mayWrite)
        throw impossible(m_readOnlyCause.cause);
    switch (m_lock->tryLock(m_userName)) {
    case DatabaseLock::Outcome::Locked:
        break;
    case DatabaseLock::Outcome::HeldByOther:
        return; // its holder is alive and in the middle of that change: the journal is not left over
    case DatabaseLock::Outcome::Failed:
        throw impossible(m_lock->failure().cause);
    }
    const QString connectionName = m_connectionName + QStringLiteral("-recovery");
    QString problem;
    QString detail;
    {
        QSqlDatabase recovery = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        recovery.setDatabaseName(m_path);
        QSqlQuery read(recovery);
        if (!recovery.open() || !read.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !read.next()) {
            const QSqlError error = read.lastError().isValid() ? read.lastError() : recovery.lastError();
            problem = sqliteFailure(error, m_path).value_or(writeFailure(m_path)).cause;
            detail = error.text();
        }
        read.finish();
        recovery.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    m_lock->unlock();
    if (!problem.isEmpty())
        throw impossible(problem, detail);
}

void Database::migrateFrom(int version)
{
    bool keepOk = false;
    const int keep =
        queryScalar(m_connection, QStringLiteral("SELECT value FROM meta WHERE key = 'backups_kept'")).toInt(&keepOk);
    m_migrationBackup =
        Backups::copy(m_path, QStringLiteral("migration"), keepOk && keep > 0 ? keep : Backups::DefaultKeep);
    setChangeSource(ChangeSource::Migration);
    beginTransaction();
    try {
        schema::migrate(m_connection, version);
        logMigration(version);
        commitTransaction();
    } catch (...) {
        if (m_transactionDepth > 0)
            rollbackTransaction();
        throw;
    }
    setChangeSource(ChangeSource::Editor);
}

void Database::logMigration(int fromVersion)
{
    QSqlQuery log(m_connection);
    log.prepare(QStringLiteral("INSERT INTO change_log (changed_at, user_name, entity, entity_uuid, "
                               "entity_label, operation, field, old_value, new_value, source) "
                               "VALUES (?, ?, 'database', '', '', 'migration', 'user_version', ?, ?, "
                               "'migration')"));
    log.addBindValue(Clock::currentDateTimeUtc().toString(Qt::ISODate));
    log.addBindValue(m_userName);
    log.addBindValue(QString::number(fromVersion));
    log.addBindValue(QString::number(SchemaVersion));
    if (!log.exec())
        throw StorageError(sqlFailureMessage(log.lastError(), m_path));
}

void Database::ensureWritable() const
{
    if (!m_readOnly)
        return;
    // A server's name is a phrase ("database « pacte » on host"), not a file name.
    if (m_server)
        throw StorageError(failureMessage(Tr::tr("The %1 is open read-only").arg(displayName()), m_readOnlyCause,
                                          Tr::tr("The change was not saved.")));
    throw StorageError(Tr::tr("The database %1 is open read-only: the change was not saved.").arg(displayName()));
}

QString Database::displayName() const
{
    return m_server ? m_server->displayName() : QFileInfo(m_path).fileName();
}

void Database::beginTransaction()
{
    if (m_transactionDepth == 0) {
        m_rollbackOnly = false;
        if (!m_connection.transaction())
            throw StorageError(sqlFailureMessage(m_connection.lastError(), m_path));
    }
    ++m_transactionDepth;
}

void Database::commitTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0)
        return;
    if (m_rollbackOnly) {
        m_connection.rollback();
        throw StorageError(Tr::tr("The change was cancelled because part of it failed."));
    }
    // Through a query rather than QSqlDatabase::commit(), whose error drops SQLite's result code: a
    // full disk would be reported as an unexpected error, with SQLite's English text.
    QSqlQuery commit(m_connection);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        commit.finish();
        m_connection.rollback();
        throw StorageError(sqlFailureMessage(error, m_path));
    }
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_connection.rollback();
}

} // namespace pacte
