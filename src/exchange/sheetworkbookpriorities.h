#pragma once

// The « Priorités territoriales » sheet of the referents' workbook (issue 20): the priorities of the
// local pacts of the group's territories, in rank order, protected and read-only. Reading the workbook
// back ignores it: the priorities are the coordinator's, and the JSON sheet keeps them as exported.
#include "sheetformat.h"
#include "xlsxbook.h"

namespace pacte::workbook {

QString prioritiesSheetName();

// Writes nothing when the sheet carries no local pact.
void writePrioritiesSheet(XlsxBook& book, const SheetData& sheet);

} // namespace pacte::workbook
