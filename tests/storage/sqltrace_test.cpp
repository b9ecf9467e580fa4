// The statements recorded for the benchmarks' sqlite3 comparison carry their values and run alone.
#include "common/testutil.h"
#include "storage/actionlist.h"
#include "storage/database.h"
#include "storage/editionloader.h"
#include "storage/sqltrace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_sqltrace_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("a traced statement has its values written in, quotes doubled, placeholders in quotes kept",
          "[storage][sqltrace]")
{
    const QString sql = QStringLiteral("SELECT '?', \"a?\", ? FROM t WHERE x = ? AND y = ? AND z IS ?");
    CHECK(sqltrace::withValues(sql, {QVariant(qlonglong(42)), QStringLiteral("l'été"), QVariant(2.5), QVariant()}) ==
          QStringLiteral("SELECT '?', \"a?\", 42 FROM t WHERE x = 'l''été' AND y = 2.5 AND z IS NULL"));
}

TEST_CASE("the statements of the actions list, recorded, give the same rows run alone", "[storage][sqltrace]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("trace.pacte")), true);
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    REQUIRE(edition.has_value());

    CHECK(sqltrace::stop().isEmpty()); // nothing is recorded unless asked
    sqltrace::start();
    const QList<ActionListRow> rows = listActions(*db, edition->id);
    const QStringList statements = sqltrace::stop();
    REQUIRE(!rows.isEmpty());
    REQUIRE(!statements.isEmpty());

    bool foundList = false;
    for (const QString& statement : statements) {
        QSqlQuery query(db->connection());
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
        if (statement.contains(QStringLiteral("FROM action a")) &&
            statement.startsWith(QStringLiteral("SELECT a.id, a.uuid"))) {
            int count = 0;
            while (query.next())
                ++count;
            CHECK(count == rows.size());
            foundList = true;
        }
    }
    CHECK(foundList);
    sqltrace::record(QStringLiteral("SELECT 1"), {});
    CHECK(sqltrace::stop().isEmpty()); // stopped: not recording
}

} // namespace pacte_test_storage_sqltrace_test
