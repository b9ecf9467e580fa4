#pragma once

#include "xlsxreader.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QVariantList>

namespace pacte {

// A spreadsheet to import from, whichever its format: the sheets of a workbook, or the one table of a
// CSV file (named after the file), each row as the user sees it numbered (`rows[i]` is row i + 1).
// A CSV cell is text; a workbook cell is text, a number, a date or a yes/no.
struct SpreadsheetFile
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    QString encoding;                   // of a CSV file: "UTF-8", "Windows-1252", "UTF-16"
    QChar separator = QLatin1Char(';'); // of a CSV file
    QList<XlsxSheet> sheets;

    // The sheet called `name` (case-insensitive); the first visible sheet when `name` is empty.
    // Throws InputError naming the sheets there are when there is no such sheet.
    const XlsxSheet& sheet(const QString& name) const;
};

// Reads a CSV or XLSX file (told apart by their content, not their name). A CSV file's encoding is
// found among UTF-8, UTF-16 (with a byte-order mark: Excel's "texte Unicode") and Windows-1252, its
// separator among semicolon, comma and tab. Throws InputError, in French, for a file that cannot be
// read (missing, too large, a quote never closed, a broken workbook); `name` is the file's, for
// messages and as the sheet name of a CSV file.
SpreadsheetFile readSpreadsheet(const QByteArray& bytes, const QString& name);
SpreadsheetFile readSpreadsheetFile(const QString& path);

// The text of a CSV file and the encoding it was found in.
QString decodeCsvText(const QByteArray& bytes, QString* encoding = nullptr);
// The separator that splits the first lines of `text` into the same, largest number of fields.
QChar detectCsvSeparator(const QString& text);
// RFC 4180 records (quoted fields may hold separators, quotes doubled and line breaks; CRLF, LF or CR
// line ends). Throws InputError naming the line where a quote is never closed.
QList<QVariantList> parseCsv(const QString& text, QChar separator);

} // namespace pacte
