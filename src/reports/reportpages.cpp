#include "reportpages.h"

#include "domain/format.h"
#include "reportdocument.h"
#include "reporthtml.h"
#include "sheetmeasurer.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::ReportPages)
};

// A4 in CSS pixels (1/96 inch), and the margins around the body.
constexpr double MillimetrePx = 96.0 / 25.4;
constexpr double PageWidth = 210 * MillimetrePx;
constexpr double PageHeight = 297 * MillimetrePx;
constexpr double MarginLeft = 20 * MillimetrePx;
constexpr double MarginRight = 20 * MillimetrePx;
constexpr double MarginTop = 24 * MillimetrePx;
constexpr double MarginBottom = 22 * MillimetrePx;
constexpr double BodyWidth = PageWidth - MarginLeft - MarginRight;
constexpr double BodyHeight = PageHeight - MarginTop - MarginBottom;
const QColor RuleColour(0x9f, 0xb3, 0xc8);
const QColor MarginTextColour(0x52, 0x60, 0x6d);

// N for a part that starts with "<!--pacte:sheet:N-->", -1 for any other part (laid out from its
// HTML, which a sheet's part holds too).
int sheetIndex(const QString& html)
{
    const QLatin1String mark(SheetMark);
    if (!html.startsWith(mark))
        return -1;
    const auto end = html.indexOf(QLatin1String("-->"), mark.size());
    bool ok = false;
    const int index = end < 0 ? -1 : QStringView(html).mid(mark.size(), end - mark.size()).toInt(&ok);
    return ok ? index : -1;
}

// Whether `document` holds the contents, with their page numbers still to fill in.
bool hasContentsPages(const QTextDocument& document)
{
    return document.characterCount() > 0 && !document.find(QString(QChar(0x27e6))).isNull();
}

QFont marginFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    return font;
}

} // namespace

QString reportFooterText(const Report& report)
{
    return Tr::tr("Pacte Territorial pour l'Insertion — %1").arg(formatDate(report.date));
}

QString reportPageText()
{
    return Tr::tr("page %1 / %2");
}

ReportPages::ReportPages(const Report& report, const ReportProgress& progress)
    : ReportPages(report, Deferred{})
{
    m_deferred = false;
    // The sheets are most of a large report's layout: a second thread measures them from the last one
    // back, with fonts and styles of its own, while this one lays the report out in order.
    if (report.sheets.size() >= MeasuredApart)
        m_measurer = std::make_unique<SheetMeasurer>(report.sheets, [] {
            auto styles = std::make_shared<const SheetStyles>(SheetStyles::read(reportStyleSheet(), reportFont()));
            auto texts = std::make_shared<SheetTextCache>();
            return [styles, texts](const ActionSheet& sheet, int index) {
                return SheetLayout(sheet, *styles, BodyWidth, reportLayoutDevice(), texts.get())
                    .extent(index, BodyHeight);
            };
        });
    while (m_nextPart < m_html.size()) {
        if (progress && !progress(static_cast<int>(m_parts.size()), static_cast<int>(m_html.size()))) {
            m_measurer.reset();
            m_cancelled = true;
            m_parts.clear();
            m_documents.clear();
            return;
        }
        layOutPart(m_html.at(m_nextPart++));
    }
    m_measurer.reset();
    finish();
}

ReportPages::ReportPages(const Report& report, Deferred)
    : m_report(report)
    , m_deferred(true)
{
    m_sheetStyles = SheetStyles::read(reportStyleSheet(), reportFont());
    m_html = report.html.split(QLatin1String(PartMark), Qt::SkipEmptyParts);
    m_partCount = static_cast<int>(m_html.size());
}

bool ReportPages::layOutMore(int budgetMs)
{
    if (m_complete || m_cancelled)
        return m_complete;
    QElapsedTimer timer;
    timer.start();
    for (int laid = 0; m_nextPart < m_html.size(); ++laid) {
        const QString& html = m_html.at(m_nextPart);
        if (html.size() > LongPart && !m_pending) {
            // A long section takes two slices of its own: read now, laid out next time.
            if (laid > 0)
                break;
            m_pending = makeReportDocument(html, m_report, ChartRendering::Vector, BodyWidth, true);
            return false;
        }
        const bool wasPending = m_pending != nullptr;
        layOutPart(html);
        ++m_nextPart;
        // The pages it gives (their cuts collected, a while again) come with the next slice.
        if (wasPending && m_nextPart < m_html.size())
            return false;
        if (timer.elapsed() >= budgetMs)
            break;
    }
    if (m_nextPart < m_html.size())
        addKnownPages();
    else
        finish();
    return m_complete;
}

