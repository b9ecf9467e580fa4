#pragma once

#include "tabledata.h"

#include <QByteArray>

namespace pacte {

// How a CSV file is written. French spreadsheets expect semicolons, and then read "12,5" as a number
// and "31/12/2025" as a date; with commas (an English spreadsheet) numbers take a decimal point and
// dates the ISO form.
struct CsvOptions
{
    QChar separator = QLatin1Char(';');
    // A UTF-8 byte-order mark, without which Excel reads UTF-8 as Windows-1252.
    bool byteOrderMark = false;
};

// The table as CSV (RFC 4180: CRLF line ends, a field holding the separator, a quote or a line break
// is quoted and its quotes doubled), UTF-8, header row first.
QByteArray writeCsv(const TableData& table, const CsvOptions& options = {});

// One value as the CSV holds it (without quoting).
QString csvText(const QVariant& value, const CsvOptions& options);

} // namespace pacte
