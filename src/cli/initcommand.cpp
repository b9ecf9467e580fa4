#include "cliutil.h"
#include "command.h"
#include "exchange/dump.h"
#include "storage/storageerror.h"

namespace pacte::cli {

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the database to create"));
    parser.addOption({QStringLiteral("demo"), Tr::tr("fill it with the Hérault demo data")});
    parseOrThrow(parser, arguments, "init FILE [--demo]", 1);
    const QString path = parser.positionalArguments().constFirst();

    const bool demo = parser.isSet(QStringLiteral("demo"));
    try {
        // The demo data is loaded before the file takes its name: a killed init leaves nothing there.
        Database::create(path, Database::systemUserName(), demo ? Database::Filler(loadDemoData) : Database::Filler());
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    printOut(demo ? Tr::tr("Created %1 with the Hérault demo data.").arg(path) : Tr::tr("Created %1.").arg(path));
    return ExitOk;
}

} // namespace pacte::cli
