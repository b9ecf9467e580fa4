#include "reportdocument.h"

#include <functional>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

namespace pacte {

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;

// Paints the report's charts where the document holds them, as vectors on whatever the layout
// draws on (the PDF writer's or the printer's painter).
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<ReportChart> charts, QObject* parent)
        : QObject(parent)
        , m_charts(std::move(charts))
    {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return m_charts.value(format.intProperty(ChartIndexProperty)).size;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const int index = format.intProperty(ChartIndexProperty);
        if (index >= 0 && index < m_charts.size())
            paintChart(*painter, rect, m_charts.at(index));
    }

private:
    QList<ReportChart> m_charts;
};

// The "chart:N" images of the HTML, turned into chart objects.
void replaceChartImages(QTextDocument& document)
{
    QList<QPair<int, int>> charts; // position, index
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (name.startsWith(QLatin1String("chart:")))
                charts.append({fragment.position(), name.mid(6).toInt()});
        }
    }
    QTextCursor cursor(&document);
    for (const auto& [position, index] : charts) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.setObjectType(ChartObjectType);
        format.setProperty(ChartIndexProperty, index);
        cursor.setCharFormat(format);
    }
}

// Qt's OpenDocument writer ignores the cells' CSS borders and writes the table's own border on
// every cell: a thin solid one, for the grid tables of the editable copy.
void outlineTables(const QList<QTextTable*>& tables)
{
    for (QTextTable* table : tables) {
        QTextTableFormat format = table->format();
        if (format.border() > 0 || format.cellSpacing() > 0 || table->columns() == 1)
            continue; // the key figures, the cover's band and the contents keep their own look
        format.setBorder(0.75);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xb6, 0xc6, 0xd6));
        table->setFormat(format);
    }
}

// Qt's OpenDocument writer writes a percentage column width as "24%", which ODF does not know
// (LibreOffice then makes every column the same width): the editable copy gives every table's
// columns fixed widths, `width` shared as the percentages say, the rest equally between the others.
void fixColumnWidths(const QList<QTextTable*>& tables, double width)
{
    for (QTextTable* table : tables) {
        QTextTableFormat format = table->format();
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        const int columns = table->columns();
        double fixed = 0;
        int variable = 0;
        for (int column = 0; column < columns; ++column) {
            const QTextLength length = constraints.value(column);
            if (length.type() == QTextLength::PercentageLength)
                fixed += width * length.rawValue() / 100;
            else if (length.type() == QTextLength::FixedLength)
                fixed += length.rawValue();
            else
                ++variable;
        }
        const double share = variable > 0 ? std::max(width - fixed, 0.0) / variable : 0;
        QList<QTextLength> widths;
        for (int column = 0; column < columns; ++column) {
            const QTextLength length = constraints.value(column);
            if (length.type() == QTextLength::PercentageLength)
                widths << QTextLength(QTextLength::FixedLength, width * length.rawValue() / 100);
            else if (length.type() == QTextLength::FixedLength)
                widths << length;
            else
                widths << QTextLength(QTextLength::FixedLength, share);
        }
        format.setColumnWidthConstraints(widths);
        table->setFormat(format);
    }
}

// A cell's background, in Qt's rich text, is also its text's (a highlight behind the words, which
// is all Qt's OpenDocument writer keeps): the editable copy keeps it on the cell only, where
// finishOdt() writes it (odtpackage.h).
void moveTextBackgroundsToCells(const QList<QTextTable*>& tables)
{
    for (QTextTable* table : tables) {
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue; // spanned
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                QColor background =
                    format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : QColor();
                struct Run
                {
                    int position;
                    int length;
                    QTextCharFormat format;
                };
                QList<Run> runs; // changed after the walk: a change merges and splits fragments
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                        QTextCharFormat text = fragment.fragment().charFormat();
                        if (!text.hasProperty(QTextFormat::BackgroundBrush))
                            continue;
                        if (!background.isValid())
                            background = text.background().color();
                        text.clearBackground();
                        runs.append({fragment.fragment().position(), fragment.fragment().length(), text});
                    }
                }
                for (const Run& run : runs) {
                    QTextCursor cursor(table->document());
                    cursor.setPosition(run.position);
                    cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
                    cursor.setCharFormat(run.format);
                }
                if (background.isValid()) {
                    format.setBackground(background);
                    cell.setFormat(format);
                }
            }
        }
    }
}

