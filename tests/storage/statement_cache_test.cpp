// On a server, the prepared statements are kept between uses (storage/statementcache.h): one round
// trip per statement instead of three. What is kept must still answer right: the same statement used
// twice at once, after an error, inside a transaction rolled back.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "storage/sqlquery.h"
#include "storage/statementcache.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_statement_cache {

using namespace pacte;
using namespace pacte::test;

namespace {

// The statements the server holds prepared for this connection whose text contains `marker`.
int preparedOnServer(Database& db, const QString& marker)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE ?"));
    query.bind(QLatin1Char('%') + marker + QLatin1Char('%')).exec();
    return query.next() ? query.integer(0) : -1;
}

QString territoryName(Database& db, Id id)
{
    SqlQuery query(db, QStringLiteral("SELECT name /* cache-marker */ FROM territory WHERE id = ?"));
    query.bind(id).exec();
    return query.next() ? query.text(0) : QString();
}

} // namespace

TEST_CASE("A server connection keeps its prepared statements between uses", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    auto db = createDemoDatabase(PgCluster::instance().createDatabase(), QStringLiteral("testeur"));
    REQUIRE(db->statementCache());
    const QString marker = QStringLiteral("cache-marker");

    SqlQuery ids(*db, QStringLiteral("SELECT id, name FROM territory ORDER BY id"));
    ids.exec();
    QList<QPair<Id, QString>> territories;
    while (ids.next())
        territories.append({ids.id(0), ids.text(1)});
    REQUIRE(territories.size() >= 2);

    // Used again and again: prepared once on the server, still there after each use.
    for (const auto& [id, name] : territories)
        CHECK(territoryName(*db, id) == name);
    CHECK(preparedOnServer(*db, marker) == 1);

    // The same statement twice at once: the second reader gets its own, both read their rows.
    SqlQuery outer(*db, QStringLiteral("SELECT name /* cache-marker */ FROM territory WHERE id = ?"));
    outer.bind(territories.at(0).first).exec();
    CHECK(territoryName(*db, territories.at(1).first) == territories.at(1).second);
    REQUIRE(outer.next());
    CHECK(outer.text(0) == territories.at(0).second);

    // A failed statement inside a rolled back transaction leaves the kept ones usable.
    {
        Transaction transaction(*db);
        CHECK(territoryName(*db, territories.at(0).first) == territories.at(0).second);
        CHECK_THROWS_AS(SqlQuery(*db, QStringLiteral("SELECT no_such_column FROM territory")).exec(), StorageError);
    }
    CHECK(territoryName(*db, territories.at(1).first) == territories.at(1).second);

    // Writes are kept too, and they land.
    SqlQuery rename(*db, QStringLiteral("UPDATE territory SET name = ? WHERE id = ?"));
    rename.bind(QStringLiteral("Renommé")).bind(territories.at(0).first).exec();
    CHECK(rename.rowsAffected() == 1);
    CHECK(territoryName(*db, territories.at(0).first) == QStringLiteral("Renommé"));
}

TEST_CASE("A file keeps no statement cache", "[storage]")
{
    if (onServer())
        return; // the suite's second run makes its databases on the server
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("f.pacte")));
    CHECK(db->statementCache() == nullptr);
}

} // namespace pacte_test_storage_statement_cache
