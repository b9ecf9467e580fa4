#pragma once

#include "domain/indicator.h"

#include <functional>

#include <QAbstractTableModel>

namespace pacte {

// The dated measurements of one indicator: date, value, target, comment. As for the indicators,
// an edit hands the whole new list to `apply`, and the stored list comes back through
// setMeasurements().
class MeasurementTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementTableModel)

public:
    enum Column { Date, Value, Target, Comment, ColumnCount };
    using Apply = std::function<bool(const QList<Measurement>& measurements)>;

    explicit MeasurementTableModel(QObject* parent = nullptr);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    void setMeasurements(const QList<Measurement>& measurements);
    const QList<Measurement>& measurements() const { return m_measurements; }
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    QList<Measurement> m_measurements;
    Apply m_apply;
    bool m_editable = true;
};

} // namespace pacte
