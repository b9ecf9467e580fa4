#pragma once

#include "reportbuilder.h"
#include "reportpagination.h"
#include "sheetlayout.h"

#include <memory>
#include <vector>

#include <QHash>
#include <QSizeF>

class QPagedPaintDevice;
class QTextDocument;

namespace pacte {

// The footer of a paged report ("Pacte Territorial pour l'Insertion — date"), and its page pattern
// ("page %1 / %2": the page, the page count): the PDF's and the ODT's.
QString reportFooterText(const Report& report);
QString reportPageText();

// The report laid out on A4 pages: a header with the pact's name, a footer with the date and
// "page N / M", the contents with their page numbers. Paints on a PDF writer or a printer alike.
class ReportPages final
{
public:
    // Lays the report out; `progress` is told of each part laid out, and may cancel.
    explicit ReportPages(const Report& report, const ReportProgress& progress = {});
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int pageCount() const;
    bool isCancelled() const { return m_cancelled; }
    // Paints every page on `device` (its page size is set to A4 first); false if cancelled.
    bool paint(QPagedPaintDevice& device, const ReportProgress& progress = {}) const;
    // The report as laid out: its parts, one under the other, and its pages.
    const QList<ReportPart>& parts() const { return m_parts; }
    const QList<PageSlice>& pages() const { return m_pages; }
    // Where each heading of the contents starts on the long page, by anchor.
    QHash<QString, double> headingPositions() const;
    // Paints page `page` (0-based) with its header and footer, `scale` device pixels to a CSS pixel.
    void paintPage(class QPainter& painter, int page, double scale) const;
    // An A4 page in CSS pixels (1/96 inch).
    static QSizeF pageSize();

private:
    void paintSlice(class QPainter& painter, double top, double bottom, double pageY) const;
    // The sheet `index` laid out, for drawing: laid out again, and kept while the next pages need it.
    const SheetLayout& sheetLayout(int index) const;

    const Report& m_report;
    SheetStyles m_sheetStyles;
    mutable SheetTextCache m_sheetTexts;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    // The few sheets being drawn (pages are drawn in order; a page holds at most a few sheets).
    mutable std::vector<std::pair<int, std::unique_ptr<SheetLayout>>> m_drawnSheets;
    QList<ReportPart> m_parts;
    QList<PageSlice> m_pages;
    bool m_cancelled = false;
};

} // namespace pacte
