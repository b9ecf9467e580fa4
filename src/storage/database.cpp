#include "database.h"

#include "backups.h"
#include "fileinspector.h"
#include "platform.h"
#include "schema.h"
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
    if (m_connection.isOpen()) {
        if (m_transactionDepth > 0)
            m_connection.rollback();
        m_connection.close();
    }
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
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

void Database::openConnection(bool readOnly)
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(m_path);
    if (readOnly)
        m_connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_connection.open())
        throw StorageError(Tr::tr("The database %1 cannot be opened: %2")
                               .arg(QFileInfo(m_path).fileName(), m_connection.lastError().text()));
}

void Database::applyPragmas()
{
    // Connection settings only: nothing here writes to the file.
    schema::execAll(m_connection,
                    {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 2000"),
                     QStringLiteral("PRAGMA synchronous = FULL")});
}

void Database::applyJournalMode()
{
    // Can rewrite the header (of a file someone switched to WAL): only once the file was accepted and,
    // when it is migrated, backed up.
    if (!m_readOnly)
        schema::execAll(m_connection, {QStringLiteral("PRAGMA journal_mode = DELETE")});
}

void Database::verifyIntegrity()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok"))
        throw StorageError(Tr::tr("The file %1 is damaged and cannot be opened (SQLite integrity check failed).")
                               .arg(QFileInfo(m_path).fileName()));
}

void Database::readIdentity()
{
    m_databaseUuid = QUuid::fromString(
        queryScalar(m_connection, QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")));
    if (m_databaseUuid.isNull())
        throw StorageError(Tr::tr("The file %1 is an incomplete Pacte database (it has no identity).")
                               .arg(QFileInfo(m_path).fileName()));
}

std::unique_ptr<Database> Database::create(const QString& path, const QString& userName)
{
    std::unique_ptr<Database> db(new Database(path, userName));
    const QFileInfo info(db->m_path);
    if (info.exists())
        throw StorageError(Tr::tr("The file %1 already exists: choose another name.").arg(db->m_path));
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(Tr::tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    if (!db->m_lock->tryLock(db->m_userName))
        throw StorageError(Tr::tr("The file %1 is being created by another instance of Pacte.").arg(db->m_path));

    // Build the file under a temporary name and rename it into place, so that a failure never
    // leaves a half-made database under the requested name.
    const QString finalPath = db->m_path;
    const QString buildPath = finalPath + QStringLiteral(".creating");
    QFile::remove(buildPath);
    db->m_path = buildPath;
    try {
        db->openConnection(false);
        db->applyPragmas();
        db->applyJournalMode();
        db->beginTransaction();
        schema::createVersion1(db->m_connection);
        QSqlQuery meta(db->m_connection);
        meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> entries{
            {QStringLiteral("database_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), db->m_userName}};
        for (const auto& [key, value] : entries) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (!meta.exec())
                throw StorageError(meta.lastError().text());
        }
        schema::migrate(db->m_connection, 1);
        db->commitTransaction();
        db->m_connection.close();
    } catch (...) {
        db->m_transactionDepth = 0;
        db->m_connection.close();
        QFile::remove(buildPath);
        throw;
    }
    if (!QFile::rename(buildPath, finalPath)) {
        QFile::remove(buildPath);
        throw StorageError(Tr::tr("The file %1 could not be written.").arg(finalPath));
    }
    db->m_path = finalPath;
    db->m_connection.setDatabaseName(finalPath);
    if (!db->m_connection.open())
        throw StorageError(db->m_connection.lastError().text());
    db->applyPragmas();
    db->applyJournalMode();
    db->readIdentity();
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, const QString& userName, Access access)
{
    std::unique_ptr<Database> db(new Database(path, userName));
    const FileInspection inspection = inspectDatabaseFile(db->m_path, SchemaVersion);
    if (!inspection.acceptable)
        throw StorageError(inspection.problem);

    const QFileInfo info(db->m_path);
    db->m_readOnly = access == Access::ReadOnly;
    if (!db->m_readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        db->m_readOnly = true;
    if (!db->m_readOnly && !db->m_lock->tryLock(db->m_userName)) {
        db->m_readOnly = true;
        db->m_lockedByOther = true;
        db->m_lockHolder = db->m_lock->holder();
    }
    const bool needsMigration = inspection.userVersion < SchemaVersion;
    if (needsMigration && db->m_readOnly)
        throw StorageError(
            Tr::tr("The file %1 uses an older data format and must be updated, which is impossible while "
                   "it is read-only or open in another instance of Pacte.")
                .arg(info.fileName()));

    db->openConnection(db->m_readOnly);
    db->applyPragmas();
    db->verifyIntegrity();
    if (needsMigration) {
        bool keepOk = false;
        const int keep =
            queryScalar(db->m_connection, QStringLiteral("SELECT value FROM meta WHERE key = 'backups_kept'"))
                .toInt(&keepOk);
        db->m_migrationBackup =
            Backups::copy(db->m_path, QStringLiteral("migration"), keepOk && keep > 0 ? keep : Backups::DefaultKeep);
        db->setChangeSource(ChangeSource::Migration);
        db->beginTransaction();
        try {
            schema::migrate(db->m_connection, inspection.userVersion);
            QSqlQuery log(db->m_connection);
            log.prepare(QStringLiteral("INSERT INTO change_log (changed_at, user_name, entity, entity_uuid, "
                                       "entity_label, operation, field, old_value, new_value, source) "
                                       "VALUES (?, ?, 'database', '', '', 'migration', 'user_version', ?, ?, "
                                       "'migration')"));
            log.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            log.addBindValue(db->m_userName);
            log.addBindValue(QString::number(inspection.userVersion));
            log.addBindValue(QString::number(SchemaVersion));
            if (!log.exec())
                throw StorageError(log.lastError().text());
            db->commitTransaction();
        } catch (...) {
            db->rollbackTransaction();
            throw;
        }
        db->setChangeSource(ChangeSource::Editor);
    }
    db->applyJournalMode();
    db->readIdentity();
    return db;
}

void Database::ensureWritable() const
{
    if (m_readOnly)
        throw StorageError(
            Tr::tr("The database %1 is open read-only: the change was not saved.").arg(QFileInfo(m_path).fileName()));
}

void Database::beginTransaction()
{
    if (m_transactionDepth == 0) {
        m_rollbackOnly = false;
        if (!m_connection.transaction())
            throw StorageError(m_connection.lastError().text());
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
    if (!m_connection.commit()) {
        const QString error = m_connection.lastError().text();
        m_connection.rollback();
        throw StorageError(Tr::tr("The change could not be saved: %1").arg(error));
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
