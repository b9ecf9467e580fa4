#pragma once

#include "domain/textsearch.h"
#include "rowfilters.h"

#include <functional>

#include <QAbstractTableModel>
#include <QHash>

namespace pacte {

// One column of a ListTableModel, written with designated initialisers ({.header = ..., .display = ...}):
// what it shows, what it sorts on (default: the folded display text), its alignment, colour and tooltip.
// The parts are plain functions (captureless lambdas): a column depends on its row alone.
template <typename Row>
struct ListColumn
{
    using Part = QVariant (*)(const Row&);
    QString header;
    Part display = nullptr;
    Part sortKey = nullptr;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Part foreground = nullptr;
    Part toolTip = nullptr;
};

// A read-only table over a list of rows (each deriving from RowBase), with columns given as
// functions. Edits never go through the model: editors push undo commands, and the section then
// refreshes the rows (qBittorrent-style model + final proxy, see RecordFilterProxy).
template <typename Row>
class ListTableModel final : public QAbstractTableModel
{
public:
    using Column = ListColumn<Row>;

    explicit ListTableModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        reindex();
        endResetModel();
    }

    // Replaces the row with the same uuid, or appends it.
    void upsertRow(const Row& row)
    {
        const int index = rowOf(row.uuid);
        if (index >= 0) {
            m_rows[index] = row;
            emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
            return;
        }
        const int end = static_cast<int>(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(row);
        m_index.insert(row.uuid, end);
        endInsertRows();
    }

    void removeRowByUuid(const QUuid& uuid)
    {
        const int index = rowOf(uuid);
        if (index < 0)
            return;
        beginRemoveRows({}, index, index);
        m_rows.removeAt(index);
        m_index.remove(uuid);
        for (int i = index; i < m_rows.size(); ++i) // only the rows after it moved up
            m_index[m_rows.at(i).uuid] = i;
        endRemoveRows();
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(const QUuid& uuid) const { return m_index.value(uuid, -1); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Row& row = m_rows.at(index.row());
        const Column& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case Qt::ForegroundRole:
            return column.foreground ? column.foreground(row) : QVariant();
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(row) : QVariant();
        case SortRole: {
            if (column.sortKey)
                return column.sortKey(row);
            const QVariant display = column.display(row);
            return display.typeId() == QMetaType::QString ? QVariant(foldForSearch(display.toString())) : display;
        }
        case SearchRole:
            return row.searchText;
        case FiltersRole:
            return QVariant::fromValue(row.filters);
        case UuidRole:
            return row.uuid;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

private:
    void reindex()
    {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).uuid, i);
    }

    QList<Column> m_columns;
    QList<Row> m_rows;
    QHash<QUuid, int> m_index;
};

} // namespace pacte
