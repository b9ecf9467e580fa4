// pacte-cli import-table FILE IN.csv|IN.xlsx --table TABLE: partners, persons, groups or actions from a
// spreadsheet.
#include "cliutil.h"
#include "command.h"
#include "exchange/csvwriter.h"
#include "exchange/inputerror.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tablefiles.h"
#include "exchange/tableimport.h"
#include "exchange/tableworkbook.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>

namespace pacte::cli {

namespace {

QString rejectedLine(const RejectedRow& rejected)
{
    if (rejected.column.isEmpty())
        return Tr::tr("line %1: %2").arg(rejected.line).arg(rejected.reason);
    if (rejected.value.isEmpty())
        return Tr::tr("line %1, column %2: %3").arg(rejected.line).arg(rejected.column, rejected.reason);
    return Tr::tr("line %1, column %2: %3 (value: « %4 »)")
        .arg(rejected.line)
        .arg(rejected.column, rejected.reason, rejected.value);
}

QByteArray readMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{Tr::tr("the mapping %1 cannot be read.").arg(QFileInfo(path).fileName())};
    return file.readAll();
}

} // namespace

int runImportTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "import-table");
    const QString path = parser.positionalArguments().at(0);
    const QString inputPath = parser.positionalArguments().at(1);
    const QString inputName = QFileInfo(inputPath).fileName();
    const QString code = parser.value(QStringLiteral("table"));
    const auto table = importTableFromCode(code);
    if (!table)
        throw UsageError{code.isEmpty()
                             ? Tr::tr("give the table to import: --table %1.").arg(importTableCodes().join(u'|'))
                             : Tr::tr("unknown table \"%1\" (expected one of: %2).")
                                   .arg(code, importTableCodes().join(QStringLiteral(", ")))};
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipRejected = parser.isSet(QStringLiteral("skip-rejected"));

    auto db = dryRun ? openForReading(path) : openForWriting(path);
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    std::unique_ptr<TableImport> import;
    try {
        const SpreadsheetFile file = readSpreadsheetFile(inputPath);
        const XlsxSheet& sheet = file.sheet(parser.value(QStringLiteral("sheet")));
        std::optional<ColumnMapping> mapping;
        if (parser.isSet(QStringLiteral("mapping"))) {
            // The header row is found first, then the mapping applies to its headers.
            const TableImport guessed(*db, edition.id, *table, sheet);
            mapping = mappingFromJson(*table, guessed.headers(), readMapping(parser.value(QStringLiteral("mapping"))));
        }
        import = std::make_unique<TableImport>(*db, edition.id, *table, sheet, mapping);
    } catch (const InputError& error) {
        throw UsageError{QStringLiteral("%1 : %2").arg(inputName, error.message())};
    }

    for (const auto& rejected : import->rejected())
        printErr(QStringLiteral("%1 : %2").arg(inputName, rejectedLine(rejected)));
    if (parser.isSet(QStringLiteral("rejected")) && !import->rejected().isEmpty()) {
        const QString out = parser.value(QStringLiteral("rejected"));
        try {
            const TableData rejected = import->rejectedTable();
            saveExportFile(out, out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                    ? writeTablesWorkbook({rejected}, {})
                                    : writeCsv(rejected));
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
        printErr(Tr::tr("The rejected rows are in %1: fix them there and import that file again.").arg(out));
    }
    const QString summary = import->summary();
    if (!import->rejected().isEmpty() && !skipRejected) {
        printErr(Tr::tr("%1 : %2; nothing was imported. Fix the rejected rows, or give --skip-rejected to import "
                        "the others.")
                     .arg(inputName, summary));
        return ExitFindings;
    }
    if (dryRun) {
        printOut(Tr::tr("%1 : %2; nothing was changed (--dry-run).").arg(inputName, summary));
        return ExitOk;
    }
    QString backup;
    try {
        backup = import->apply(inputName, skipRejected);
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    // A server database has no backup copy (its administrator's pg_dump does that).
    printOut(backup.isEmpty() ? Tr::tr("%1 : %2.").arg(inputName, summary)
                              : Tr::tr("%1 : %2 (backup: %3).").arg(inputName, summary, backup));
    return ExitOk;
}

} // namespace pacte::cli
