#include "rowcounter.h"

#include <QAbstractProxyModel>
#include <QTimer>

namespace pacte {

RowCounter::RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int)> bucket,
                       std::function<QUuid(int)> key, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_counts(buckets, 0)
{
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid()) {
            add(first, last);
            schedule();
        }
    });
    // Taken out before they go: afterwards they can no longer be mapped to the source.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    remove(first, last);
            });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &RowCounter::schedule);
    connect(proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        if (!from.parent().isValid()) {
            update(from.row(), to.row());
            schedule();
        }
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, &RowCounter::recount);
    // A filter changed (RecordFilterProxy invalidates the proxy: one layout change) changes which rows
    // are shown; sorting (a vertical sort hint, also after an edit re-sorts a row) does not.
    connect(proxy, &QAbstractItemModel::layoutChanged, this,
            [this](const QList<QPersistentModelIndex>&, QAbstractItemModel::LayoutChangeHint hint) {
                if (hint != QAbstractItemModel::VerticalSortHint)
                    recount();
            });
    recount();
}

void RowCounter::recount()
{
    m_counts.fill(0);
    m_counted.clear();
    m_counted.reserve(m_proxy->rowCount());
    add(0, m_proxy->rowCount() - 1);
    schedule();
}

void RowCounter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        emit changed();
    });
}

int RowCounter::sourceRow(int proxyRow) const
{
    return m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
}

void RowCounter::add(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        const int bucket = m_bucket(source);
        const QUuid key = m_key(source);
        if (m_counted.contains(key))
            continue;
        m_counted.insert(key, bucket);
        if (bucket >= 0 && bucket < m_counts.size())
            ++m_counts[bucket];
    }
}

void RowCounter::remove(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const auto it = m_counted.constFind(m_key(sourceRow(row)));
        if (it == m_counted.cend())
            continue;
        if (it.value() >= 0 && it.value() < m_counts.size())
            --m_counts[it.value()];
        m_counted.erase(it);
    }
}

void RowCounter::update(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        const auto it = m_counted.find(m_key(source));
        if (it == m_counted.end())
            continue;
        const int bucket = m_bucket(source);
        if (bucket == it.value())
            continue;
        if (it.value() >= 0 && it.value() < m_counts.size())
            --m_counts[it.value()];
        if (bucket >= 0 && bucket < m_counts.size())
            ++m_counts[bucket];
        it.value() = bucket;
    }
}

} // namespace pacte