void ReportPages::layOutPart(const QString& html)
{
    ReportPart part;
    const int sheet = sheetIndex(html);
    if (sheet >= 0 && sheet < m_report.sheets.size()) {
        // Measured, then released: a 6,000-sheet report kept 200 MB of laid-out text.
        const auto measureHere = [&] {
            return SheetLayout(m_report.sheets.at(sheet), m_sheetStyles, BodyWidth, reportLayoutDevice(), &m_sheetTexts)
                .extent(sheet, BodyHeight);
        };
        part.sheet = m_measurer ? m_measurer->extent(sheet, measureHere) : measureHere();
    } else {
        if (html.trimmed().isEmpty())
            return;
        m_documents.push_back(m_pending ? std::move(m_pending)
                                        : makeReportDocument(html, m_report, ChartRendering::Vector, BodyWidth, true));
        part.document = m_documents.back().get();
        if (m_deferred && hasContentsPages(*part.document)) {
            // Drawn until the page numbers are known: the same contents, "…" for each number.
            QString waiting = html;
            for (const QString& anchor : m_report.contentsAnchors)
                waiting.replace(Report::pageToken(anchor), QStringLiteral("\u2026"));
            m_standIns.emplace_back(part.document,
                                    makeReportDocument(waiting, m_report, ChartRendering::Vector, BodyWidth, true));
        }
    }
    part.top = m_top;
    m_parts.append(part);
    m_top += part.height();
}

void ReportPages::addKnownPages()
{
    if (m_parts.isEmpty())
        return;
    // The parts from the one before the next page's top (a heading ending it stays with what follows).
    const auto from = std::partition_point(m_parts.cbegin(), m_parts.cend(), [this](const ReportPart& part) {
        return part.top + part.height() <= m_nextPage.top;
    });
    const auto first = from == m_parts.cbegin() ? from : from - 1;
    const QList<PageSlice> pages =
        paginateFrom(std::span(&*first, static_cast<std::size_t>(m_parts.cend() - first)), BodyHeight, m_nextPage);
    // A page is known once every place it may end at is: the parts to come may move the cuts from
    // where they start on (a heading that ends the last part goes with them). The last page may
    // grow: left for later.
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const PageSlice& page = pages.at(i);
        if (page.top + BodyHeight - page.headerHeight() >= m_top)
            break;
        m_pages.append(page);
        const PageSlice& next = pages.at(i + 1);
        m_nextPage = PageSlice{next.top, 0, next.headerTop, next.headerBottom};
    }
}

void ReportPages::finish()
{
    m_html.clear();
    m_html.squeeze();
    m_standIns.clear();
    m_complete = true;
    // Two passes: the contents take as many lines whatever their numbers, so filling them in does
    // not move the headings they point to.
    m_pages = paginate(m_parts, BodyHeight);
    QHash<QString, int> headingPages;
    const auto positions = headingPositions();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        headingPages.insert(it.key(), pageAt(m_pages, it.value() + 0.5) + 1);
    bool moved = false;
    for (auto& document : m_documents) {
        if (hasContentsPages(*document)) {
            const double before = document->documentLayout()->documentSize().height();
            fillContentsPages(*document, m_report, headingPages);
            moved = moved || document->documentLayout()->documentSize().height() != before;
        }
    }
    if (!moved)
        return;
    double top = 0;
    for (auto& part : m_parts) {
        part.top = top;
        top += part.height();
    }
    m_pages = paginate(m_parts, BodyHeight);
}

QHash<QString, double> ReportPages::headingPositions() const
{
    QHash<QString, double> positions;
    for (const auto& part : m_parts) {
        if (!part.document)
            continue;
        const auto inPart = pacte::headingPositions(*part.document);
        for (auto it = inPart.cbegin(); it != inPart.cend(); ++it)
            positions.insert(it.key(), it.value() + part.top);
    }
    return positions;
}

ReportPages::~ReportPages() = default;

QSizeF ReportPages::pageSize()
{
    return {PageWidth, PageHeight};
}

int ReportPages::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

