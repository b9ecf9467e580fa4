#pragma once

#include "reportbuilder.h"

#include <memory>

#include <QFont>
#include <QHash>

class QPaintDevice;
class QTextDocument;
class QTextTable;

namespace pacte {

// The report's stylesheet (resources/reports/report.css).
QString reportStyleSheet();
// The report's default font (the stylesheet's body text).
QFont reportFont();
// The paint device the paged report is laid out for: 96 dpi, lengths in CSS pixels.
QPaintDevice* reportLayoutDevice();

enum class ChartRendering {
    Vector, // painted on the page by the document layout (PDF, printer)
    Image   // 300 dpi images stored in the document (ODT, HTML)
};

// The report as a QTextDocument laid out in CSS pixels (1/96 inch), whatever the screen, as one
// long page `width` wide (reportpagination.h cuts it into pages). For paged output the contents
// keep a page-number column, filled in by fillContentsPages().
std::unique_ptr<QTextDocument> makeReportDocument(const Report& report, ChartRendering charts, double width,
                                                  bool paged);
// The same for one part of the report's HTML (see ReportHtml::partBreak).
std::unique_ptr<QTextDocument> makeReportDocument(const QString& html, const Report& report, ChartRendering charts,
                                                  double width, bool paged);

// Every table of `document`, the tables inside tables too, in document order.
QList<QTextTable*> documentTables(const QTextDocument& document);

// Where each heading of the contents starts (document ordinate), by anchor.
QHash<QString, double> headingPositions(const QTextDocument& document);
// Writes the page numbers into the table of contents, then lays the document out again.
void fillContentsPages(QTextDocument& document, const Report& report, const QHash<QString, int>& pages);

} // namespace pacte
