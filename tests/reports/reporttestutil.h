#pragma once

#include "reports/reportbuilder.h"
#include "storage/database.h"

#include <QString>

namespace pacte::test {

// The text of a PDF as poppler's pdftotext reads it, whitespace folded to single spaces.
QString pdfText(const QString& path);
int pdfPageCount(const QString& path);
// One member of a zip archive (unzip -p), and whether the archive tests sound (unzip -t).
QByteArray zipMember(const QString& archive, const QString& member);
bool zipIsSound(const QString& archive);
// XML or HTML text content: tags dropped, entities decoded, whitespace folded.
QString markupText(const QString& markup);
// Whitespace folded to single spaces.
QString folded(const QString& text);

// The scope of the demo's 2017-2021 edition (38 actions, 17 groups), whole département.
ReportScope demoScope(Database& db, const QString& edition = QStringLiteral("PTI 2017-2021"));
// The text of the report of `scope`, built and laid out as HTML (markupText of the page).
QString reportText(Database& db, const ReportScope& scope);

} // namespace pacte::test
