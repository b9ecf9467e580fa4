#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pacte {

// A table as a spreadsheet holds it: a name (the sheet's), a header row and rows of typed cells.
// A cell is a QString, a number (int or double), a QDate, a bool, or null (empty). The CSV and XLSX
// writers turn each type into what a spreadsheet reads as such (a date as a date, a number as a
// number), so the builders of tables never format values themselves.
struct TableData
{
    QString name;
    QStringList headers;
    QList<QVariantList> rows;
};

} // namespace pacte
