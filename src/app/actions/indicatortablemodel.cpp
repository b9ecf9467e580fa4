#include "indicatortablemodel.h"

#include "celldelegate.h"
#include "domain/format.h"

#include <QBrush>
#include <QColor>

namespace pacte {

std::optional<bool> targetMet(const Indicator& indicator)
{
    const Measurement* latest = indicator.latest();
    if (!latest)
        return std::nullopt;
    const std::optional<double> target = latest->target ? latest->target : indicator.target;
    if (!target)
        return std::nullopt;
    const bool downwards = indicator.baseline && *indicator.baseline > *target;
    return downwards ? latest->value <= *target : latest->value >= *target;
}

IndicatorTableModel::IndicatorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void IndicatorTableModel::setIndicators(const QList<Indicator>& indicators)
{
    bool sameRows = indicators.size() == m_indicators.size();
    for (int i = 0; sameRows && i < indicators.size(); ++i)
        sameRows = indicators.at(i).uuid == m_indicators.at(i).uuid && !indicators.at(i).uuid.isNull();
    if (!sameRows) {
        beginResetModel();
        m_indicators = indicators;
        endResetModel();
        return;
    }
    if (indicators == m_indicators)
        return;
    m_indicators = indicators;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::display(const Indicator& indicator, int column) const
{
    const auto number = [](const std::optional<double>& value) { return value ? formatNumber(*value) : QString(); };
    switch (column) {
    case Name:
        return indicator.name;
    case Kind:
        return enumLabel(indicator.kind);
    case Unit:
        return indicator.unit;
    case Baseline:
        return number(indicator.baseline);
    case Target:
        return number(indicator.target);
    case Latest: {
        const Measurement* latest = indicator.latest();
        return latest ? formatNumber(latest->value) : QString();
    }
    case TargetMet: {
        const auto met = targetMet(indicator);
        return met ? (*met ? QStringLiteral("✓") : QStringLiteral("✗")) : QString();
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator& indicator = m_indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(indicator, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Kind:
            return static_cast<int>(indicator.kind);
        case Baseline:
            return indicator.baseline ? QVariant(*indicator.baseline) : QVariant();
        case Target:
            return indicator.target ? QVariant(*indicator.target) : QVariant();
        default:
            return display(indicator, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == TargetMet)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(index.column() >= Baseline ? Qt::AlignRight | Qt::AlignVCenter
                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == TargetMet) {
            if (const auto met = targetMet(indicator))
                return QBrush(*met ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa0, 0x00, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return indicator.name;
        if (index.column() == Latest || index.column() == TargetMet) {
            if (const Measurement* latest = indicator.latest())
                return tr("Measured on %1").arg(formatDate(latest->date));
        }
        return {};
    case CellEditorRole:
        switch (index.column()) {
        case Kind:
            return static_cast<int>(CellEditor::IndicatorKind);
        case Baseline:
        case Target:
            return static_cast<int>(CellEditor::OptionalNumber);
        default:
            return static_cast<int>(CellEditor::Text);
        }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headers: seven columns share a detail pane of about 450 pixels; the tooltips say more.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Name:
        return tip ? tr("Name of the indicator") : tr("Indicator");
    case Kind:
        return tip ? tr("Output (what was done) or outcome (the effect on people)") : tr("Kind");
    case Unit:
        return tr("Unit");
    case Baseline:
        return tip ? tr("Value at the start") : tr("Baseline");
    case Target:
        return tip ? tr("Value aimed at") : tr("Target");
    case Latest:
        return tip ? tr("Latest measured value") : tr("Latest");
    case TargetMet:
        return tip ? tr("Whether the latest value reached its target") : tr("Met");
    default:
        return {};
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() <= Target)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool IndicatorTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_apply ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Indicator> indicators = m_indicators;
    Indicator& indicator = indicators[index.row()];
    const auto optionalNumber = [&value] { return value.isValid() ? std::optional(value.toDouble()) : std::nullopt; };
    switch (index.column()) {
    case Name:
        indicator.name = value.toString().trimmed();
        break;
    case Kind:
        indicator.kind = static_cast<IndicatorKind>(value.toInt());
        break;
    case Unit:
        indicator.unit = value.toString().trimmed();
        break;
    case Baseline:
        indicator.baseline = optionalNumber();
        break;
    case Target:
        indicator.target = optionalNumber();
        break;
    default:
        return false;
    }
    if (indicators == m_indicators)
        return true;
    return m_apply(indicators);
}

} // namespace pacte
