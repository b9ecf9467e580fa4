// A user the administrator has given no role (team mode, issue 14): opening the database says so and
// what to ask for, rather than calling the database empty or failing on the first table.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "storage/serverrights.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_server_norights {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A user without a role on the server is told to ask for one", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString url = cluster.createDatabase();
    const QString base = PgCluster::databaseName(url);
    const QString stranger = PgCluster::uniqueName(QStringLiteral("inconnu"));
    {
        auto admin = createDemoDatabase(url, QStringLiteral("admin"));
        serverrights::install(*admin);
    }
    REQUIRE(cluster.psql(base, QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger)).exitCode == 0);

    QString message;
    try {
        Database::open(cluster.url(base, stranger), QStringLiteral("ignoré"));
    } catch (const StorageError& error) {
        message = error.message();
    }
    INFO(message.toStdString());
    CHECK(message.contains(stranger));
    CHECK(message.contains(QStringLiteral("server-grant")));
    CHECK_FALSE(message.contains(QStringLiteral("empty")));
    CHECK_FALSE(message.contains(QStringLiteral("vide")));
}

} // namespace pacte_test_storage_server_norights
