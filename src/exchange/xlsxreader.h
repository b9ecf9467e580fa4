#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pacte {

// One sheet of a workbook as read: `rows[i]` is the spreadsheet's row i + 1 (empty rows kept, so that
// a message can name the row the user sees), each cell a QString, a double, a QDate, a bool, or null.
struct XlsxSheet
{
    QString name;
    bool hidden = false;
    QList<QVariantList> rows;
};

struct XlsxWorkbook
{
    QList<XlsxSheet> sheets;

    QStringList sheetNames() const;
    // The sheet called `name` (case-insensitive), or nullptr.
    const XlsxSheet* sheet(const QString& name) const;
};

// Reads an Office Open XML workbook (.xlsx) as Excel, LibreOffice and libxlsxwriter write it, with
// libzip and QXmlStreamReader: shared and inline strings (rich text flattened), numbers, booleans,
// formulas' cached values, dates stored as serial numbers in a date format (1900 and 1904 systems)
// or as ISO text. Throws InputError, in the user's language, for a file that is not a readable
// workbook (not a zip, a part missing or malformed, a member too large).
XlsxWorkbook readXlsx(const QByteArray& bytes);

// Whether `bytes` look like a zip archive (an XLSX file) rather than text.
bool looksLikeZip(const QByteArray& bytes);

// The column letters of a 0-based column index: 0 -> "A", 27 -> "AB".
QString columnLetters(int column);

} // namespace pacte
