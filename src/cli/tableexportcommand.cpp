// pacte-cli export FILE -o OUT.xlsx|OUT.csv: an edition's workbook, or one of its tables.
#include "cliutil.h"
#include "command.h"
#include "domain/clock.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/tablefiles.h"
#include "exchange/tableworkbook.h"
#include "storage/storageerror.h"

namespace pacte::cli {

namespace {

std::optional<EditionTable> tableOption(const QCommandLineParser& parser, bool required)
{
    const QString code = parser.value(QStringLiteral("table"));
    if (code.isEmpty()) {
        if (required)
            throw UsageError{Tr::tr("a CSV file holds one table: give --table %1.").arg(csvTableCodes().join(u'|'))};
        return std::nullopt;
    }
    const auto table = editionTableFromCode(code);
    if (!table)
        throw UsageError{Tr::tr("unknown table \"%1\" (expected one of: %2).")
                             .arg(code, csvTableCodes().join(QStringLiteral(", ")))};
    return table;
}

} // namespace

int runExportTables(const QCommandLineParser& parser, const QString& output)
{
    const bool workbook = output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (workbook) {
        for (const char* option : {"comma", "bom"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                throw UsageError{
                    Tr::tr("--%1 is for a CSV file; a workbook has typed cells.").arg(QString::fromLatin1(option))};
        }
    }
    const auto table = tableOption(parser, !workbook);
    auto db = openForReading(parser.positionalArguments().constFirst());
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    try {
        if (workbook && !table) {
            saveExportFile(output, writeEditionWorkbook(*db, edition.id));
            printOut(Tr::tr("Wrote %1: the workbook of %2.").arg(output, edition.title));
            return ExitOk;
        }
        const EditionTablesSource source = loadEditionTablesSource(*db, edition.id, false);
        const TableData data = buildEditionTable(source, *table);
        if (workbook) {
            XlsxBook::Properties properties;
            properties.title = QStringLiteral("%1 — %2").arg(edition.title, data.name);
            properties.author = db->userName();
            properties.created = Clock::currentDateTimeUtc();
            saveExportFile(output, writeTablesWorkbook({data}, properties));
        } else {
            CsvOptions options;
            options.separator = parser.isSet(QStringLiteral("comma")) ? QLatin1Char(',') : QLatin1Char(';');
            options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
            saveExportFile(output, writeCsv(data, options));
        }
        printOut(
            Tr::tr("Wrote %1: %2, %n row(s).", nullptr, static_cast<int>(data.rows.size())).arg(output, data.name));
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    return ExitOk;
}

} // namespace pacte::cli
