#pragma once

#include <functional>

#include <QList>
#include <QObject>

class QAbstractProxyModel;

namespace pacte {

// Counts the rows a proxy shows, per bucket (a status, say), following the proxy's inserted and
// removed ranges, and says so once the proxy is done. A filter change on 50,000 rows comes as
// thousands of ranges: a footer recounted and relaid out after each one took seconds.
class RowCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCounter)

public:
    // `bucket` gives the bucket (0 .. buckets-1) of a source row, or -1 for none.
    RowCounter(QAbstractProxyModel* proxy, int buckets, std::function<int(int sourceRow)> bucket,
               QObject* parent = nullptr);

    int count(int bucket) const { return m_counts.value(bucket); }
    // After the source changed a row's bucket in place (dataChanged does not move rows).
    void recount();

signals:
    // Once per burst of changes, from the event loop.
    void changed();

private:
    void add(int first, int last, int sign);
    void schedule();

    QAbstractProxyModel* m_proxy;
    std::function<int(int)> m_bucket;
    QList<int> m_counts;
    bool m_scheduled = false;
};

} // namespace pacte
