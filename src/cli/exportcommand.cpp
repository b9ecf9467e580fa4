#include "cliutil.h"
#include "command.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/failures.h"
#include "storage/newfile.h"
#include "storage/outputpath.h"

#include <QFile>
#include <QFileInfo>

namespace pacte::cli {

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "export");
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError{Tr::tr("missing -o OUT.json.")};
    if (output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
        output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return runExportTables(parser, output);
    if (!output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        throw UsageError{
            Tr::tr("%1: the file written is a full dump (.json), a workbook (.xlsx) or a table (.csv).").arg(output)};
    for (const char* option : {"table", "edition", "comma", "bom"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            throw UsageError{Tr::tr("--%1 is for a workbook or a table (.xlsx, .csv); the full dump holds every "
                                    "edition.")
                                 .arg(QString::fromLatin1(option))};
    }
    if (const QString problem = outputPathProblem(output, {parser.positionalArguments().constFirst()});
        !problem.isEmpty())
        throw UsageError{problem};
    auto db = openForReading(parser.positionalArguments().constFirst());
    const QByteArray bytes = exportDump(*db);
    // Written under a temporary name and renamed when complete: no partial file is ever left behind.
    writeNewFile(output, bytes, Tr::tr("%1 cannot be written").arg(output));
    printOut(Tr::tr("Wrote %1.").arg(output));
    return ExitOk;
}

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "import");
    const QString path = parser.positionalArguments().at(0);
    const QString input = parser.positionalArguments().at(1);
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        throw UsageError{failureMessage(Tr::tr("%1 cannot be read").arg(input), readFailure(input),
                                        Tr::tr("Nothing was created."), in.errorString())};
    if (in.size() > 200 * 1024 * 1024)
        throw UsageError{Tr::tr("%1 is too large for a Pacte dump (over 200 MB).").arg(input)};
    const QByteArray bytes = in.readAll();
    if (QFile::exists(path))
        throw UsageError{Tr::tr("The file %1 already exists: the dump is restored into a new file.").arg(path)};
    // Restored under a temporary name, renamed last: a refused dump or a killed run leaves nothing.
    try {
        Database::create(path, Database::systemUserName(), [&bytes](Database& db) { importDump(db, bytes); });
    } catch (const InputError& error) {
        // The place in the dump comes with the file it is in.
        throw UsageError{Tr::tr("%1: %2").arg(QFileInfo(input).fileName(), error.message())};
    }
    printOut(Tr::tr("Restored %1 into %2.").arg(input, path));
    return ExitOk;
}

} // namespace pacte::cli
