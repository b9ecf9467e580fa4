// Database on a PostgreSQL server (team mode): connecting, creating the schema, checking it.
#include "database.h"
#include "failures.h"
#include "postgressql.h"
#include "schema.h"
#include "serverrights.h"
#include "statementcache.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Database)
};

QMutex passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> known;
    return known;
}

QString rememberedPassword(const QString& location)
{
    const QMutexLocker locker(&passwordsMutex);
    return passwords().value(location);
}

// Why the server refused the connection, in the user's words, from libpq's message.
FailureCause connectionFailure(const QString& text, const ServerAddress& server)
{
    const auto has = [&](const char* part) { return text.contains(QLatin1String(part), Qt::CaseInsensitive); };
    if (has("does not exist") && has("database"))
        return {Tr::tr("the server has no database « %1 »").arg(server.database),
                Tr::tr("Check its name, or ask the IT service to create it (see the administration guide).")};
    if (has("role") && has("does not exist"))
        return {Tr::tr("the server knows no user « %1 »").arg(server.user),
                Tr::tr("Check the user name, or ask the IT service to create your account.")};
    if (has("no pg_hba.conf entry") || has("permission denied") || has("not permitted"))
        return {Tr::tr("the server does not let this user connect from here"),
                Tr::tr("Ask the IT service to allow the connection.")};
    if (has("Connection refused") || has("No such file or directory") || has("could not translate host name") ||
        has("timeout") || has("timed out") || has("could not connect") || has("Network is unreachable"))
        return {Tr::tr("the server cannot be reached"),
                Tr::tr("Check the host name and the port, and that the network is up, then try again.")};
    return {Tr::tr("the server refused the connection"), Tr::tr("Check the address, then try again.")};
}

} // namespace

