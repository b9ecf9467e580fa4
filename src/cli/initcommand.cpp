#include "cliutil.h"
#include "command.h"
#include "exchange/demodata.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace pacte::cli {

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "init");
    const QString path = parser.positionalArguments().constFirst();

    const bool demo = parser.isSet(QStringLiteral("demo"));
    try {
        // Built under a temporary name, renamed last: a killed init leaves nothing under FILE.
        if (demo)
            createDemoDatabase(path, Database::systemUserName());
        else
            Database::create(path, Database::systemUserName());
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    printOut(demo ? Tr::tr("Created %1 with the Hérault demo data.").arg(path) : Tr::tr("Created %1.").arg(path));
    return ExitOk;
}

} // namespace pacte::cli
