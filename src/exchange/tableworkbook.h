#pragma once

#include "domain/ids.h"
#include "tabledata.h"
#include "xlsxbook.h"

#include <QByteArray>
#include <QList>

namespace pacte {

class Database;

// Tables as an XLSX workbook, one sheet each: the header row bold and frozen, an auto-filter over the
// table, dates as real dates (dd/mm/yyyy) and numbers as numbers, each column as wide as its longest
// value (capped, so that a long text does not push the others away).
QByteArray writeTablesWorkbook(const QList<TableData>& tables, const XlsxBook::Properties& properties);

// One table on one sheet of a workbook being written, as writeTablesWorkbook() writes each.
void writeTableSheet(XlsxBook::Sheet sheet, const TableData& table);
// The whole-edition workbook: partners, persons, territories, axes and themes, working groups,
// actions, indicators, measurements, meetings, the governance findings of the day and the yearly
// evaluation counts, one sheet each, titled after the edition and signed by the database's user.
QByteArray writeEditionWorkbook(Database& db, Id editionId);

// The width cap of a column, in characters.
inline constexpr int MaxColumnWidth = 60;

} // namespace pacte
