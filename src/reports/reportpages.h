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
//
// Laid out at once (the constructor with a progress), or a slice at a time (Deferred, then
// layOutMore()): a print preview shows the first pages while the rest is laid out. Until then,
// pages() holds the pages that what is left cannot change, the footers say "page N / …" and the
// contents' page numbers are "…"; once complete, the pages are those of the one-shot layout.
class ReportPages final
{
public:
    struct Deferred
    {};

    // Lays the report out; `progress` is told of each part laid out, and may cancel.
    explicit ReportPages(const Report& report, const ReportProgress& progress = {});
    // Lays nothing out yet: layOutMore() does.
    ReportPages(const Report& report, Deferred);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    // Lays parts out for about `budgetMs` milliseconds (at least one part), then the pages known so
    // far; the last slice fills the contents in and paginates the whole. True once complete. A part
    // of more than LongPart characters of HTML (a section of hundreds of milliseconds at 6,000
    // actions) takes two calls of its own: its HTML read, then laid out.
    bool layOutMore(int budgetMs);
    static constexpr qsizetype LongPart = 10000;
    // From this many action sheets on, the one-shot layout measures them on two threads.
    static constexpr qsizetype MeasuredApart = 64;
    bool isComplete() const { return m_complete; }
    int partsLaidOut() const { return static_cast<int>(m_nextPart); }
    int partCount() const { return m_partCount; }

    int pageCount() const;
    bool isCancelled() const { return m_cancelled; }
    // Paints every page on `device` (its page size is set to A4 first); false if cancelled or not
    // complete.
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
    void layOutPart(const QString& html);
    // The pages the parts laid out so far decide (all but those the next parts could change).
    void addKnownPages();
    // The contents' page numbers, then the pages of the whole.
    void finish();
    void paintSlice(class QPainter& painter, double top, double bottom, double pageY) const;
    // The sheet `index` laid out, for drawing: laid out again, and kept while the next pages need it.
    const SheetLayout& sheetLayout(int index) const;

    const Report& m_report;
    // While laid out at once, half the sheets measured on a second thread.
    std::unique_ptr<class SheetMeasurer> m_measurer;
    SheetStyles m_sheetStyles;
    mutable SheetTextCache m_sheetTexts;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    // The few sheets being drawn (pages are drawn in order; a page holds at most a few sheets).
    mutable std::vector<std::pair<int, std::unique_ptr<SheetLayout>>> m_drawnSheets;
    QList<ReportPart> m_parts;
    QList<PageSlice> m_pages;
    // Laid out a slice at a time: the parts' HTML, the next to lay out, where it goes.
    QStringList m_html;
    std::unique_ptr<QTextDocument> m_pending; // the next part, read but not laid out yet
    int m_partCount = 0;
    qsizetype m_nextPart = 0;
    double m_top = 0;
    bool m_deferred = false;
    // While incomplete: the contents drawn with "…" for their page numbers, by the document they
    // stand for; and where the next page starts (its header rows too).
    std::vector<std::pair<const QTextDocument*, std::unique_ptr<QTextDocument>>> m_standIns;
    PageSlice m_nextPage;
    bool m_complete = false;
    bool m_cancelled = false;
};

} // namespace pacte
