#pragma once

#include <functional>

#include <QList>
#include <QObject>

class QAbstractProxyModel;

namespace pacte {

// Counts the rows a proxy shows, per bucket (a status, say), following the proxy's inserted, removed
// and changed rows, and says so once the proxy is done. Each source row remembers the bucket it was
// counted in, so that a row whose bucket changed in place, or that a filter hides after such a change,
// is moved or taken out of the bucket it was counted in: an edit costs the rows it touches, not a
// recount of 50,000 (and a filter change on 50,000 rows, thousands of ranges, is counted as it comes).
class RowCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCounter)

public:
    // `bucket` gives the bucket (0 .. buckets-1) of a source row, or -1 for none.
    RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int sourceRow)> bucket,
               QObject* parent = nullptr);

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
    void count(int sourceRow, int bucket);

    QAbstractProxyModel* m_proxy;
    std::function<int(int)> m_bucket;
    QList<int> m_counts;
    QList<int> m_counted; // per source row: the bucket it is counted in, NotCounted when not shown
    bool m_scheduled = false;
};

} // namespace pacte
