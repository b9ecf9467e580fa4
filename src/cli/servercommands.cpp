#include "cliutil.h"
#include "command.h"
#include "storage/serveraddress.h"
#include "storage/serverrights.h"
#include "storage/storageerror.h"

namespace pacte::cli {

namespace {

QString serverArgument(const QCommandLineParser& parser)
{
    const QString address = parser.positionalArguments().constFirst();
    QString error;
    if (!ServerAddress::parse(address, &error))
        throw UsageError{error.isEmpty() ? Tr::tr("%1 is not a server address (postgresql://…).").arg(address) : error};
    return address;
}

} // namespace

int runServerInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "server-init");
    const QString address = serverArgument(parser);
    const QString coordinator = parser.value(QStringLiteral("coordinator")).trimmed();
    if (coordinator.isEmpty())
        throw UsageError{Tr::tr("Name the first coordinator with --coordinator USER.")};
    try {
        std::unique_ptr<Database> db;
        bool created = false;
        try {
            db = Database::open(address, Database::systemUserName());
        } catch (const PasswordNeeded&) {
            throw;
        } catch (const StorageError&) {
            // An empty database gets Pacte's tables; any other refusal is said by the creation.
            db = Database::create(address, Database::systemUserName());
            created = true;
        }
        serverrights::install(*db);
        serverrights::grant(*db, coordinator, serverrights::Role::Coordinator, {});
        const auto roles = serverrights::roleNames(db->connection().databaseName());
        printOut(
            (created ? Tr::tr("Pacte's tables created on %1.").arg(db->displayName()) + QLatin1Char('\n') : QString()) +
            Tr::tr("Rights installed: %1 (coordinator), %2 (territorial referent), %3 (reader). %4 is "
                   "coordinator.")
                .arg(roles.coordination, roles.referent, roles.reader, coordinator));
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    return ExitOk;
}

int runServerGrant(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "server-grant");
    const QString address = serverArgument(parser);
    const QString user = parser.positionalArguments().at(1).trimmed();
    const QString roleText = parser.value(QStringLiteral("role"));
    serverrights::Role role;
    if (roleText == QLatin1String("coordinator"))
        role = serverrights::Role::Coordinator;
    else if (roleText == QLatin1String("referent"))
        role = serverrights::Role::Referent;
    else if (roleText == QLatin1String("reader"))
        role = serverrights::Role::Reader;
    else
        throw UsageError{Tr::tr("The role must be coordinator, referent or reader (--role).")};
    try {
        const auto db = Database::open(address, Database::systemUserName());
        serverrights::grant(*db, user, role, parser.values(QStringLiteral("territory")));
        printOut(role == serverrights::Role::Coordinator ? Tr::tr("%1 now has the coordinator's role.").arg(user)
                 : role == serverrights::Role::Referent
                     ? Tr::tr("%1 is now a territorial referent.").arg(user)
                     : Tr::tr("%1 now reads the database without changing it.").arg(user));
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    return ExitOk;
}

} // namespace pacte::cli
