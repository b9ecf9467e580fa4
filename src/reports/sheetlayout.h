#pragma once

#include "reportpagination.h"
#include "reportsheet.h"

#include <array>
#include <memory>
#include <utility>
#include <vector>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace pacte {

// The look of the action sheets, read once from the report stylesheet through Qt's rich text, so
// that sheets laid out by SheetLayout look like the rest of the report and the stylesheet stays
// the one place where the report's look is written.
struct SheetStyles
{
    struct Text
    {
        QFont font;
        QColor colour;
    };
    struct Cell
    {
        Text text;
        QColor background; // invalid: none
        QColor border;
        double borderWidth = 1;
        double padding = 4;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    Text heading;
    double headingTop = 0; // the margins above and below the title
    double headingBottom = 0;
    double tableTop = 0; // the margins above and below a table
    double tableBottom = 0;
    Cell label; // the first column of the sheet's lines
    Cell value;
    Cell header;              // the indicators' header row
    Cell number;              // a right-aligned indicator cell
    std::array<Text, 5> runs; // the look of each SheetStyle inside a value cell

    // `styleSheet` is the report's, `font` its default font.
    static SheetStyles read(const QString& styleSheet, const QFont& font);
};

// Laid-out texts that repeat from sheet to sheet (the labels, the indicators' header), shared by
// the sheets of a report: their layout is done once.
using SheetTextCache = QHash<QString, std::shared_ptr<const QTextLayout>>;

// An action sheet laid out on its own, `width` wide, in the layout's units: the title, the table
// of its lines, the table of its indicators. Qt's rich text lays a 6,000-sheet report out and draws
// it six times slower, walking its formats; the sheet's text is laid out by QTextLayout all the same.
class SheetLayout final
{
public:
    // `cache`, when given, shares the labels' and headers' layouts with the other sheets.
    SheetLayout(const ActionSheet& sheet, const SheetStyles& styles, double width, QPaintDevice* device,
                SheetTextCache* cache = nullptr);
    ~SheetLayout();
    // The layout keeps a reference to the styles: they must outlive it.
    SheetLayout(const ActionSheet&, SheetStyles&&, double, QPaintDevice*, SheetTextCache* = nullptr) = delete;
    SheetLayout(const SheetLayout&) = delete;
    SheetLayout& operator=(const SheetLayout&) = delete;

    double height() const { return m_height; }
    // Where a page may end in the sheet (ordinates from its top): above the title only, when the
    // sheet fits on a page of `pageHeight`; otherwise between rows as well, repeating the
    // indicators' header, and between the lines of a row taller than a page.
    QList<PageCut> cuts(double pageHeight) const;
    // The height and the cuts, for the sheet `index` of a report.
    SheetExtent extent(int index, double pageHeight) const { return {index, m_height, cuts(pageHeight)}; }
    // Draws what lies between the ordinates `top` and `bottom`, the sheet's top at the origin.
    void draw(QPainter& painter, double top, double bottom) const;
    // The sheet's text, cell by cell (for tests).
    QStringList texts() const;

private:
    struct Cell
    {
        std::shared_ptr<const QTextLayout> text;
        QRectF rect;
        const SheetStyles::Cell* style = nullptr;
    };
    struct Row
    {
        double top = 0;
        double bottom = 0;
        bool header = false;
        std::vector<Cell> cells;
    };

    using PendingCell = std::pair<SheetText, const SheetStyles::Cell*>;
    // Lays a table row out between the column edges `edges`; returns its bottom.
    double addRow(const QList<PendingCell>& cells, const QList<double>& edges, double top, bool header);
    std::shared_ptr<const QTextLayout> layoutCell(const SheetText& text, const SheetStyles::Cell& style,
                                                  double width) const;
    void drawRow(QPainter& painter, const Row& row, double top, double bottom) const;
    // Draws the lines of `text` whose middle lies between `top` and `bottom`, the layout at `origin`.
    static void drawLines(QPainter& painter, const QTextLayout& text, QPointF origin, double top, double bottom);

    const SheetStyles& m_styles;
    QPaintDevice* m_device;
    SheetTextCache* m_cache;
    double m_width;
    std::unique_ptr<QTextLayout> m_title;
    double m_titleTop = 0;
    std::vector<Row> m_rows;
    double m_indicatorsTop = -1; // the indicators table's top, when there is one
    double m_height = 0;
};

} // namespace pacte
