#include "measurementtablemodel.h"

#include "celldelegate.h"
#include "domain/format.h"

#include <QLocale>

namespace pacte {

MeasurementTableModel::MeasurementTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MeasurementTableModel::setMeasurements(const QList<Measurement>& measurements)
{
    bool sameRows = measurements.size() == m_measurements.size();
    for (int i = 0; sameRows && i < measurements.size(); ++i)
        sameRows = measurements.at(i).uuid == m_measurements.at(i).uuid && !measurements.at(i).uuid.isNull();
    if (!sameRows) {
        beginResetModel();
        m_measurements = measurements;
        endResetModel();
        return;
    }
    if (measurements == m_measurements)
        return;
    m_measurements = measurements;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MeasurementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_measurements.size());
}

int MeasurementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement& m = m_measurements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(m.date, QLocale::ShortFormat);
        case Value:
            return formatNumber(m.value);
        case Target:
            return m.target ? formatNumber(*m.target) : QString();
        case Comment:
            return m.comment;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Date:
            return m.date;
        case Value:
            return m.value;
        case Target:
            return m.target ? QVariant(*m.target) : QVariant();
        case Comment:
            return m.comment;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Value || index.column() == Target
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == Comment && !m.comment.isEmpty() ? QVariant(m.comment) : QVariant();
    case CellEditorRole:
        switch (index.column()) {
        case Date:
            return static_cast<int>(CellEditor::Date);
        case Value:
            return static_cast<int>(CellEditor::Number);
        case Target:
            return static_cast<int>(CellEditor::OptionalNumber);
        default:
            return static_cast<int>(CellEditor::Text);
        }
    default:
        return {};
    }
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

Qt::ItemFlags MeasurementTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MeasurementTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_apply ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Measurement> measurements = m_measurements;
    Measurement& m = measurements[index.row()];
    switch (index.column()) {
    case Date:
        if (!value.toDate().isValid())
            return false;
        m.date = value.toDate();
        break;
    case Value:
        m.value = value.toDouble();
        break;
    case Target:
        m.target = value.isValid() ? std::optional(value.toDouble()) : std::nullopt;
        break;
    case Comment:
        m.comment = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (measurements == m_measurements)
        return true;
    return m_apply(measurements);
}

} // namespace pacte
