#include "rowcounter.h"

#include <QAbstractProxyModel>
#include <QTimer>

namespace pacte {

namespace {

constexpr int NotCounted = -2; // -1 is a shown row without a bucket

} // namespace

RowCounter::RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int)> bucket, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_bucket(std::move(bucket))
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
    // The source's rows move when rows are added or removed before them: the remembered buckets
    // follow. Room is made before the proxy shows new rows (it does on the source's rowsInserted);
    // rows go after the proxy, connected first, has taken out those it showed.
    QAbstractItemModel* source = proxy->sourceModel();
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid() && first <= m_counted.size())
                    m_counted.insert(first, last - first + 1, NotCounted);
            });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid() && last < m_counted.size())
            m_counted.remove(first, last - first + 1);
    });
    recount();
}

void RowCounter::recount()
{
    m_counts.fill(0);
    m_counted.fill(NotCounted, m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0);
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

void RowCounter::count(int sourceRow, int bucket)
{
    const int before = m_counted.at(sourceRow);
    if (before >= 0 && before < m_counts.size())
        --m_counts[before];
    if (bucket >= 0 && bucket < m_counts.size())
        ++m_counts[bucket];
    m_counted[sourceRow] = bucket;
}

void RowCounter::add(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        if (source >= 0 && source < m_counted.size() && m_counted.at(source) == NotCounted)
            count(source, m_bucket(source));
    }
}

void RowCounter::remove(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        if (source >= 0 && source < m_counted.size() && m_counted.at(source) != NotCounted)
            count(source, NotCounted);
    }
}

void RowCounter::update(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        if (source >= 0 && source < m_counted.size() && m_counted.at(source) != NotCounted)
            count(source, m_bucket(source));
    }
}

} // namespace pacte
