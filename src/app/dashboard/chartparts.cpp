#include "chartparts.h"

#include "app/common/readablecolour.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace pacte::dashboard {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    // Qt Charts draws its own light background: in a dark palette, its dark theme instead.
    if (isDark(QGuiApplication::palette()))
        chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(QFont().pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis* countAxis(int maximum)
{
    int step = 1;
    for (int power = 1; step * 5 < maximum; power *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * power;
            if (step * 5 >= maximum)
                break;
        }
    }
    const int top = std::max(step, (maximum + step - 1) / step * step);
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void attachAxes(QChart* chart, QAbstractBarSeries* series, QStringList categories, int maximum)
{
    std::reverse(categories.begin(), categories.end());
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QValueAxis* values = countAxis(maximum);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

void showTip(bool hovered, const QString& text)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace pacte::dashboard
