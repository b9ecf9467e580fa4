#include "cliutil.h"
#include "command.h"
#include "exchange/dump.h"

#include <QFile>
#include <QSaveFile>

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
    auto db = openForReading(parser.positionalArguments().constFirst());
    const QByteArray bytes = exportDump(*db);
    // QSaveFile writes a temporary file and renames it: no partial file is ever left behind.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw UsageError{Tr::tr("%1 cannot be written: %2").arg(output, file.errorString())};
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
        throw UsageError{Tr::tr("%1 cannot be read: %2").arg(input, in.errorString())};
    if (in.size() > 200 * 1024 * 1024)
        throw UsageError{Tr::tr("%1 is too large for a Pacte dump (over 200 MB).").arg(input)};
    const QByteArray bytes = in.readAll();
    if (QFile::exists(path))
        throw UsageError{Tr::tr("The file %1 already exists: the dump is restored into a new file.").arg(path)};
    auto db = Database::create(path, Database::systemUserName());
    try {
        importDump(*db, bytes);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        throw;
    }
    printOut(Tr::tr("Restored %1 into %2.").arg(input, path));
    return ExitOk;
}

} // namespace pacte::cli
