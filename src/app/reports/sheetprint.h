#pragma once

#include "domain/ids.h"
#include "reports/reportscope.h"

#include <optional>

#include <QString>

class QWidget;

namespace pacte {

class Database;
class Document;
struct Report;

// The scope that prints one action sheet (`actionId`) or every sheet of one working group
// (`groupId`): the action sheets alone, laid out as in the COPIL report.
ReportScope sheetsScope(Id editionId, Id groupId, Id actionId);
// The report of that scope; nothing (the message shown) when it cannot be read.
std::optional<Report> buildSheetsReport(QWidget* parent, Database& db, const ReportScope& scope);
// The print preview of those sheets (print, or save as PDF under `fileName`), from their editors.
void previewSheets(QWidget* parent, Document& document, const ReportScope& scope, const QString& fileName);

} // namespace pacte
