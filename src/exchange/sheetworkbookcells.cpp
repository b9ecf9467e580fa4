#include "sheetworkbookcells.h"

#include <QCoreApplication>

namespace pacte::workbook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetWorkbook)
};

using Style = XlsxBook::Style;

} // namespace

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant orNull(const std::optional<double>& number)
{
    return number ? QVariant(*number) : QVariant();
}

void writeHeader(XlsxBook::Sheet& sheet, const QStringList& headers)
{
    for (int c = 0; c < headers.size(); ++c)
        sheet.write(0, c, headers.at(c), Style::Header);
    sheet.freezeTopRow(1, 0);
}

const XlsxSheet& requiredSheet(const XlsxWorkbook& workbook, const QString& name)
{
    const XlsxSheet* sheet = workbook.sheet(name);
    if (!sheet)
        throw InputError({}, Tr::tr("the sheet « %1 » of the workbook is missing: this is not a Pacte working-group "
                                    "workbook, or the sheet was renamed or deleted.")
                                 .arg(name));
    return *sheet;
}

void checkHeaders(const XlsxSheet& sheet, const QStringList& headers)
{
    const QVariantList first = sheet.rows.value(0);
    for (int c = 0; c < headers.size(); ++c) {
        if (importvalue::text(first.value(c)) != headers.at(c))
            throw InputError(QStringLiteral("%1, %2%3").arg(sheet.name, columnLetters(c)).arg(1),
                             Tr::tr("the column « %1 » was expected here: the workbook's columns must stay as "
                                    "exported.")
                                 .arg(headers.at(c)));
    }
}

} // namespace pacte::workbook