// Qt's OpenDocument writer leaves the document's default font out: text in it would take the word
// processor's default (12 pt). The editable copy states it on every run that has no size of its own.
void spellOutDefaultFont(QTextDocument& document, const QFont& font)
{
    QList<QPair<int, int>> runs; // position, length
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().hasProperty(QTextFormat::FontPointSize))
                runs.append({fragment.position(), fragment.length()});
        }
    }
    QTextCharFormat format;
    format.setFontPointSize(font.pointSizeF());
    format.setFontFamilies({font.family()});
    QTextCursor cursor(&document);
    for (const auto& [position, length] : runs) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

} // namespace

// The layout's fonts and lengths in CSS pixels: a 96 dpi device, so that the layout is the same on
// every screen and every output.
QPaintDevice* reportLayoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        return image;
    }();
    return &device;
}

QFont reportFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    return font;
}

QList<QTextTable*> documentTables(const QTextDocument& document)
{
    QList<QTextTable*> tables;
    const std::function<void(QTextFrame*)> collect = [&](QTextFrame* frame) {
        for (QTextFrame* child : frame->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(child))
                tables.append(table);
            collect(child);
        }
    };
    collect(document.rootFrame());
    return tables;
}

QString reportStyleSheet()
{
    QFile file(QStringLiteral(":/reports/report.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

std::unique_ptr<QTextDocument> makeReportDocument(const Report& report, ChartRendering charts, double width, bool paged)
{
    return makeReportDocument(report.fullHtml(), report, charts, width, paged);
}

std::unique_ptr<QTextDocument> makeReportDocument(const QString& html, const Report& report, ChartRendering charts,
                                                  double width, bool paged)
{
    // The layout is created last: changing the charts' formats under an existing layout relays out
    // their whole table each time (and leaves Qt's incremental layout with stale positions).
    auto document = std::make_unique<QTextDocument>();
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    const QFont font = reportFont();
    document->setDefaultFont(font);
    QString styleSheet = reportStyleSheet();
    if (!paged) {
        // Qt's OpenDocument writer turns proportional line heights into spacing LibreOffice
        // doubles inside table cells: the editable copy keeps the font's own line height.
        styleSheet.remove(QRegularExpression(QStringLiteral("line-height: *\\d+%;")));
        // Its cells' "vertical-align: top" comes out as text raised by a full line in LibreOffice.
        styleSheet.remove(QStringLiteral("vertical-align: top;"));
    }
    document->setDefaultStyleSheet(styleSheet);
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    if (charts == ChartRendering::Image) {
        for (qsizetype i = 0; i < report.charts.size(); ++i)
            document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                                  chartImage(report.charts.at(i), 300));
    }
    document->setTextWidth(width);
    if (paged) {
        document->setHtml(html);
    } else {
        // Without pages, the contents have no page numbers: their column goes.
        QString withoutPages = html;
        withoutPages.remove(QRegularExpression(QStringLiteral("<td class=\"toc-page\"[^>]*>[^<]*</td>")));
        document->setHtml(withoutPages);
    }
    if (!paged) {
        const QList<QTextTable*> tables = documentTables(*document);
        outlineTables(tables);
        moveTextBackgroundsToCells(tables);
        // Qt 6.4's writer writes a fixed column width's value followed by "pt": widths in points.
        fixColumnWidths(tables, width * 0.75);
        spellOutDefaultFont(*document, font);
    }
    const bool vectorCharts = charts == ChartRendering::Vector && html.contains(QLatin1String("src=\"chart:"));
    if (vectorCharts)
        replaceChartImages(*document);
    if (paged) {
        document->documentLayout()->setPaintDevice(reportLayoutDevice());
        if (vectorCharts)
            document->documentLayout()->registerHandler(ChartObjectType,
                                                        new ChartObject(report.charts, document.get()));
        document->setTextWidth(width);
    }
    return document;
}

QHash<QString, double> headingPositions(const QTextDocument& document)
{
    QHash<QString, double> positions;
    auto* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList anchors = it.fragment().charFormat().anchorNames();
            if (!anchors.isEmpty()) {
                positions.insert(anchors.constFirst(), layout->blockBoundingRect(block).top());
                break;
            }
        }
    }
    return positions;
}

void fillContentsPages(QTextDocument& document, const Report& report, const QHash<QString, int>& pages)
{
    // One edit: the contents are laid out again once, not after each number.
    QTextCursor edit(&document);
    edit.beginEditBlock();
    QTextCursor from(&document);
    for (const QString& anchor : report.contentsAnchors) {
        QTextCursor found = document.find(Report::pageToken(anchor), from);
        if (found.isNull())
            continue;
        found.insertText(pages.contains(anchor) ? QString::number(pages.value(anchor)) : QString());
        from = found;
    }
    edit.endEditBlock();
    // One full layout again (see makeReportDocument).
    document.setPageSize(document.pageSize());
}

} // namespace pacte

#include "reportdocument.moc"
