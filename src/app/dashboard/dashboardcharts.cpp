#include "dashboardcharts.h"

#include "chartparts.h"
#include "dashboardpalette.h"
#include "domain/edition.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace pacte::dashboard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DashboardCharts)
};

QString number(int value)
{
    return QLocale().toString(value);
}

QString rowLabel(const DashboardFigures::Count& row, const QString& noneLabel)
{
    return row.id == NoId && row.label.isEmpty() ? noneLabel : row.label;
}

} // namespace

QChart* makeStatusChart(const DashboardFigures& figures, const LinkHandler& open)
{
    QChart* chart = newChart(Tr::tr("Actions by status (%1)").arg(number(figures.actions)));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.9);
    for (ActionStatus status : statusOrder()) {
        const int count = figures.actionsByStatus.value(status);
        if (count == 0)
            continue;
        const int percent = qRound(100.0 * count / std::max(1, figures.actions));
        QPieSlice* slice = series->append(Tr::tr("%1 — %2").arg(enumLabel(status), number(count)), count);
        slice->setProperty("status", static_cast<int>(status));
        slice->setColor(statusColour(status));
        slice->setBorderColor(Qt::white);
        const Link link{SectionId::Actions, FilterKey::Status, static_cast<int>(status), {}};
        QObject::connect(slice, &QPieSlice::clicked, slice, [open, link] { open(link); });
        const QString tip = Tr::tr("%1: %2 of %3 actions (%4 %)\nClick to list them.")
                                .arg(enumLabel(status), number(count), number(figures.actions))
                                .arg(percent);
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool hovered) {
            slice->setExploded(hovered);
            showTip(hovered, tip);
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        auto* pieMarker = qobject_cast<QPieLegendMarker*>(marker);
        QPieSlice* slice = pieMarker ? pieMarker->slice() : nullptr;
        if (slice)
            QObject::connect(marker, &QLegendMarker::clicked, slice, &QPieSlice::clicked);
    }
    return chart;
}

QChart* makeStatusBarsChart(const QString& title, const QList<DashboardFigures::Count>& rows, FilterKey key,
                            const QString& noneLabel, const LinkHandler& open)
{
    QChart* chart = newChart(title);
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.65);
    QStringList categories;
    int maximum = 0;
    for (const auto& row : rows) {
        categories.append(shortened(rowLabel(row, noneLabel), CategoryLabelLength));
        maximum = std::max(maximum, row.count);
    }
    for (ActionStatus status : statusOrder()) {
        const bool any =
            std::any_of(rows.cbegin(), rows.cend(), [status](const auto& row) { return row.byStatus.value(status); });
        if (!any)
            continue;
        auto* set = new QBarSet(enumLabel(status));
        set->setProperty("status", static_cast<int>(status));
        set->setColor(statusColour(status));
        set->setBorderColor(statusColour(status));
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            set->append(it->byStatus.value(status));
        QObject::connect(set, &QBarSet::clicked, set, [rows, key, status, open](int index) {
            const auto& row = rows.at(rowOf(index, rows.size()));
            if (row.id == NoId)
                return; // "no axis": the list has no such facet value
            open({SectionId::Actions, key, row.id, QPair(FilterKey::Status, static_cast<int>(status))});
        });
        QObject::connect(set, &QBarSet::hovered, set, [rows, noneLabel, status](bool hovered, int index) {
            const auto& row = rows.at(rowOf(index, rows.size()));
            showTip(hovered, Tr::tr("%1\n%2: %3 of %4 actions\nClick to list them.")
                                 .arg(rowLabel(row, noneLabel), enumLabel(status), number(row.byStatus.value(status)),
                                      number(row.count)));
        });
        series->append(set);
    }
    attachAxes(chart, series, categories, maximum);
    // A legend entry lists the actions of that status, whatever the row.
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
        if (!barMarker || !barMarker->barset())
            continue;
        const int status = barMarker->barset()->property("status").toInt();
        QObject::connect(marker, &QLegendMarker::clicked, marker, [open, status] {
            open({SectionId::Actions, FilterKey::Status, status, {}});
        });
    }
    return chart;
}

QChart* makeCountChart(const QString& title, const QList<DashboardFigures::Count>& rows, SectionId section,
                       FilterKey key, qsizetype maxRows, const LinkHandler& open)
{
    const QList<DashboardFigures::Count> shown = rows.mid(0, maxRows);
    QChart* chart = newChart(
        rows.size() > maxRows ? Tr::tr("%1 (first %2 of %3)").arg(title).arg(maxRows).arg(rows.size()) : title);
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* set = new QBarSet(title);
    set->setColor(neutralColour());
    set->setBorderColor(neutralColour());
    set->setLabelColor(Qt::white);
    QStringList categories;
    int maximum = 0;
    for (const auto& row : shown) {
        categories.append(shortened(rowLabel(row, Tr::tr("(none)")), CategoryLabelLength));
        maximum = std::max(maximum, row.count);
    }
    for (auto it = shown.crbegin(); it != shown.crend(); ++it)
        set->append(it->count);
    QObject::connect(set, &QBarSet::clicked, set, [shown, section, key, open](int index) {
        const auto& row = shown.at(rowOf(index, shown.size()));
        if (row.id != NoId)
            open({section, key, row.id, {}});
    });
    QObject::connect(set, &QBarSet::hovered, set, [shown](bool hovered, int index) {
        const auto& row = shown.at(rowOf(index, shown.size()));
        showTip(hovered, Tr::tr("%1: %2\nClick to list them.").arg(rowLabel(row, Tr::tr("(none)")), number(row.count)));
    });
    series->append(set);
    attachAxes(chart, series, categories, maximum);
    return chart;
}

} // namespace pacte::dashboard
