#include "reportpagination.h"

#include "sheetlayout.h"

#include <algorithm>
#include <limits>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace pacte {

namespace {

using Cut = PageCut;

class CutCollector final
{
public:
    CutCollector(const ReportPart& part, double pageHeight)
        : m_layout(*part.document->documentLayout())
        , m_offset(part.top)
        , m_pageHeight(pageHeight)
    {}

    // The items of a frame (or of a table cell), from `it` to the end.
    void collect(QTextFrame::iterator it, const Cut& context)
    {
        for (; !it.atEnd(); ++it) {
            if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
                collectTable(*table, context);
            else if (it.currentFrame())
                collect(it.currentFrame()->begin(), context);
            else
                collectBlock(it.currentBlock(), context);
        }
    }

    // Drops the cuts inside each unit that fits on a page: a third-level heading and what follows it
    // up to the next heading (an action sheet, a rule's findings), or a short second-level one.
    void keepUnitsTogether(double partEnd)
    {
        QList<QPair<double, double>> units;
        for (qsizetype i = 0; i < m_headings.size(); ++i) {
            const int level = m_headings.at(i).second;
            if (level < 2)
                continue;
            const double end = i + 1 < m_headings.size() ? m_headings.at(i + 1).first : partEnd;
            const double start = m_headings.at(i).first;
            // A short second-level section (a chart and its heading) stays whole too.
            if (end - start <= m_pageHeight * (level == 2 ? 0.5 : 0.9))
                units.append({start, end});
        }
        if (units.isEmpty())
            return;
        QList<Cut> kept;
        qsizetype unit = 0;
        for (const Cut& cut : std::as_const(cuts)) {
            while (unit < units.size() && units.at(unit).second <= cut.y - 4)
                ++unit;
            const bool inside =
                unit < units.size() && cut.y > units.at(unit).first + 1 && cut.y < units.at(unit).second - 4;
            if (!inside || cut.forced)
                kept.append(cut);
        }
        cuts = kept;
    }

    QList<Cut> cuts;
    // Whether the part ends with a heading, which stays with what follows.
    bool endsWithHeading() const { return m_afterHeading; }

private:
    void add(double y, const Cut& context, bool forced = false)
    {
        if (m_afterHeading && !forced)
            return; // a heading stays with what follows it
        Cut cut = context;
        cut.y = y + m_offset;
        cut.forced = forced && cut.y > 1;
        if (context.headerBottom > context.headerTop) {
            cut.headerTop += m_offset;
            cut.headerBottom += m_offset;
        }
        cuts.append(cut);
    }

    void collectBlock(const QTextBlock& block, const Cut& context)
    {
        const QRectF rect = m_layout.blockBoundingRect(block);
        const bool breakBefore = block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        // A little above the block: accents (É) rise above the first line's box.
        add(std::max(0.0, rect.top() - 3), context, breakBefore);
        const bool heading = block.blockFormat().headingLevel() > 0;
        if (heading)
            m_headings.append({std::max(0.0, rect.top() - 3) + m_offset, block.blockFormat().headingLevel()});
        const QTextLayout* lines = block.layout();
        // Between lines of a paragraph, keeping at least two lines on each page.
        if (!heading && lines && lines->lineCount() >= 4) {
            m_afterHeading = false;
            for (int i = 2; i <= lines->lineCount() - 2; ++i)
                add(rect.top() + lines->lineAt(i).y(), context);
        }
        m_afterHeading = heading;
    }

    double rowTop(const QTextTable& table, int row) const
    {
        double top = std::numeric_limits<double>::max();
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (!cell.isValid() || cell.row() != row)
                continue;
            const QTextTableCellFormat format = cell.format().toTableCellFormat();
            const double padding = format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding()
                                                                                        : table.format().cellPadding();
            top = std::min(top, m_layout.blockBoundingRect(cell.firstCursorPosition().block()).top() - padding -
                                    table.format().border());
        }
        return top;
    }

