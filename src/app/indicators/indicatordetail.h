#pragma once

#include "domain/indicator.h"
#include "indicatorrow.h"

#include <memory>

#include <QWidget>

namespace Ui {
class IndicatorDetail;
}

namespace pacte {

class IndicatorChart;

// The indicators section's detail pane: the selected indicator's action, baseline and target, its
// latest value and whether the target is met, its measurements over time in a chart and a table,
// and a link that opens the action (where the indicator is edited).
class IndicatorDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorDetail)

public:
    explicit IndicatorDetail(QWidget* parent = nullptr);
    ~IndicatorDetail() override;

    // `indicator` holds the measurements (the row has only the latest one).
    void setIndicator(const IndicatorRow& row, const Indicator& indicator);
    void clear();
    IndicatorChart* chart() const;

signals:
    void openActionRequested();

private:
    const std::unique_ptr<Ui::IndicatorDetail> m_ui;
};

} // namespace pacte
