#include "chartfigures.h"

#include <algorithm>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pacte::dashboard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::dashboard::ChartFigures)
};

QStandardItem* figure(qreal value)
{
    auto* item = new QStandardItem(QLocale().toString(value, 'f', 0));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* text(const QString& value)
{
    auto* item = new QStandardItem(value);
    item->setEditable(false);
    return item;
}

QStringList barCategories(const QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

void fillPie(QStandardItemModel* model, const QPieSeries* series)
{
    model->setHorizontalHeaderLabels({Tr::tr("Category"), Tr::tr("Number")});
    for (const QPieSlice* slice : series->slices()) {
        // A slice's label may carry its count ("réalisée — 12"): the name is what comes before.
        const QString name = slice->label().section(QStringLiteral(" — "), 0, 0);
        model->appendRow({text(name), figure(slice->value())});
    }
}

void fillBars(QStandardItemModel* model, const QAbstractBarSeries* series, const QStringList& categories)
{
    QStringList headers{Tr::tr("Category")};
    const QList<QBarSet*> sets = series->barSets();
    for (const QBarSet* set : sets)
        headers << (set->label().isEmpty() ? Tr::tr("Number") : set->label());
    model->setHorizontalHeaderLabels(headers);
    qsizetype rows = categories.size();
    for (const QBarSet* set : sets)
        rows = std::max(rows, static_cast<qsizetype>(set->count()));
    for (qsizetype row = 0; row < rows; ++row) {
        QList<QStandardItem*> items{text(row < categories.size() ? categories.at(row) : QString())};
        for (const QBarSet* set : sets)
            items << figure(row < set->count() ? set->at(row) : 0);
        model->appendRow(items);
    }
}

} // namespace

void fillChartFigures(QStandardItemModel* model, const QChart* chart)
{
    model->clear();
    if (!chart)
        return;
    for (QAbstractSeries* series : chart->series()) {
        if (const auto* pie = qobject_cast<QPieSeries*>(series)) {
            fillPie(model, pie);
            return;
        }
        if (const auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            fillBars(model, bars, barCategories(chart));
            return;
        }
    }
}

ChartFiguresPanel::ChartFiguresPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("chartFigures"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ChartFiguresPanel::setCharts(const QList<QChartView*>& views)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QChartView* view : views) {
        if (view->isHidden() || !view->chart())
            continue;
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(view->accessibleName().toHtmlEscaped()), this);
        auto* table = new QTableView(this);
        table->setObjectName(view->objectName() + QStringLiteral("Figures"));
        table->setAccessibleName(Tr::tr("%1: the figures").arg(view->accessibleName()));
        auto* model = new QStandardItemModel(table);
        fillChartFigures(model, view->chart());
        table->setModel(model);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false); // Tab goes on to the next table
        table->horizontalHeader()->setStretchLastSection(true);
        table->resizeColumnsToContents();
        // The whole table shows: the dashboard scrolls, not each table.
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                              model->rowCount() * table->verticalHeader()->defaultSectionSize() +
                              2 * table->frameWidth());
        title->setBuddy(table);
        m_layout->addWidget(title);
        m_layout->addWidget(table);
    }
}

} // namespace pacte::dashboard
