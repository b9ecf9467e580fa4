#include "indicatorchart.h"

#include "app/common/readablecolour.h"
#include "domain/format.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

namespace pacte {

namespace {

// Points sit at noon, so that a date never slips to the day before in another time zone.
qreal dateX(const QDate& date)
{
    return static_cast<qreal>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate xDate(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x)).date();
}

} // namespace

IndicatorChart::IndicatorChart(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_emptyLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_values(new QLineSeries(this))
    , m_targets(new QLineSeries(this))
    , m_dateAxis(new QDateTimeAxis(this))
    , m_valueAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("indicatorChart"));
    setAccessibleName(tr("Chart of the indicator's measurements against its target"));
    m_emptyLabel->setObjectName(QStringLiteral("indicatorChartEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);

    m_values->setName(tr("Measured"));
    m_values->setPointsVisible(true);
    m_targets->setName(tr("Target"));

    m_chart->addSeries(m_values);
    m_chart->addSeries(m_targets);
    m_dateAxis->setFormat(QStringLiteral("MM/yyyy"));
    m_dateAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (auto* series : {m_values, m_targets}) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_valueAxis);
    }
    // Small enough for a side pane: thin margins, the legend under the plot, no animation.
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    applyTheme();

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("indicatorChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    connect(m_values, &QLineSeries::hovered, this, &IndicatorChart::showPointToolTip);
    showEmpty(tr("No indicator selected."));
}

IndicatorChart::~IndicatorChart() = default;

void IndicatorChart::clear()
{
    m_values->clear();
    m_targets->clear();
    m_unit.clear();
    showEmpty(tr("No indicator selected."));
}

void IndicatorChart::showEmpty(const QString& text)
{
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(m_emptyLabel);
}

void IndicatorChart::setIndicator(const Indicator& indicator)
{
    m_values->clear();
    m_targets->clear();
    m_unit = indicator.unit;
    QList<Measurement> measurements = indicator.measurements;
    std::stable_sort(measurements.begin(), measurements.end(),
                     [](const Measurement& a, const Measurement& b) { return a.date < b.date; });
    if (measurements.isEmpty()) {
        showEmpty(indicator.target ? tr("No measurement yet (target: %1).").arg(formatNumber(*indicator.target))
                                   : tr("No measurement yet."));
        return;
    }

    QList<QPointF> values;
    QList<QPointF> targets;
    double low = 0.0; // the value axis starts at zero unless values are negative
    double high = 0.0;
    int unknown = 0;
    for (const auto& m : std::as_const(measurements)) {
        // Unknown is not zero: a value not reported draws no point (the line joins the known ones).
        if (m.value) {
            values.append({dateX(m.date), *m.value});
            low = std::min(low, *m.value);
            high = std::max(high, *m.value);
        } else {
            ++unknown;
        }
        if (const auto target = m.target ? m.target : indicator.target) {
            // A new target applies from its measurement on: a step, not a slope.
            if (!targets.isEmpty() && targets.constLast().y() != *target)
                targets.append({dateX(m.date), targets.constLast().y()});
            targets.append({dateX(m.date), *target});
            low = std::min(low, *target);
            high = std::max(high, *target);
        }
    }
    const auto [from, to] = setDateRange(measurements.constFirst().date, measurements.constLast().date);
    // The target runs across the whole plot: it applied before the first and after the last point.
    if (!targets.isEmpty()) {
        targets.prepend({dateX(from), targets.constFirst().y()});
        targets.append({dateX(to), targets.constLast().y()});
    }
    m_values->replace(values);
    m_values->setName(unknown == 0 ? tr("Measured") : tr("Measured (%n not reported, not drawn)", nullptr, unknown));
    m_targets->replace(targets);
    setValueRange(low, high);
    m_valueAxis->setTitleText(indicator.unit);
    m_targets->setVisible(!targets.isEmpty());
    for (auto* marker : m_chart->legend()->markers(m_targets))
        marker->setVisible(!targets.isEmpty());
    m_stack->setCurrentWidget(m_view);
}

QPair<QDate, QDate> IndicatorChart::setDateRange(const QDate& first, const QDate& last)
{
    // Over more than two years, whole years labelled by the year: the axis spaces its ticks evenly
    // in time, so the range starts a day into January for no tick to fall on 31 December.
    if (first.daysTo(last) > 2 * 365) {
        const int firstYear = first.addDays(-2).year();
        const int years = last.year() + 1 - firstYear;
        const QDate from(firstYear, 1, 2);
        const QDate to(last.year() + 1, 1, 2);
        m_dateAxis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(0, 0)));
        m_dateAxis->setTickCount(years + 1);
        m_dateAxis->setFormat(QStringLiteral("yyyy"));
        return {from, to};
    }
    // Otherwise days, a fortnight either side so that no point is drawn on the frame.
    const QDate from = first.addDays(-15);
    const QDate to = last.addDays(15);
    m_dateAxis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(0, 0)));
    m_dateAxis->setTickCount(5);
    m_dateAxis->setFormat(QStringLiteral("dd/MM/yy"));
    return {from, to};
}

void IndicatorChart::setValueRange(double low, double high)
{
    if (high <= low)
        high = low + 1.0;
    // Ticks on round numbers (1, 2, 2.5 or 5 times a power of ten), about four intervals.
    const double rough = (high - low) / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10.0;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (power * factor >= rough) {
            step = power * factor;
            break;
        }
    }
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0.0);
    m_valueAxis->setTickInterval(step);
    m_valueAxis->setRange(std::floor(low / step) * step, std::ceil(high * 1.0001 / step) * step);
}

void IndicatorChart::showPointToolTip(const QPointF& point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QString value =
        m_unit.isEmpty() ? formatNumber(point.y()) : formatNumber(point.y()) + QLatin1Char(' ') + m_unit;
    QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(formatDate(xDate(point.x())), value), this);
}

void IndicatorChart::applyTheme()
{
    // A theme resets the series' pens and the fonts: set them after it, lighter on a dark background.
    m_chart->setTheme(isDark(QGuiApplication::palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    const QColor background = m_chart->backgroundBrush().color();
    QPen valuePen(readableOn(QColor(0x1f, 0x5f, 0xa8), background));
    valuePen.setWidthF(2.0);
    m_values->setPen(valuePen);
    QPen targetPen(readableOn(QColor(0xc0, 0x39, 0x2b), background));
    targetPen.setWidthF(1.5);
    targetPen.setStyle(Qt::DashLine);
    m_targets->setPen(targetPen);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.0));
    m_dateAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    m_chart->legend()->setFont(small);
}

void IndicatorChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The desktop switched between a light and a dark theme while Pacte runs.
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace pacte
