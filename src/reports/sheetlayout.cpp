#include "sheetlayout.h"

#include "reporthtml.h"

#include <algorithm>

#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace pacte {

namespace {

// A sheet with one run in each style, whose formats Qt's rich text reads from the stylesheet.
ActionSheet probeSheet()
{
    ActionSheet sheet;
    sheet.title = QStringLiteral("T");
    SheetText runs;
    for (const SheetStyle style :
         {SheetStyle::Body, SheetStyle::Strong, SheetStyle::Missing, SheetStyle::Tag, SheetStyle::Small})
        runs << SheetRun{QString::number(static_cast<int>(style)), style};
    sheet.lines.append({QStringLiteral("L"), runs});
    sheet.indicatorHeaders = {QStringLiteral("H")};
    sheet.indicators = {{SheetCell{{SheetRun{QStringLiteral("N")}}, true}}};
    return sheet;
}

SheetStyles::Text textStyle(const QTextCharFormat& format, const QFont& font, const QColor& colour)
{
    const QColor own = format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : colour;
    return {format.font().resolve(font), own};
}

SheetStyles::Cell cellStyle(const QTextTableCell& cell, const QFont& font, const QColor& colour)
{
    SheetStyles::Cell style;
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    if (format.hasProperty(QTextFormat::BackgroundBrush))
        style.background = format.background().color();
    style.border = format.topBorderBrush().color();
    style.borderWidth = format.topBorder();
    style.padding = format.topPadding();
    const QTextBlock block = cell.firstCursorPosition().block();
    style.alignment = block.blockFormat().alignment() & Qt::AlignHorizontal_Mask;
    style.text = textStyle(block.begin().fragment().charFormat(), font, colour);
    return style;
}

std::unique_ptr<QTextLayout> layoutText(SheetText text, const SheetStyles::Cell& cell, const SheetStyles& styles,
                                        double width, QPaintDevice* device)
{
    for (SheetRun& run : text)
        run.text = breakOverlongWords(run.text);
    auto layout = std::make_unique<QTextLayout>(sheetTextPlain(text), cell.text.font, device);
    QList<QTextLayout::FormatRange> formats;
    int position = 0;
    for (const SheetRun& run : text) {
        const auto length = static_cast<int>(run.text.size());
        if (run.style != SheetStyle::Body || run.colour.isValid()) {
            const SheetStyles::Text& look =
                run.style == SheetStyle::Body ? cell.text : styles.runs.at(static_cast<size_t>(run.style));
            QTextCharFormat format;
            format.setFont(look.font);
            format.setForeground(run.colour.isValid() ? run.colour : look.colour);
            formats.append({position, length, format});
        }
        position += length;
    }
    layout->setFormats(formats);
    QTextOption option(cell.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    // The shaped glyphs are kept for drawing: shaping them again would cost 15 % more time, keeping
    // them about 100 MB on a 6,000-sheet report.
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setLeadingIncluded(true); // as Qt's rich text does
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

double textHeight(const QTextLayout& layout)
{
    const int lines = layout.lineCount();
    return lines == 0 ? 0 : layout.lineAt(lines - 1).rect().bottom();
}

} // namespace

SheetStyles SheetStyles::read(const QString& styleSheet, const QFont& font)
{
    QTextDocument document;
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(styleSheet);
    document.setHtml(sheetHtml(probeSheet()));
    const QColor text(0x1f, 0x29, 0x33); // the body's colour (Qt's rich text leaves it to the painter)
    SheetStyles styles;
    const QTextBlock title = document.begin();
    styles.heading = textStyle(title.begin().fragment().charFormat(), font, text);
    styles.headingTop = title.blockFormat().topMargin();
    styles.headingBottom = title.blockFormat().bottomMargin();
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            tables.append(table);
    }
    if (tables.size() != 2)
        return styles; // the stylesheet is ours: not reached
    styles.tableTop = tables.at(0)->format().topMargin();
    styles.tableBottom = tables.at(0)->format().bottomMargin();
    styles.label = cellStyle(tables.at(0)->cellAt(0, 0), font, text);
    styles.value = cellStyle(tables.at(0)->cellAt(0, 1), font, text);
    styles.header = cellStyle(tables.at(1)->cellAt(0, 0), font, text);
    styles.number = cellStyle(tables.at(1)->cellAt(1, 0), font, text);
    const QTextBlock runs = tables.at(0)->cellAt(0, 1).firstCursorPosition().block();
    for (auto it = runs.begin(); !it.atEnd(); ++it) {
        const int style = it.fragment().text().toInt();
        if (style >= 0 && style < static_cast<int>(styles.runs.size()))
            styles.runs.at(static_cast<size_t>(style)) = textStyle(it.fragment().charFormat(), font, text);
    }
    return styles;
}

SheetLayout::SheetLayout(const ActionSheet& sheet, const SheetStyles& styles, double width, QPaintDevice* device,
                         SheetTextCache* cache)
    : m_styles(styles)
    , m_device(device)
    , m_cache(cache)
    , m_width(width)
{
    SheetStyles::Cell title;
    title.text = styles.heading;
    m_title = layoutText({SheetRun{sheet.title}}, title, styles, width, device);
    m_titleTop = styles.headingTop;
    double y = m_titleTop + textHeight(*m_title) + std::max(styles.headingBottom, styles.tableTop);
    const QList<double> lineEdges{0, width * 0.24, width};
    for (const auto& [label, value] : sheet.lines)
        y = addRow({{{SheetRun{label}}, &styles.label}, {value, &styles.value}}, lineEdges, y, false);
    y += styles.tableBottom;
    if (!sheet.indicatorHeaders.isEmpty()) {
        y += styles.tableTop;
        m_indicatorsTop = y;
        QList<double> edges{0};
        for (qsizetype i = 0; i < sheet.indicatorHeaders.size(); ++i)
            edges << (i + 1 == sheet.indicatorHeaders.size()
                          ? width
                          : edges.constLast() + width * sheet.indicatorWidths.value(i) / 100.0);
        QList<PendingCell> header;
        for (const QString& text : sheet.indicatorHeaders)
            header.append({{SheetRun{text}}, &styles.header});
        y = addRow(header, edges, y, true);
        for (const auto& row : sheet.indicators) {
            QList<PendingCell> cells;
            for (const SheetCell& cell : row)
                cells.append({cell.text, cell.numeric ? &styles.number : &styles.value});
            y = addRow(cells, edges, y, false);
        }
        y += styles.tableBottom;
    }
    m_height = y;
}

SheetLayout::~SheetLayout() = default;

double SheetLayout::addRow(const QList<PendingCell>& cells, const QList<double>& edges, double top, bool header)
{
    Row row;
    row.top = top;
    row.header = header;
    double height = 0;
    for (qsizetype i = 0; i < cells.size() && i + 1 < edges.size(); ++i) {
        const SheetStyles::Cell& style = *cells.at(i).second;
        const double inset = style.padding + style.borderWidth / 2;
        Cell cell;
        cell.style = &style;
        cell.text = layoutCell(cells.at(i).first, style, edges.at(i + 1) - edges.at(i) - 2 * inset);
        cell.rect = QRectF(edges.at(i), top, edges.at(i + 1) - edges.at(i), 0);
        height = std::max(height, textHeight(*cell.text) + 2 * inset);
        row.cells.push_back(std::move(cell));
    }
    for (Cell& cell : row.cells)
        cell.rect.setHeight(height);
    row.bottom = top + height;
    m_rows.push_back(std::move(row));
    return top + height;
}

std::shared_ptr<const QTextLayout> SheetLayout::layoutCell(const SheetText& text, const SheetStyles::Cell& style,
                                                           double width) const
{
    const bool repeated = &style == &m_styles.label || &style == &m_styles.header;
    if (!m_cache || !repeated || text.size() != 1)
        return layoutText(text, style, m_styles, width, m_device);
    const QString key =
        QStringLiteral("%1|%2|%3").arg(&style == &m_styles.label).arg(width).arg(text.constFirst().text);
    auto& cached = (*m_cache)[key];
    if (!cached)
        cached = layoutText(text, style, m_styles, width, m_device);
    return cached;
}

QList<PageCut> SheetLayout::cuts(double pageHeight) const
{
    // A little above the title: accents (É) rise above the first line's box.
    const double top = std::max(0.0, m_titleTop - 3);
    QList<PageCut> cuts{PageCut{top}};
    if (m_height - top <= pageHeight * 0.9)
        return cuts;
    const auto header = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.header; });
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const bool inIndicators = m_indicatorsTop >= 0 && row.top >= m_indicatorsTop;
        PageCut cut{row.top};
        cut.inTable = true;
        if (inIndicators && !row.header && header != m_rows.cend()) {
            cut.headerTop = header->top; // repeated on the next page
            cut.headerBottom = header->bottom;
        }
        if (inIndicators && row.header) {
            // Above the indicators table, rather than between its header and the table's top.
            cuts.append(PageCut{m_indicatorsTop - m_styles.tableTop});
        } else if (i > 0 && !m_rows.at(i - 1).header) {
            // Not right under the title (it stays with what follows), nor under a table's header.
            cuts.append(cut);
        }
        // A row taller than a page is cut between the lines of its cells, two lines kept each side;
        // the row goes on: no border drawn below, and not a pixel more.
        if (row.bottom - row.top > pageHeight * 0.95) {
            for (const Cell& cell : row.cells) {
                const double textTop = row.top + cell.style->padding + cell.style->borderWidth / 2;
                for (int line = 2; line <= cell.text->lineCount() - 2; ++line) {
                    PageCut inside = cut;
                    inside.y = textTop + cell.text->lineAt(line).y();
                    inside.inTable = false;
                    cuts.append(inside);
                }
            }
        }
    }
    std::stable_sort(cuts.begin(), cuts.end(), [](const PageCut& a, const PageCut& b) { return a.y < b.y; });
    return cuts;
}

