#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

class QAbstractProxyModel;

namespace pacte {

// Counts the rows a proxy shows, per bucket (a status, say), following the proxy's inserted, removed
// and changed rows, and says so once the proxy is done. Each counted row is remembered with its
// bucket, so that a row whose bucket changed in place, or that a filter hides after such a change, is
// moved or taken out of the bucket it was counted in: an edit costs the rows it touches, not a recount
// of 50,000 (a filter change on 50,000 rows comes as thousands of ranges, counted as they come).
class RowCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCounter)

public:
    // `bucket` gives the bucket (0 .. buckets-1) of a source row, or -1 for none; `key` its identity.
    RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int sourceRow)> bucket,
               std::function<QUuid(int sourceRow)> key, QObject* parent = nullptr);

    int count(int bucket) const { return m_counts.value(bucket); }
    // Counts every shown row again (the proxy was reset).
    void recount();

signals:
    // Once per burst of changes, from the event loop.
    void changed();

private:
    void add(int first, int last);
    void remove(int first, int last);
    void update(int first, int last);
    void schedule();
    int sourceRow(int proxyRow) const;

    QAbstractProxyModel* m_proxy;
    std::function<int(int)> m_bucket;
    std::function<QUuid(int)> m_key;
    QList<int> m_counts;
    QHash<QUuid, int> m_counted; // the shown rows, with the bucket each was counted in
    bool m_scheduled = false;
};

} // namespace pacte
