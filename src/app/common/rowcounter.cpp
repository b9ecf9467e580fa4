#include "rowcounter.h"

#include <QAbstractProxyModel>
#include <QTimer>

namespace pacte {

RowCounter::RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int)> bucket, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_bucket(std::move(bucket))
    , m_counts(buckets, 0)
{
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid()) {
            add(first, last, 1);
            schedule();
        }
    });
    // Counted before they go: afterwards they can no longer be mapped to the source.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    add(first, last, -1);
            });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &RowCounter::schedule);
    connect(proxy, &QAbstractItemModel::modelReset, this, &RowCounter::recount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &RowCounter::recount);
    recount();
}

void RowCounter::recount()
{
    m_counts.fill(0);
    add(0, m_proxy->rowCount() - 1, 1);
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

void RowCounter::add(int first, int last, int sign)
{
    for (int row = first; row <= last; ++row) {
        const int bucket = m_bucket(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (bucket >= 0 && bucket < m_counts.size())
            m_counts[bucket] += sign;
    }
}

} // namespace pacte
