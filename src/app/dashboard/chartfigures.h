#pragma once

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QStandardItemModel;
class QVBoxLayout;

namespace pacte::dashboard {

// The figures a chart draws, as a table (its text alternative, for screen readers and the
// keyboard): one row per slice of a pie, or per category of bars with one column per bar set.
void fillChartFigures(QStandardItemModel* model, const QChart* chart);

// Below the charts, when the user asks for the figures ("Voir les chiffres"): each chart shown as a
// titled table, one after the other in the order of the charts, each reachable with Tab.
class ChartFiguresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartFiguresPanel)

public:
    explicit ChartFiguresPanel(QWidget* parent = nullptr);
    // Rebuilds the tables from the charts not hidden.
    void setCharts(const QList<QChartView*>& views);

private:
    QVBoxLayout* m_layout;
};

} // namespace pacte::dashboard
