#pragma once

#include "sheetformat.h"

#include <QByteArray>
#include <QUuid>

namespace pacte {

// The referents' workbook: a working group's sheet as an XLSX workbook, for referents who cannot
// install Pacte. A sheet of instructions in French, the group, one row per action, the indicators and
// their measurements, the group's yearly evaluations; the identifiers in hidden columns of protected sheets; drop-down
// lists for the statuses, themes, publics and indicator kinds. It stands for the JSON sheet of the same export: the
// returned workbook is turned back into that JSON sheet, and the import goes through the same merge.

inline constexpr auto SheetWorkbookSuffix = ".xlsx";

// `sheet` as read back from the export's JSON (readSheet()), so that its references are its lookups'.
QByteArray writeSheetWorkbook(const SheetData& sheet);

// Which export a returned workbook comes from (its hidden "Pacte" sheet). Throws InputError in French
// for a workbook that is not a Pacte working-group workbook.
struct SheetWorkbookOrigin
{
    QUuid databaseUuid;
    QUuid exportId;
};
SheetWorkbookOrigin readSheetWorkbookOrigin(const QByteArray& workbook);

// The JSON sheet the returned workbook stands for: `exported` (the recorded export's JSON sheet, the
// base) with the actions, indicators and measurements as the workbook holds them (a row without an
// identifier is a new item, an item without a row was deleted; meetings stay as exported) and the
// yearly evaluations of its « Évaluation » sheet (sheetworkbookevaluations.h). Throws
// InputError naming the sheet and the cell ("Actions, C7 : …") for what cannot be read.
QByteArray sheetFromWorkbook(const QByteArray& workbook, const QByteArray& exported);

} // namespace pacte
