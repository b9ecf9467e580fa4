// The list machinery behind every section, on a model of its own: the proxy filters and sorts through
// the rows themselves (RowSource), the ranks of a column follow edits, additions and removals, and the
// row counter's counts per status always equal a count of the rows shown, whatever happened.
#include "app/common/listtablemodel.h"
#include "app/common/recordfilterproxy.h"
#include "app/common/rowcounter.h"
#include "app/common/sortranks.h"
#include "common/catchqt.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>
#include <random>

#include <QAbstractItemModelTester>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_listmodel_test {

using namespace pacte;

namespace {

struct TestRow : RowBase
{
    QString key;
    int status = 0;
};

QList<ListColumn<TestRow>> columns()
{
    return {{.header = QStringLiteral("Key"),
             .display = [](const TestRow& r) { return QVariant(r.key); },
             .sortKey = [](const TestRow& r) { return QVariant(r.key); },
             .compare = [](const TestRow& a, const TestRow& b) { return compareValues(a.key, b.key); }},
            {.header = QStringLiteral("Status"), .display = [](const TestRow& r) { return QVariant(r.status); }}};
}

TestRow makeRow(std::mt19937& random)
{
    TestRow row;
    row.uuid = QUuid::createUuid();
    row.key = QString::number(random() % 50);
    row.status = static_cast<int>(random() % 3);
    row.filters.status = row.status;
    row.searchText = QStringLiteral("row %1").arg(row.key);
    return row;
}

// What the counter should say: the shown rows, counted one by one.
QList<int> expectedCounts(const RecordFilterProxy& proxy, const ListTableModel<TestRow>& model)
{
    QList<int> counts(3, 0);
    for (int i = 0; i < proxy.rowCount(); ++i)
        ++counts[model.rowAt(proxy.mapToSource(proxy.index(i, 0)).row())->status];
    return counts;
}

} // namespace

TEST_CASE("the ranks of a column follow moves, additions and removals", "[gui][lists]")
{
    std::mt19937 random(7);
    QList<int> keys;
    for (int i = 0; i < 200; ++i)
        keys.append(static_cast<int>(random() % 40));
    const auto less = [&keys](int a, int b) { return keys.at(a) < keys.at(b); };
    SortRanks ranks;
    ranks.build(static_cast<int>(keys.size()), less);
    for (int step = 0; step < 400; ++step) {
        const int action = static_cast<int>(random() % 3);
        if (action == 0 && !keys.isEmpty()) {
            const int row = static_cast<int>(random() % keys.size());
            keys[row] = static_cast<int>(random() % 40);
            ranks.moved(row, less);
        } else if (action == 1) {
            keys.append(static_cast<int>(random() % 40));
            ranks.appended(static_cast<int>(keys.size()) - 1, less);
        } else if (!keys.isEmpty()) {
            const int row = static_cast<int>(random() % keys.size());
            keys.removeAt(row);
            ranks.removed(row);
        }
        // The ranks order the rows as their keys do, and are a permutation.
        QList<int> byRank(keys.size());
        std::iota(byRank.begin(), byRank.end(), 0);
        std::sort(byRank.begin(), byRank.end(), [&](int a, int b) { return ranks.rank(a) < ranks.rank(b); });
        for (qsizetype i = 1; i < byRank.size(); ++i)
            REQUIRE(keys.at(byRank.at(i - 1)) <= keys.at(byRank.at(i)));
        QList<int> sortedRanks;
        for (int row = 0; row < keys.size(); ++row)
            sortedRanks.append(ranks.rank(row));
        std::sort(sortedRanks.begin(), sortedRanks.end());
        for (qsizetype i = 0; i < sortedRanks.size(); ++i)
            REQUIRE(sortedRanks.at(i) == i);
    }
}

TEST_CASE("the counts per status equal the rows shown after edits, filters, sorts and removals", "[gui][lists]")
{
    std::mt19937 random(11);
    ListTableModel<TestRow> model(columns());
    QList<TestRow> rows;
    for (int i = 0; i < 120; ++i)
        rows.append(makeRow(random));
    model.setRows(rows);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(0, Qt::AscendingOrder);
    RowCounter counter(&proxy, 3, [&model](int sourceRow) {
        const TestRow* row = model.rowAt(sourceRow);
        return row ? row->status : -1;
    });
    for (int step = 0; step < 300; ++step) {
        switch (random() % 6) {
        case 0: { // a status or a key changed in place
            TestRow row = model.rows().at(static_cast<qsizetype>(random() % model.rows().size()));
            row.status = static_cast<int>(random() % 3);
            row.filters.status = row.status;
            row.key = QString::number(random() % 50);
            model.upsertRow(row);
            break;
        }
        case 1:
            model.upsertRow(makeRow(random));
            break;
        case 2:
            if (model.rowCount() > 10)
                model.removeRowByUuid(model.rows().at(static_cast<qsizetype>(random() % model.rows().size())).uuid);
            break;
        case 3:
            proxy.setFacet(FilterKey::Status, random() % 2 ? std::optional<qint64>(random() % 3) : std::nullopt);
            break;
        case 4:
            proxy.setSearchText(random() % 2 ? QString::number(random() % 10) : QString());
            break;
        default:
            proxy.sort(static_cast<int>(random() % 2), random() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        }
        const QList<int> expected = expectedCounts(proxy, model);
        INFO("step " << step);
        for (int status = 0; status < 3; ++status)
            REQUIRE(counter.count(status) == expected.at(status));
        // Sorted on the key column, the rows shown are in the key's order.
        if (proxy.sortColumn() == 0) {
            for (int i = 1; i < proxy.rowCount(); ++i) {
                const QString before = proxy.index(i - 1, 0).data().toString();
                const QString after = proxy.index(i, 0).data().toString();
                REQUIRE((proxy.sortOrder() == Qt::AscendingOrder ? before <= after : before >= after));
            }
        }
    }
}

} // namespace pacte_test_gui_listmodel_test
