#pragma once

// The « Évaluation » sheet of the referents' workbook: the group's yearly evaluation (issue 18), one row
// per year of the edition, with what the referents judge — effects observed, coherence with the existing
// schemes, quality of the partnership on Pacte's scale (a drop-down list) with a comment, difficulties
// met, adjustments proposed. The figures Pacte computes (meetings held, attendance…) are not in it: they
// come from the records.
#include "sheetformat.h"
#include "xlsxbook.h"
#include "xlsxreader.h"

namespace pacte::workbook {

QString evaluationsSheetName();

// `qualityRange` is the range of the scale's labels in the hidden lists sheet ("Listes!$E$2:$E$6").
void writeEvaluationsSheet(XlsxBook& book, const SheetData& sheet, const QString& qualityRange);

// The evaluations as the returned workbook holds them, in `sheet` (which holds the exported ones): a
// row keeps its evaluation (found by its hidden identifier, else by its year), a row emptied of its
// year deletes it, a new judgement on a year without one adds it. A workbook exported before the sheet
// existed keeps the exported evaluations. Throws InputError naming the cell ("Évaluation, B3 : …").
void readEvaluationsSheet(const XlsxWorkbook& book, SheetData& sheet);

} // namespace pacte::workbook
