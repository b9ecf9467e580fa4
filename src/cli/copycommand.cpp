#include "cliutil.h"
#include "command.h"
#include "storage/databasecopy.h"
#include "storage/schema.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

namespace pacte::cli {

namespace {

// How a database is named in messages: a server without its password.
QString shown(const QString& location)
{
    const auto server = ServerAddress::parse(location);
    return server ? server->toString() : location;
}

} // namespace

int runCopy(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "copy");
    const QString sourcePath = parser.positionalArguments().at(0);
    const QString targetPath = parser.positionalArguments().at(1);
    try {
        const auto source = openForReading(sourcePath);
        const QString user = Database::systemUserName();
        // A server database prepared by server-init already holds the schema (and its rights): the
        // copy goes into it. Otherwise the target is created, schema and rows in one go.
        bool prepared = false;
        if (isServerLocation(targetPath)) {
            try {
                const auto target = Database::open(targetPath, user);
                prepared = true;
                copyDatabase(*source, *target);
            } catch (const PasswordNeeded&) {
                throw;
            } catch (const StorageError&) {
                if (prepared)
                    throw;
            }
        }
        if (!prepared)
            Database::create(targetPath, user, [&](Database& target) { copyDatabase(*source, target); });
        const auto copy = openForReading(targetPath);
        const QStringList differences = compareDatabases(*source, *copy);
        if (!differences.isEmpty())
            throw UsageError{Tr::tr("The copy %1 differs from %2:\n%3")
                                 .arg(shown(targetPath), shown(sourcePath), differences.join(QLatin1Char('\n')))};
        printOut(Tr::tr("Copied %1 to %2: %n tables compared, identical.", nullptr,
                        static_cast<int>(schema::tableShapes().size()))
                     .arg(shown(sourcePath), shown(targetPath)));
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    return ExitOk;
}

} // namespace pacte::cli