bool ReportPages::paint(QPagedPaintDevice& device, const ReportProgress& progress) const
{
    if (m_cancelled || !m_complete)
        return false;
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    const double scale = device.logicalDpiX() / 96.0;
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages)) {
            painter.end();
            return false;
        }
        if (page > 0)
            device.newPage();
        paintPage(painter, page, scale);
    }
    if (progress)
        progress(pages, pages);
    return painter.end();
}

void ReportPages::paintPage(QPainter& painter, int page, double scale) const
{
    painter.save();
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = pageCount();
    painter.setFont(marginFont());
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.setPen(MarginTextColour);

    // The header (not on the cover): the pact's name, and the scope.
    const bool cover = page == 0 && m_report.html.startsWith(QLatin1String("<p class=\"cover-space\">"));
    const double headerBase = 14 * MillimetrePx;
    if (!cover) {
        const QRectF header(MarginLeft, headerBase - 14, BodyWidth, 14);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(m_report.title, Qt::ElideRight, BodyWidth * 0.5));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                         metrics.elidedText(m_report.scopeText, Qt::ElideRight, BodyWidth * 0.48));
        painter.setPen(QPen(RuleColour, 0.75));
        painter.drawLine(QPointF(MarginLeft, headerBase + 3), QPointF(PageWidth - MarginRight, headerBase + 3));
    }
    // The footer: the date, and "page N / M".
    const double footerTop = PageHeight - 13 * MillimetrePx;
    painter.setPen(QPen(RuleColour, 0.75));
    painter.drawLine(QPointF(MarginLeft, footerTop - 4), QPointF(PageWidth - MarginRight, footerTop - 4));
    painter.setPen(MarginTextColour);
    const QRectF footer(MarginLeft, footerTop, BodyWidth, 14);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, reportFooterText(m_report));
    // Until the whole report is laid out, the page count is not known.
    const QString count = m_complete ? QString::number(pages) : QStringLiteral("\u2026");
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, reportPageText().arg(page + 1).arg(count));

    // The body: the header rows of a table going on from the page before, then the page's slice.
    const PageSlice& slice = m_pages.at(page);
    if (slice.headerHeight() > 0)
        paintSlice(painter, slice.headerTop, slice.headerBottom + 1, 0);
    paintSlice(painter, slice.top, slice.bottom + (slice.cutInTable ? 1 : 0), slice.headerHeight());
    painter.restore();
}

const SheetLayout& ReportPages::sheetLayout(int index) const
{
    constexpr std::size_t Kept = 4;
    const auto it = std::find_if(m_drawnSheets.cbegin(), m_drawnSheets.cend(),
                                 [index](const auto& drawn) { return drawn.first == index; });
    if (it != m_drawnSheets.cend())
        return *it->second;
    if (m_drawnSheets.size() >= Kept)
        m_drawnSheets.erase(m_drawnSheets.begin()); // the oldest: pages are drawn in order
    m_drawnSheets.emplace_back(index, std::make_unique<SheetLayout>(m_report.sheets.at(index), m_sheetStyles, BodyWidth,
                                                                    reportLayoutDevice(), &m_sheetTexts));
    return *m_drawnSheets.back().second;
}

void ReportPages::paintSlice(QPainter& painter, double top, double bottom, double pageY) const
{
    // The parts lie one under the other: the first that reaches below `top`, and those after it.
    const auto first = std::partition_point(m_parts.cbegin(), m_parts.cend(),
                                            [top](const ReportPart& part) { return part.top + part.height() <= top; });
    for (auto it = first; it != m_parts.cend() && it->top < bottom; ++it) {
        const ReportPart& part = *it;
        if (part.height() <= 0)
            continue;
        painter.save();
        painter.translate(MarginLeft, MarginTop + pageY - top + part.top);
        const QRectF clip(-2, top - part.top, BodyWidth + 4, bottom - top);
        if (part.sheet) {
            // A sheet's page starts on a row's top border, centred on the row's top: all of it shows.
            painter.setClipRect(clip.adjusted(0, -0.5, 0, 0));
            sheetLayout(part.sheet->index).draw(painter, clip.top(), clip.bottom());
        } else {
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            const auto standIn = std::find_if(m_standIns.cbegin(), m_standIns.cend(),
                                              [&part](const auto& stand) { return stand.first == part.document; });
            const QTextDocument* document = standIn == m_standIns.cend() ? part.document : standIn->second.get();
            document->documentLayout()->draw(&painter, context);
        }
        painter.restore();
    }
}

} // namespace pacte
