#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QChart;
class QValueAxis;

// The pieces every dashboard chart is made of, so that they all look alike.
namespace pacte::dashboard {

// A chart with a bold title, no animation, tight margins and the legend below.
QChart* newChart(const QString& title);
// An axis from 0 to a round maximum with integer ticks (1, 2 or 5 times a power of ten apart).
QValueAxis* countAxis(int maximum);
// Adds a horizontal bar series with its category axis (top-down `categories`) and count axis.
// Horizontal bars list their categories bottom-up: a set's values are appended last row first.
void attachAxes(QChart* chart, QAbstractBarSeries* series, QStringList categories, int maximum);
// The row of a horizontal bar, from the index a bar set reports.
inline qsizetype rowOf(int index, qsizetype rowCount)
{
    return rowCount - 1 - index;
}
// Shows `text` at the mouse while a segment is hovered.
void showTip(bool hovered, const QString& text);

} // namespace pacte::dashboard