    void collectTable(const QTextTable& table, const Cut& context)
    {
        const int rows = table.rows();
        if (rows == 0)
            return;
        QList<double> tops;
        for (int row = 0; row < rows; ++row)
            tops.append(rowTop(table, row));
        const double bottom = m_layout.frameBoundingRect(const_cast<QTextTable*>(&table)).bottom();
        tops.append(std::max(bottom, tops.constLast()));
        // The table's own top, above its first row's margins (a sheet's heading, say).
        add(std::min(tops.constFirst(), m_layout.frameBoundingRect(const_cast<QTextTable*>(&table)).top()), context);
        m_afterHeading = false;

        const int headerRows = std::min(table.format().headerRowCount(), rows - 1);
        Cut inside = context;
        inside.inTable = true;
        if (headerRows > 0) {
            inside.headerTop = tops.constFirst();
            inside.headerBottom = tops.at(headerRows);
        }
        for (int row = 0; row < rows; ++row) {
            if (row > 0 && row != headerRows)
                add(tops.at(row), inside);
            // A row taller than a page has to be cut inside: between its lines and inner rows.
            if (tops.at(row + 1) - tops.at(row) > m_pageHeight * 0.95) {
                for (int column = 0; column < table.columns(); ++column) {
                    const QTextTableCell cell = table.cellAt(row, column);
                    if (cell.isValid() && cell.row() == row && cell.column() == column)
                        collect(cell.begin(), inside);
                }
                m_afterHeading = false;
            }
        }
    }

    const QAbstractTextDocumentLayout& m_layout;
    const double m_offset;
    const double m_pageHeight;
    bool m_afterHeading = false;
    QList<QPair<double, int>> m_headings; // top, level
};

} // namespace

double ReportPart::height() const
{
    return sheet ? sheet->height : document->documentLayout()->documentSize().height();
}

QList<PageSlice> paginate(const QList<ReportPart>& parts, double pageHeight)
{
    QList<PageSlice> pages =
        paginateFrom(std::span(parts.constData(), static_cast<std::size_t>(parts.size())), pageHeight, PageSlice{});
    if (pages.isEmpty()) {
        double end = 0;
        for (const auto& part : parts)
            end = std::max(end, part.top + part.height());
        pages.append(PageSlice{0, std::max(end, 1.0), 0, 0});
    }
    return pages;
}

QList<PageSlice> paginateFrom(std::span<const ReportPart> parts, double pageHeight, const PageSlice& first)
{
    QList<Cut> cuts;
    double end = 0;
    bool afterHeading = false;
    for (const auto& part : parts) {
        QList<Cut> partCuts;
        bool endsWithHeading = false;
        if (part.sheet) {
            partCuts = part.sheet->cuts;
            for (Cut& cut : partCuts) {
                cut.y += part.top;
                if (cut.headerBottom > cut.headerTop) {
                    cut.headerTop += part.top;
                    cut.headerBottom += part.top;
                }
            }
        } else {
            CutCollector collector(part, pageHeight);
            collector.collect(part.document->rootFrame()->begin(), Cut{});
            collector.keepUnitsTogether(part.top + part.height());
            partCuts = collector.cuts;
            endsWithHeading = collector.endsWithHeading();
        }
        // A heading that ends the part before stays with this part's beginning.
        if (afterHeading && !partCuts.isEmpty() && !partCuts.constFirst().forced)
            partCuts.removeFirst();
        afterHeading = endsWithHeading;
        cuts += partCuts;
        end = std::max(end, part.top + part.height());
    }
    std::stable_sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.y < b.y; });

    QList<PageSlice> pages;
    PageSlice page{first.top, 0, first.headerTop, first.headerBottom};
    qsizetype next = 0; // first cut after page.top
    while (page.top < end - 1) {
        const double limit = page.top + pageHeight - page.headerHeight();
        while (next < cuts.size() && cuts.at(next).y <= page.top + 1)
            ++next;
        const Cut* chosen = nullptr;
        for (qsizetype i = next; i < cuts.size() && cuts.at(i).y <= limit; ++i) {
            if (cuts.at(i).forced) {
                chosen = &cuts.at(i);
                break;
            }
            chosen = &cuts.at(i);
        }
        if (limit >= end && (!chosen || !chosen->forced)) {
            page.bottom = end;
            pages.append(page);
            break;
        }
        PageSlice following;
        if (chosen) {
            page.bottom = chosen->y;
            page.cutInTable = chosen->inTable;
            following.headerTop = chosen->headerTop;
            following.headerBottom = chosen->headerBottom;
        } else {
            page.bottom = limit; // nothing to cut at: cut where the page ends
        }
        pages.append(page);
        following.top = page.bottom;
        page = following;
    }
    return pages;
}

int pageAt(const QList<PageSlice>& pages, double y)
{
    const auto it = std::upper_bound(pages.cbegin(), pages.cend(), y,
                                     [](double value, const PageSlice& page) { return value < page.bottom; });
    return it == pages.cend() ? static_cast<int>(pages.size()) - 1 : static_cast<int>(it - pages.cbegin());
}

} // namespace pacte
