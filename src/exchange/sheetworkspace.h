#pragma once

#include "sheetformat.h"

#include <memory>

#include <QString>

namespace pacte {

class Database;

// Sheet mode edits a sheet with the full editor's sections, forms, validation and undo: the sheet is
// loaded into a private database (a workspace, in a temporary folder) holding its edition, lookups,
// group and content, all with the sheet's uuids; saving writes that content back as the sheet.

// Creates the workspace database at `path` from a sheet read with readSheet(bytes). Throws
// InputError when a value of the sheet cannot be stored (the message names the record).
std::unique_ptr<Database> createSheetWorkspace(const QString& path, const SheetData& sheet, const QString& userName);

// The group's id in a workspace (its only group).
Id workspaceGroupId(Database& workspace);

// The workspace's content as a sheet of `origin` (the sheet that was opened, with its export id):
// every meeting of the workspace belongs to the group.
SheetData sheetFromWorkspace(Database& workspace, const SheetOrigin& origin);

} // namespace pacte
