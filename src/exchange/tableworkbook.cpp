#include "tableworkbook.h"

#include "domain/clock.h"
#include "editiontables.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <future>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Workbook)
};

// Widths from the header and the first rows (enough to fit a column; measuring 300,000 measurements
// took a tenth of the workbook's time).
constexpr qsizetype RowsMeasured = 2000;

QList<int> columnWidths(const TableData& table)
{
    QList<int> widths;
    for (const auto& header : table.headers)
        widths.append(static_cast<int>(header.size()) + 3); // room for the filter's arrow
    for (const auto& row : table.rows.first(std::min(table.rows.size(), RowsMeasured))) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)) + 1);
    }
    for (auto& width : widths)
        width = std::min(width, MaxColumnWidth);
    return widths;
}

} // namespace

void writeTableSheet(XlsxBook::Sheet sheet, const TableData& table)
{
    const QList<int> widths = columnWidths(table);
    for (qsizetype column = 0; column < widths.size(); ++column)
        sheet.setColumn(static_cast<int>(column), widths.at(column));
    for (qsizetype column = 0; column < table.headers.size(); ++column)
        sheet.write(0, static_cast<int>(column), table.headers.at(column), XlsxBook::Style::Header);
    if (table.rows.size() + 1 > XlsxBook::MaxRows)
        throw StorageError(Tr::tr("The table %1 has %L2 rows, more than a spreadsheet holds (%L3).")
                               .arg(table.name)
                               .arg(table.rows.size())
                               .arg(XlsxBook::MaxRows - 1));
    int row = 1;
    for (const auto& cells : table.rows) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            sheet.write(row, static_cast<int>(column), cells.at(column));
        ++row;
    }
    sheet.freezeTopRow();
    sheet.autoFilter(static_cast<int>(table.rows.size()), static_cast<int>(table.headers.size()) - 1);
}

QByteArray writeTablesWorkbook(const QList<TableData>& tables, const XlsxBook::Properties& properties)
{
    XlsxBook book(properties);
    for (const auto& table : tables)
        writeTableSheet(book.addSheet(table.name), table);
    return book.finish();
}

QByteArray writeEditionWorkbook(Database& db, Id editionId)
{
    EditionTablesSource source = loadEditionTablesSource(db, editionId, false);
    // The yearly counts ask the change log about every year, which on a large edition takes as long as
    // writing the other sheets: a second, read-only connection computes them meanwhile.
    std::future<QList<EditionTablesSource::Year>> years;
    if (!db.path().isEmpty()) {
        years = std::async(std::launch::async, [path = db.path(), data = source.data] {
            // openReader: the file was checked when it was opened; checking it again cost half a second.
            const auto reader = Database::openReader(path, QString());
            return loadYearlyCounts(*reader, data);
        });
    }
    const Edition& edition = source.data.edition;
    XlsxBook::Properties properties;
    properties.title =
        edition.departement.isEmpty() ? edition.title : Tr::tr("%1 — %2").arg(edition.title, edition.departement);
    properties.subject = Tr::tr("Territorial pact for insertion (PTI): the edition's tables");
    properties.author = db.userName();
    properties.comments = Tr::tr("Written by Pacte on %1; figures of the day, evaluation counts per year.")
                              .arg(Clock::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
    properties.created = Clock::currentDateTimeUtc();
    XlsxBook book(properties);
    QList<XlsxBook::Sheet> sheets;
    for (const EditionTable table : workbookTables())
        sheets.append(book.addSheet(editionTableName(table)));
    // The measurements, half of the cells, are built and written on a second thread meanwhile (with
    // the indicators too, that thread finished a second after this one); the table sheets' formats are
    // made first (XlsxBook::prepareStyle).
    book.prepareStyle(XlsxBook::Style::Header, false);
    book.prepareStyle(XlsxBook::Style::Plain, true);
    const QList<EditionTable> onSecondThread{EditionTable::Measurements};
    std::future<void> second = std::async(std::launch::async, [&] {
        for (const EditionTable table : onSecondThread)
            writeTableSheet(sheets.at(workbookTables().indexOf(table)), buildEditionTable(source, table));
    });
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const EditionTable table = workbookTables().at(i);
        if (onSecondThread.contains(table))
            continue;
        if (table == EditionTable::Evaluation) {
            bool done = false;
            if (years.valid()) {
                try {
                    source.years = years.get();
                    done = true;
                } catch (const StorageError&) {
                    // The file could not be opened a second time: count on this connection.
                }
            }
            if (!done)
                source.years = loadYearlyCounts(db, source.data);
        }
        writeTableSheet(sheets.at(i), buildEditionTable(source, table)); // one table in memory at a time
    }
    second.get(); // its failure is the workbook's
    return book.finish();
}

} // namespace pacte
