#pragma once

// The « Financements » sheet of the referents' workbook (issue 20): the funding lines of the group's
// actions, one row per line and year (a line without amounts has one row without year). The funder is
// a fund of the drop-down list, a partner of the list, or another fund named in its own column; the
// amounts are in euros (a number cell or "12 345,67"), an empty cell unknown, never zero.
#include "sheetformat.h"
#include "xlsxbook.h"
#include "xlsxreader.h"

namespace pacte::workbook {

QString fundingSheetName();

// `fundRange` and `partnerRange`: the ranges of the hidden lists sheet the drop-downs read.
void writeFundingSheet(XlsxBook& book, const SheetData& sheet, const QString& fundRange, const QString& partnerRange);

// The funding lines as the returned workbook holds them, in `sheet.actions` (as read from the
// « Actions » sheet, each holding its exported lines): a row keeps its line (found by its hidden
// identifier) and its notes; rows of one line give its years; a row without identifier joins the line
// of the same action with the same funder, scheme and reference, or starts a new line; a line without
// row is deleted. A workbook exported before the sheet existed keeps the exported lines. Throws
// InputError naming the cell ("Financements, F4 : …"), nothing changed.
void readFundingSheet(const XlsxWorkbook& book, SheetData& sheet);

} // namespace pacte::workbook
