#pragma once

#include <QColor>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QImage;
class QPainter;
class QRectF;

namespace pacte {

// A chart of the report as plain values, painted with QPainter: as vectors on the PDF and printer
// pages, as a high-resolution image in ODT and HTML.
struct ReportChart
{
    enum class Kind {
        Donut,       // one slice per series (its first value), a legend, and the total in the middle
        StackedBars, // one horizontal bar per category, stacked by series, with a legend
        MiniBar      // one thin bar stacked by series (their first value): a group's status mix
    };
    struct Series
    {
        QString label;
        QColor colour;
        QList<int> values; // one per category (StackedBars), or just one
    };

    Kind kind = Kind::Donut;
    QString centreLabel;    // under the donut's total: "actions"
    QStringList categories; // StackedBars only
    QList<Series> series;
    QSizeF size; // in CSS pixels (1/96 inch), as laid out in the document

    int total() const;
};

// Paints `chart` into `rect` (CSS pixels of the painter's coordinate system).
void paintChart(QPainter& painter, const QRectF& rect, const ReportChart& chart);
// The chart as an image of `dpi` dots per inch (300 for print-quality ODT and HTML).
QImage chartImage(const ReportChart& chart, int dpi);

} // namespace pacte
