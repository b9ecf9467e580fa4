#include "reportchart.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace pacte {

namespace {

constexpr double Px = 96.0; // CSS pixels per inch: the document's layout unit
const QColor TextColour(0x1f, 0x29, 0x33);
const QColor GridColour(0xd0, 0xd7, 0xde);

// Fonts sized in CSS pixels, whatever the device the painter is on.
QFont chartFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void paintLegend(QPainter& painter, const QRectF& rect, const QList<QPair<QString, QColor>>& entries)
{
    painter.setFont(chartFont(11));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double lineHeight = 18;
    double y = rect.top() + std::max(0.0, (rect.height() - lineHeight * entries.size()) / 2);
    for (const auto& [label, colour] : entries) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(rect.left(), y + 4, 11, 11), 2, 2);
        painter.setPen(TextColour);
        painter.drawText(QRectF(rect.left() + 17, y, rect.width() - 17, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(label, Qt::ElideRight, rect.width() - 17));
        y += lineHeight;
    }
}

void paintDonut(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    const double diameter = std::min(rect.height(), rect.width() * 0.45) - 8;
    const QRectF circle(rect.left() + 4, rect.center().y() - diameter / 2, diameter, diameter);
    const int total = chart.total();
    QList<QPair<QString, QColor>> legend;
    for (const auto& slice : chart.series)
        legend.append(
            {QStringLiteral("%1 : %2").arg(slice.label, QLocale().toString(slice.values.value(0))), slice.colour});
    painter.setPen(QPen(Qt::white, 1.5));
    if (total == 0) {
        painter.setBrush(GridColour);
        painter.drawEllipse(circle);
    } else {
        double start = 90.0;
        for (const auto& slice : chart.series) {
            const int value = slice.values.value(0);
            if (value == 0)
                continue;
            const double span = -360.0 * value / total;
            painter.setBrush(slice.colour);
            QPainterPath path;
            path.moveTo(circle.center());
            path.arcTo(circle, start, span);
            path.closeSubpath();
            painter.drawPath(path);
            start += span;
        }
    }
    const double hole = diameter * 0.56;
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(circle.center().x() - hole / 2, circle.center().y() - hole / 2, hole, hole));
    painter.setPen(TextColour);
    painter.setFont(chartFont(diameter * 0.16, true));
    painter.drawText(QRectF(circle.left(), circle.center().y() - hole * 0.38, diameter, hole * 0.45),
                     Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(total));
    painter.setFont(chartFont(std::max(9.0, diameter * 0.065)));
    painter.drawText(QRectF(circle.left(), circle.center().y() + hole * 0.07, diameter, hole * 0.3),
                     Qt::AlignHCenter | Qt::AlignTop, chart.centreLabel);
    paintLegend(painter, QRectF(circle.right() + 24, rect.top(), rect.right() - circle.right() - 24, rect.height()),
                legend);
}

// `text` broken into lines `width` wide; the last of `maxLines` lines elided when more would be needed.
QStringList wrappedLines(const QString& text, const QFont& font, QPaintDevice* device, double width, int maxLines)
{
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() + 1 == maxLines) {
            const QFontMetricsF metrics(font, device);
            lines << metrics.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void paintStackedBars(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    const double legendHeight = 22;
    const QRectF plot(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight);
    painter.setFont(chartFont(11));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double labelWidth = plot.width() * 0.36;
    const double barLeft = plot.left() + labelWidth + 8;
    const double barMaxWidth = plot.right() - barLeft - 34;
    const auto rows = chart.categories.size();
    const double rowHeight = rows == 0 ? 0 : plot.height() / static_cast<double>(rows);
    int maximum = 1;
    for (qsizetype row = 0; row < rows; ++row) {
        int sum = 0;
        for (const auto& series : chart.series)
            sum += series.values.value(row);
        maximum = std::max(maximum, sum);
    }
    painter.setPen(QPen(GridColour, 0.75));
    painter.drawLine(QPointF(barLeft, plot.top()), QPointF(barLeft, plot.bottom()));
    for (qsizetype row = 0; row < rows; ++row) {
        const double y = plot.top() + row * rowHeight;
        painter.setPen(TextColour);
        // A long title (an axis) on two lines rather than cut short.
        const int lines = rowHeight >= 2 * metrics.lineSpacing() ? 2 : 1;
        painter.drawText(
            QRectF(plot.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            wrappedLines(chart.categories.at(row), painter.font(), painter.device(), labelWidth, lines).join(u'\n'));
        const double barHeight = std::min(rowHeight * 0.62, 20.0);
        double x = barLeft;
        int sum = 0;
        painter.setPen(Qt::NoPen);
        for (const auto& series : chart.series) {
            const int value = series.values.value(row);
            const double width = barMaxWidth * value / maximum;
            painter.setBrush(series.colour);
            painter.drawRect(QRectF(x, y + (rowHeight - barHeight) / 2, width, barHeight));
            x += width;
            sum += value;
        }
        painter.setPen(TextColour);
        painter.drawText(QRectF(x + 5, y, 40, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(sum));
    }
    // The legend in one line under the bars, from the labels' side when it is too long to start under them.
    double legendWidth = 0;
    for (const auto& series : chart.series)
        legendWidth += metrics.horizontalAdvance(series.label) + 30;
    double x =
        barLeft + legendWidth - 16 <= rect.right() ? barLeft : std::max(rect.left(), rect.right() - legendWidth + 16);
    const double y = rect.bottom() - legendHeight + 4;
    for (const auto& series : chart.series) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(series.colour);
        painter.drawRoundedRect(QRectF(x, y + 3, 10, 10), 2, 2);
        painter.setPen(TextColour);
        const double width = metrics.horizontalAdvance(series.label);
        painter.drawText(QRectF(x + 14, y, width + 2, 16), Qt::AlignLeft | Qt::AlignVCenter, series.label);
        x += width + 30;
    }
}

void paintMiniBar(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    const int total = chart.total();
    painter.setPen(Qt::NoPen);
    if (total == 0) {
        painter.setBrush(GridColour);
        painter.drawRect(rect);
        return;
    }
    double x = rect.left();
    for (const auto& series : chart.series) {
        const double width = rect.width() * series.values.value(0) / total;
        painter.setBrush(series.colour);
        painter.drawRect(QRectF(x, rect.top(), width, rect.height()));
        x += width;
    }
}

} // namespace

int ReportChart::total() const
{
    int sum = 0;
    for (const auto& s : series) {
        for (int value : s.values)
            sum += value;
    }
    return sum;
}

void paintChart(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    if (chart.series.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    switch (chart.kind) {
    case ReportChart::Kind::Donut:
        paintDonut(painter, rect, chart);
        break;
    case ReportChart::Kind::StackedBars:
        paintStackedBars(painter, rect, chart);
        break;
    case ReportChart::Kind::MiniBar:
        paintMiniBar(painter, rect, chart);
        break;
    }
    painter.restore();
}

QImage chartImage(const ReportChart& chart, int dpi)
{
    const double scale = dpi / Px;
    QImage image((chart.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(painter, QRectF(QPointF(0, 0), chart.size), chart);
    return image;
}

} // namespace pacte
