#pragma once

#include "reportbuilder.h"

#include <memory>

#include <QSizeF>

class QTextDocument;

namespace pacte {

// The report's stylesheet (resources/reports/report.css).
QString reportStyleSheet();

enum class ChartRendering {
    Vector, // painted on the page by the document layout (PDF, printer)
    Image   // 300 dpi images stored in the document (ODT, HTML)
};

// The report as a QTextDocument laid out in CSS pixels (1/96 inch), whatever the screen.
// `pageBody` (CSS pixels) paginates it; an empty size leaves it one long page.
std::unique_ptr<QTextDocument> makeReportDocument(const Report& report, ChartRendering charts, const QSizeF& pageBody = {});

// The page (1-based) on which each heading of the contents starts, by anchor.
QHash<QString, int> headingPages(const QTextDocument& document);
// Writes the page numbers into the table of contents (or clears the tokens when `pages` is empty).
void fillContentsPages(QTextDocument& document, const Report& report, const QHash<QString, int>& pages);

} // namespace pacte