Database::Database(const ServerAddress& server, const QString& userName)
    : m_path(server.toString())
    , m_server(server)
    , m_connectionName(QStringLiteral("pacte-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_userName(userName.isEmpty() ? systemUserName() : userName)
{}

void Database::rememberPassword(const QString& path, const QString& password)
{
    const auto server = ServerAddress::parse(path);
    const QMutexLocker locker(&passwordsMutex);
    passwords().insert(server ? server->toString() : path, password);
}

void Database::connectToServer()
{
    m_connection = QSqlDatabase::addDatabase(QLatin1String(postgres::Driver), m_connectionName);
    if (!m_connection.isValid())
        throw StorageError(
            failureMessage(Tr::tr("The %1 cannot be opened").arg(displayName()),
                           {Tr::tr("Qt's PostgreSQL driver is not installed"),
                            Tr::tr("Install the package libqt6sql6-psql (Debian, Ubuntu), then try again.")},
                           Tr::tr("Nothing was changed.")));
    m_connection.setHostName(m_server->host);
    if (m_server->port > 0)
        m_connection.setPort(m_server->port);
    m_connection.setDatabaseName(m_server->database);
    m_connection.setUserName(m_server->user);
    const QString password = m_server->password.isEmpty() ? rememberedPassword(m_path) : m_server->password;
    m_connection.setPassword(password);
    QStringList options = m_server->options;
    if (!m_server->connectOptions().contains(QLatin1String("application_name=")))
        options << QStringLiteral("application_name=Pacte");
    if (!m_server->connectOptions().contains(QLatin1String("connect_timeout=")))
        options << QStringLiteral("connect_timeout=10");
    m_connection.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_connection.open()) {
        const QString text = m_connection.lastError().text();
        const QString what = Tr::tr("The %1 cannot be opened").arg(displayName());
        // The window asks for the password; a command (pacte-cli) shows these messages, hence the remedies.
        if (text.contains(QLatin1String("no password supplied")))
            throw PasswordNeeded(
                failureMessage(what,
                               {Tr::tr("the server asks for a password"),
                                Tr::tr("Give it in the variable PGPASSWORD or in the file ~/.pgpass.")},
                               Tr::tr("Nothing was changed.")),
                false);
        if (text.contains(QLatin1String("password authentication failed")))
            throw PasswordNeeded(
                failureMessage(what,
                               {Tr::tr("the password was refused"),
                                Tr::tr("Check the password given (PGPASSWORD, ~/.pgpass), then try again.")},
                               Tr::tr("Nothing was changed."), text),
                true);
        throw StorageError(
            failureMessage(what, connectionFailure(text, *m_server), Tr::tr("Nothing was changed."), text));
    }
    schema::execAll(m_connection, postgres::connectionSettings());
    // The change log names the database user: the server knows who connected, whatever the screen says.
    QSqlQuery who(m_connection);
    if (who.exec(QStringLiteral("SELECT session_user")) && who.next())
        m_userName = who.value(0).toString();
}

std::unique_ptr<Database> Database::createOnServer(const ServerAddress& server, const QString& userName,
                                                   const Filler& fill)
{
    std::unique_ptr<Database> db(new Database(server, userName));
    db->connectToServer();
    QSqlQuery count(db->m_connection);
    if (!count.exec(postgres::tableCount()) || !count.next())
        throw StorageError(sqlFailureMessage(count.lastError(), db->m_path));
    if (count.value(0).toInt() > 0)
        throw StorageError(failureMessage(
            Tr::tr("The %1 cannot be prepared for Pacte").arg(db->displayName()),
            {Tr::tr("it already holds tables"), Tr::tr("Choose an empty database, or open this one if it is Pacte's.")},
            Tr::tr("Nothing was changed.")));
    // One transaction for the schema, the identity and what `fill` writes: PostgreSQL's DDL is
    // transactional, so a failure leaves the database empty, as the file's temporary name does.
    db->beginTransaction();
    try {
        schema::createOnServer(db->m_connection);
        db->writeNewIdentity();
        db->readIdentity();
        if (fill)
            fill(*db);
        db->commitTransaction();
    } catch (...) {
        if (db->m_transactionDepth > 0)
            db->m_connection.rollback();
        db->m_transactionDepth = 0;
        throw;
    }
    db->readIdentity();
    return db;
}

std::unique_ptr<Database> Database::openOnServer(const ServerAddress& server, const QString& userName, Access access)
{
    std::unique_ptr<Database> db(new Database(server, userName));
    db->m_readOnly = access == Access::ReadOnly;
    if (db->m_readOnly)
        db->m_readOnlyCause = {Tr::tr("it was opened for reading only"), {}};
    db->connectToServer();
    db->verifyServerSchema();
    db->readIdentity();
    // A reader's changes would all be refused by the server: none is attempted.
    db->m_serverRights = serverrights::userRights(*db);
    if (db->m_serverRights && db->m_serverRights->role == serverrights::Role::Reader) {
        db->m_readOnly = true;
        db->m_readOnlyCause = {Tr::tr("your role on the server lets you read it, not change it"),
                               Tr::tr("Ask the coordinator if you need to change it.")};
    }
    return db;
}

void Database::verifyServerSchema()
{
    const QString what = Tr::tr("The %1 cannot be opened").arg(displayName());
    QSqlQuery count(m_connection);
    if (!count.exec(postgres::tableCount()) || !count.next())
        throw StorageError(sqlFailureMessage(count.lastError(), m_path));
    if (count.value(0).toInt() == 0)
        throw StorageError(failureMessage(
            what,
            {Tr::tr("it is empty"), Tr::tr("Prepare it with « pacte-cli server-init », or copy a Pacte file onto it "
                                           "with « pacte-cli copy ».")},
            Tr::tr("Nothing was changed.")));
    if (QSqlQuery rights(m_connection);
        rights.exec(postgres::mayReadMeta()) && rights.next() && !rights.value(0).toBool())
        throw StorageError(failureMessage(
            what,
            {Tr::tr("the user « %1 » has no rights on it").arg(m_userName),
             Tr::tr("Ask the database's administrator to give you a role (« pacte-cli server-grant »).")},
            Tr::tr("Nothing was changed.")));
    const int version = schema::serverVersion(m_connection);
    if (version <= 0)
        throw StorageError(failureMessage(what,
                                          {Tr::tr("it is not a Pacte database (it has no Pacte format version)"), {}},
                                          Tr::tr("Nothing was changed.")));
    if (version > SchemaVersion)
        throw StorageError(failureMessage(
            what,
            {Tr::tr("it was written by a later version of Pacte (data format %1; this one reads up to %2)")
                 .arg(version)
                 .arg(SchemaVersion),
             Tr::tr("Install the same version of Pacte as the other users of the database.")},
            Tr::tr("Nothing was changed.")));
    if (version < schema::FirstServerFormat)
        throw StorageError(failureMessage(
            what,
            {Tr::tr("it uses the older data format %1, which this version cannot update on a server").arg(version),
             Tr::tr("Copy it to a file with the version of Pacte that wrote it, then copy that file back.")},
            Tr::tr("Nothing was changed.")));
    // The database must be exactly its format before it is updated, as a file must.
    const schema::SchemaDifference difference = schema::compareWithFormat(m_connection, version);
    if (difference.isEmpty()) {
        if (version < SchemaVersion)
            migrateServer(version);
        return;
    }
    QStringList entries = difference.missing.mid(0, 4);
    if (!difference.foreign.isEmpty())
        throw StorageError(
            failureMessage(what,
                           {Tr::tr("it holds objects that Pacte does not define (%1): it was altered outside Pacte")
                                .arg(difference.foreign.mid(0, 4).join(QStringLiteral(", "))),
                            Tr::tr("Have them removed by the database's administrator.")},
                           Tr::tr("Nothing was changed.")));
    throw StorageError(
        failureMessage(what,
                       {Tr::tr("part of its schema is missing (%1)").arg(entries.join(QStringLiteral(", "))),
                        Tr::tr("Have it restored from its latest backup by the database's administrator.")},
                       Tr::tr("Nothing was changed.")));
}

// An older format is updated in place, in one transaction: PostgreSQL's DDL is transactional, so a
// refusal (the user does not own the tables) leaves the database as it was, for its owner to update.
void Database::migrateServer(int version)
{
    const QString what = Tr::tr("The %1 cannot be opened").arg(displayName());
    if (m_readOnly)
        throw FormatUpdateNeeded(failureMessage(
            what,
            {Tr::tr("it uses the older data format %1 and must be updated, which a reading-only opening cannot do")
                 .arg(version),
             Tr::tr("Open it once for writing with this version of Pacte, then try again.")},
            Tr::tr("Nothing was changed.")));
    if (!m_connection.transaction())
        throw StorageError(sqlFailureMessage(m_connection.lastError(), m_path));
    try {
        schema::migrateOnServer(m_connection, version);
        logMigration(version);
    } catch (const StorageError& error) {
        m_connection.rollback();
        throw StorageError(failureMessage(
            what,
            {Tr::tr("it uses the older data format %1, and updating it to format %2 was refused")
                 .arg(version)
                 .arg(SchemaVersion),
             Tr::tr("Only the owner of its tables may update it: ask the database's administrator to open it once "
                    "with this version of Pacte, connected as that owner (for instance with « pacte-cli check »).")},
            Tr::tr("Nothing was changed."), error.message()));
    }
    if (!m_connection.commit())
        throw StorageError(sqlFailureMessage(m_connection.lastError(), m_path));
    // The rights (pacte-cli server-init) brought up to date as well: a later Pacte may add a policy or a
    // check (format 14 the referents' new groups'), which install() adds and nothing else changes.
    QSqlQuery rights(m_connection);
    if (rights.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = 'pacte_rights'")) && rights.next())
        serverrights::install(*this);
}

} // namespace pacte
