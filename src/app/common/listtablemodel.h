#pragma once

#include "domain/textsearch.h"
#include "readablecolour.h"
#include "rowfilters.h"
#include "sortranks.h"

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
    // Orders two rows directly (negative, zero, positive), for the large lists: sorting 50,000 rows
    // then builds no QVariant per comparison. Otherwise the sort keys are compared.
    int (*compare)(const Row&, const Row&) = nullptr;
};

// Three-way comparison of two values, for the columns' `compare`.
template <typename T>
int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// A read-only table over a list of rows (each deriving from RowBase), with columns given as
// functions. Edits never go through the model: editors push undo commands, and the section then
// refreshes the rows (qBittorrent-style model + final proxy, see RecordFilterProxy).
template <typename Row>
class ListTableModel final : public QAbstractTableModel, public RowSource
{
public:
    using Column = ListColumn<Row>;

    explicit ListTableModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_ranks(m_columns.size())
    {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        reindex();
        for (auto& ranks : m_ranks)
            ranks.invalidate();
        endResetModel();
    }

    // Replaces the row with the same uuid, or appends it.
    void upsertRow(const Row& row)
    {
        const int index = rowOf(row.uuid);
        if (index >= 0) {
            m_rows[index] = row;
            // Before the proxy hears of it: it sorts the row again with these ranks.
            for (int column = 0; column < m_ranks.size(); ++column)
                m_ranks[column].moved(index, lessOn(column));
            emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
            return;
        }
        const int end = static_cast<int>(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(row);
        m_index.insert(row.uuid, end);
        for (int column = 0; column < m_ranks.size(); ++column)
            m_ranks[column].appended(end, lessOn(column));
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
        for (auto& ranks : m_ranks)
            ranks.removed(index);
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
            return column.foreground ? readableForeground(column.foreground(row)) : QVariant();
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

    const RowBase* rowBase(int sourceRow) const override { return rowAt(sourceRow); }

    bool rowLessThan(int leftRow, int rightRow, int column) const override
    {
        const Row* left = rowAt(leftRow);
        const Row* right = rowAt(rightRow);
        if (!left || !right || column < 0 || column >= m_columns.size())
            return false;
        const Column& c = m_columns.at(column);
        if (c.compare) {
            SortRanks& ranks = m_ranks[column];
            if (!ranks.isBuilt())
                ranks.build(static_cast<int>(m_rows.size()), lessOn(column));
            return ranks.rank(leftRow) < ranks.rank(rightRow);
        }
        const QVariant a = data(index(leftRow, column), SortRole);
        const QVariant b = data(index(rightRow, column), SortRole);
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Unordered)
            return a.toString() < b.toString();
        return order == QPartialOrdering::Less;
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
    // The column's order on two rows, for its ranks (columns that can `compare` only).
    SortRanks::Less lessOn(int column) const
    {
        const auto compare = m_columns.at(column).compare;
        if (!compare)
            return {};
        return [this, compare](int a, int b) { return compare(m_rows.at(a), m_rows.at(b)) < 0; };
    }

    void reindex()
    {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).uuid, i);
    }

    QList<Column> m_columns;
    mutable QList<SortRanks> m_ranks; // per column that can `compare`, built when first sorted on
    QList<Row> m_rows;
    QHash<QUuid, int> m_index;
};

} // namespace pacte
