// pacte-cli export FILE -o OUT.csv --table TABLE: one table of an edition, as a spreadsheet reads it.
#include "cliutil.h"
#include "command.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/tablefiles.h"
#include "storage/storageerror.h"

namespace pacte::cli {

int runExportTables(const QCommandLineParser& parser, const QString& output)
{
    const QString code = parser.value(QStringLiteral("table"));
    if (code.isEmpty())
        throw UsageError{Tr::tr("a CSV file holds one table: give --table %1.").arg(csvTableCodes().join(u'|'))};
    const auto table = editionTableFromCode(code);
    if (!table)
        throw UsageError{Tr::tr("unknown table \"%1\" (expected one of: %2).")
                             .arg(code, csvTableCodes().join(QStringLiteral(", ")))};
    auto db = openForReading(parser.positionalArguments().constFirst());
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    const EditionTablesSource source = loadEditionTablesSource(*db, edition.id, false);
    const TableData data = buildEditionTable(source, *table);
    CsvOptions options;
    options.separator = parser.isSet(QStringLiteral("comma")) ? QLatin1Char(',') : QLatin1Char(';');
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    try {
        saveExportFile(output, writeCsv(data, options));
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    printOut(Tr::tr("Wrote %1: %2, %n row(s).", nullptr, static_cast<int>(data.rows.size())).arg(output, data.name));
    return ExitOk;
}

} // namespace pacte::cli