void SheetLayout::draw(QPainter& painter, double top, double bottom) const
{
    painter.setPen(m_styles.heading.colour);
    drawLines(painter, *m_title, QPointF(0, m_titleTop), top, bottom);
    // Body rows first: a header row's darker borders go over its neighbours'.
    for (const bool header : {false, true}) {
        for (const Row& row : m_rows) {
            if (row.header == header && row.top < bottom && row.bottom > top)
                drawRow(painter, row, top, bottom);
        }
    }
}

void SheetLayout::drawRow(QPainter& painter, const Row& row, double top, double bottom) const
{
    for (const Cell& cell : row.cells) {
        if (cell.style->background.isValid())
            painter.fillRect(cell.rect, cell.style->background);
    }
    for (const Cell& cell : row.cells) {
        painter.setPen(QPen(cell.style->border, cell.style->borderWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.rect);
    }
    for (const Cell& cell : row.cells) {
        const double inset = cell.style->padding + cell.style->borderWidth / 2;
        painter.setPen(cell.style->text.colour);
        drawLines(painter, *cell.text, cell.rect.topLeft() + QPointF(inset, inset), top, bottom);
    }
}

void SheetLayout::drawLines(QPainter& painter, const QTextLayout& text, QPointF origin, double top, double bottom)
{
    // A line belongs to the slice its middle lies in: the clip hides what lies outside, but the
    // PDF would still hold its text (a page's text would show the next page's first lines).
    const auto middle = [&](int i) {
        const QTextLine line = text.lineAt(i);
        return origin.y() + line.y() + line.height() / 2;
    };
    // The lines go down the page: the first of the slice is found by halving, since a cell of
    // thousands of lines is drawn on as many pages.
    int first = 0;
    for (int last = text.lineCount(); first < last;) {
        const int half = (first + last) / 2;
        if (middle(half) < top)
            first = half + 1;
        else
            last = half;
    }
    for (int i = first; i < text.lineCount() && middle(i) < bottom; ++i)
        text.lineAt(i).draw(&painter, origin);
}

QStringList SheetLayout::texts() const
{
    QStringList texts{m_title->text()};
    for (const Row& row : m_rows) {
        for (const Cell& cell : row.cells)
            texts << cell.text->text();
    }
    return texts;
}

} // namespace pacte
