#pragma once

// What the referents' workbook's sheets share (sheetworkbook.cpp, sheetworkbookevaluations.cpp): writing
// a cell that may be empty, the header row, and reading a returned row's cells with a French error that
// names the sheet and the cell ("Actions, C7 : …").
#include "importvalues.h"
#include "inputerror.h"
#include "xlsxbook.h"
#include "xlsxreader.h"

#include <optional>

#include <QDate>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace pacte::workbook {

QString uuidText(const QUuid& uuid);
// An empty cell for an empty text, an invalid date or an unknown number (unknown is not zero).
QVariant orNull(const QString& text);
QVariant orNull(const QDate& date);
QVariant orNull(const std::optional<double>& number);

void writeHeader(XlsxBook::Sheet& sheet, const QStringList& headers);

// Reading back: the sheet of this name, or InputError in French.
const XlsxSheet& requiredSheet(const XlsxWorkbook& workbook, const QString& name);
// InputError naming the cell when the first row is not `headers`.
void checkHeaders(const XlsxSheet& sheet, const QStringList& headers);

// One row of a returned sheet, its cells read as Pacte's values.
class Cells final
{
public:
    Cells(const XlsxSheet& sheet, int row)
        : m_sheet(sheet)
        , m_row(row)
    {}
    QVariant at(int column) const { return m_sheet.rows.at(m_row).value(column); }
    QString text(int column) const { return importvalue::text(at(column)); }
    bool isEmpty(int from) const
    {
        for (int c = from; c < m_sheet.rows.at(m_row).size(); ++c) {
            if (!text(c).isEmpty())
                return false;
        }
        return true;
    }
    [[noreturn]] void fail(int column, const QString& reason) const
    {
        throw InputError(QStringLiteral("%1, %2%3").arg(m_sheet.name, columnLetters(column)).arg(m_row + 1),
                         QStringLiteral("« %1 » : %2").arg(text(column), reason));
    }
    QUuid uuid(int column) const { return QUuid::fromString(text(column)); }
    std::optional<QDate> date(int column) const
    {
        if (text(column).isEmpty())
            return QDate();
        QString why;
        const auto d = importvalue::date(at(column), why);
        if (!d)
            fail(column, why);
        return d;
    }
    std::optional<double> number(int column) const
    {
        if (text(column).isEmpty())
            return std::nullopt;
        QString why;
        const auto n = importvalue::number(at(column), why);
        if (!n)
            fail(column, why);
        return n;
    }
    bool yesNo(int column) const
    {
        if (text(column).isEmpty())
            return false;
        QString why;
        const auto b = importvalue::yesNo(at(column), why);
        if (!b)
            fail(column, why);
        return *b;
    }
    template <typename E>
    E choice(int column) const
    {
        QString why;
        const auto e = importvalue::enumValue<E>(text(column), why);
        if (!e)
            fail(column, why);
        return *e;
    }

private:
    const XlsxSheet& m_sheet;
    int m_row;
};

} // namespace pacte::workbook
