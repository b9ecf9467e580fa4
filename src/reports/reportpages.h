#pragma once

#include "reportbuilder.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace pacte {

// The report laid out on A4 pages: a header with the pact's name, a footer with the date and
// "page N / M", the contents with their page numbers. Paints on a PDF writer or a printer alike.
class ReportPages final
{
public:
    explicit ReportPages(const Report& report);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int pageCount() const;
    // Paints every page on `device` (its page size is set to A4 first); false if cancelled.
    bool paint(QPagedPaintDevice& device, const ReportProgress& progress = {}) const;
    const QTextDocument& document() const { return *m_document; }

private:
    void paintPage(class QPainter& painter, int page, double scale) const;

    const Report& m_report;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace pacte
