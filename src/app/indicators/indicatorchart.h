#pragma once

#include "domain/indicator.h"

#include <QPair>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;

namespace pacte {

// An indicator's measurements over time against its target: the measured values as a line with
// points, the target as a dashed line (each measurement's own target when it has one, else the
// indicator's), on a date axis. Made to be read at about 480×260 pixels, in the indicators section
// and in the action editor.
class IndicatorChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorChart)

public:
    explicit IndicatorChart(QWidget* parent = nullptr);
    ~IndicatorChart() override;

    void setIndicator(const Indicator& indicator);
    void clear();

    QLineSeries* valueSeries() const { return m_values; }
    QLineSeries* targetSeries() const { return m_targets; }
    QSize sizeHint() const override { return {480, 260}; }
    // Shorter when the window is: the action editor's indicators tab keeps room for the undo history
    // at 768 pixels.
    QSize minimumSizeHint() const override { return {320, 120}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // The chart's colours for the application's palette (Qt Charts' dark theme in a dark one).
    void applyTheme();
    void showEmpty(const QString& text);
    // Sets the date axis around the measurements; returns the range shown.
    QPair<QDate, QDate> setDateRange(const QDate& first, const QDate& last);
    void setValueRange(double low, double high);
    void showPointToolTip(const QPointF& point, bool entered);

    QStackedLayout* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_values = nullptr;
    QLineSeries* m_targets = nullptr;
    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QString m_unit;
};

} // namespace pacte
