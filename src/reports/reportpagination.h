#pragma once

#include <optional>
#include <span>

#include <QList>

class QTextDocument;

namespace pacte {

// One page of the report: the slice [top, bottom) of the document laid out as one long page, after
// the header rows [headerTop, headerBottom) of a table that goes on from the page before.
struct PageSlice
{
    double top = 0;
    double bottom = 0;
    double headerTop = 0;
    double headerBottom = 0;
    bool cutInTable = false; // the page ends between two rows: their border is drawn on both pages

    double headerHeight() const { return headerBottom - headerTop; }
};

// A place where a page may end: its ordinate; whether a page must end there; inside a table, the
// header rows to repeat on the next page.
struct PageCut
{
    double y = 0;
    bool forced = false;
    double headerTop = 0;
    double headerBottom = 0;
    bool inTable = false;
};

// What pagination needs of an action sheet laid out on its own (SheetLayout::extent): its height and
// where a page may end in it. The layout itself is not kept: the sheet is laid out again when its
// page is drawn, so that a report's memory does not grow with its thousands of sheets.
struct SheetExtent
{
    int index = -1; // in the report's sheets
    double height = 0;
    QList<PageCut> cuts; // for the page height given to paginate()
};

// A document laid out without pages (in CSS pixels), or an action sheet laid out on its own,
// placed at `top` of the report's one long page.
struct ReportPart
{
    const QTextDocument* document = nullptr;
    std::optional<SheetExtent> sheet;
    double top = 0;

    double height() const;
};

// Cuts the parts, one under the other, into pages of `pageHeight`: only between
// table rows, between lines, or before a block; never right after a heading or between a table's
// header and its first row; before every block whose format asks for a page break; a table row
// (or a sheet) that fits on one page is never cut in two. Qt's own pagination cuts rows anywhere.
QList<PageSlice> paginate(const QList<ReportPart>& parts, double pageHeight);
// The same from page `first` on (its top and the header rows it repeats, as paginate() gave them):
// `parts` are those that reach below first.top, and the one before them (a heading that ends it
// stays with what follows). Empty when nothing is left below first.top.
QList<PageSlice> paginateFrom(std::span<const ReportPart> parts, double pageHeight, const PageSlice& first);

// The page (0-based) holding the document's ordinate `y`.
int pageAt(const QList<PageSlice>& pages, double y);

} // namespace pacte
