#pragma once

#include "app/common/readablecolour.h"
#include "celldelegate.h"

#include <functional>

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace pacte {

// One column of a ChildTableModel, written with designated initialisers. The parts are plain
// functions (captureless lambdas): a cell depends on its item alone.
template <typename Item>
struct ChildColumn
{
    using Show = QVariant (*)(const Item&);
    // Puts an edited value into the item; false refuses it (an invalid date, say).
    using Set = bool (*)(Item&, const QVariant&);

    const char* header = nullptr;    // marked with QT_TRANSLATE_NOOP in the model's context
    const char* headerTip = nullptr; // the header's tooltip, if it has one
    Show display = nullptr;
    Show editValue = nullptr; // what an editor starts from; the display value when null
    Set set = nullptr;        // null: the column is read-only
    CellEditor editor = CellEditor::Text;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Show foreground = nullptr;
    Show toolTip = nullptr;
};

// The children of one record shown in an editable table: an action's indicators, an indicator's
// measurements. The model never changes its rows itself: an edit hands the whole new list to
// `apply` (which commits the record as one undo step) and the editor then shows the stored list
// again through setItems().
template <typename Item>
class ChildTableModel final : public QAbstractTableModel
{
public:
    using Column = ChildColumn<Item>;
    using Apply = std::function<bool(const QList<Item>& items)>;

    // `context` is the translation context of the columns' texts.
    ChildTableModel(const char* context, QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_context(context)
        , m_columns(std::move(columns))
    {}

    void setApply(Apply apply) { m_apply = std::move(apply); }
    // Same items in the same order: the cells change in place (an open editor or the selection
    // survives); otherwise the model is reset.
    void setItems(const QList<Item>& items);
    const QList<Item>& items() const { return m_items; }
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    bool isCell(const QModelIndex& index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }

    const char* m_context;
    QList<Column> m_columns;
    QList<Item> m_items;
    Apply m_apply;
    bool m_editable = true;
};

template <typename Item>
void ChildTableModel<Item>::setItems(const QList<Item>& items)
{
    bool sameRows = items.size() == m_items.size();
    for (int i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).uuid == m_items.at(i).uuid && !items.at(i).uuid.isNull();
    if (!sameRows) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    if (items == m_items)
        return;
    m_items = items;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

template <typename Item>
QVariant ChildTableModel<Item>::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const Item& item = m_items.at(index.row());
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.display(item);
    case Qt::EditRole:
        return column.editValue ? column.editValue(item) : column.display(item);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignment);
    case Qt::ForegroundRole:
        return column.foreground ? readableForeground(column.foreground(item)) : QVariant();
    case Qt::ToolTipRole:
        return column.toolTip ? column.toolTip(item) : QVariant();
    case CellEditorRole:
        return static_cast<int>(column.editor);
    default:
        return {};
    }
}

template <typename Item>
QVariant ChildTableModel<Item>::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        const Column& column = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate(m_context, column.header);
        if (role == Qt::ToolTipRole && column.headerTip)
            return QCoreApplication::translate(m_context, column.headerTip);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

template <typename Item>
Qt::ItemFlags ChildTableModel<Item>::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() < m_columns.size() && m_columns.at(index.column()).set)
        flags |= Qt::ItemIsEditable;
    return flags;
}

template <typename Item>
bool ChildTableModel<Item>::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_apply || !isCell(index))
        return false;
    const Column& column = m_columns.at(index.column());
    if (!column.set)
        return false;
    QList<Item> items = m_items;
    if (!column.set(items[index.row()], value))
        return false;
    if (items == m_items)
        return true;
    return m_apply(items);
}

} // namespace pacte
