#include "cliutil.h"
#include "command.h"
#include "exchange/dump.h"
#include "storage/storageerror.h"

#include <QFile>

namespace pacte::cli {

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "init");
    const QString path = parser.positionalArguments().constFirst();

    std::unique_ptr<Database> db;
    try {
        db = Database::create(path, Database::systemUserName());
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        try {
            loadDemoData(*db);
        } catch (...) {
            db.reset();
            QFile::remove(path);
            throw;
        }
        printOut(Tr::tr("Created %1 with the Hérault demo data.").arg(path));
    } else {
        printOut(Tr::tr("Created %1.").arg(path));
    }
    return ExitOk;
}

} // namespace pacte::cli
