#pragma once

#include "domain/indicator.h"

#include <functional>

#include <QAbstractTableModel>

namespace pacte {

// The indicators of one action: name, kind, unit, baseline, target, latest value, target met.
// The model never changes its rows itself: an edit hands the whole new list to `apply` (which
// commits the action as one undo step) and the editor then shows the stored list again.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)

public:
    enum Column { Name, Kind, Unit, Baseline, Target, Latest, TargetMet, ColumnCount };
    using Apply = std::function<bool(const QList<Indicator>& indicators)>;

    explicit IndicatorTableModel(QObject* parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    // Same indicators in the same order: the cells change in place (an open editor or the
    // selection survives); otherwise the model is reset.
    void setIndicators(const QList<Indicator>& indicators);
    const QList<Indicator>& indicators() const { return m_indicators; }
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    QVariant display(const Indicator& indicator, int column) const;

    QList<Indicator> m_indicators;
    Apply m_apply;
    bool m_editable = true;
};

// Whether the latest measurement reached its target (the measurement's own, else the indicator's);
// when the baseline lies above the target the indicator is meant to go down. Nothing without both.
std::optional<bool> targetMet(const Indicator& indicator);

} // namespace pacte
