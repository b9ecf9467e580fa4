// A database on PostgreSQL (team mode, issue 14): created and opened through a server address, copied
// from a file to a server and back with everything it holds, and refused when it is not Pacte's.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "exchange/dump.h"
#include "storage/databasecopy.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_server_copy {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The demo on a server database reads as in its file", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    auto local = createDemoDatabase(file, QStringLiteral("testeur"));
    const QString url = PgCluster::instance().createDatabase();
    auto server = createDemoDatabase(url, QStringLiteral("testeur"));
    CHECK(server->isServer());
    CHECK(server->engine() == Database::Engine::PostgreSQL);
    CHECK_FALSE(server->path().contains(QStringLiteral("password")));
    CHECK(WorkingGroupRepository(*server).count() == WorkingGroupRepository(*local).count());
    CHECK(ActionRepository(*server).count() == ActionRepository(*local).count());
    CHECK(PartnerRepository(*server).count() == PartnerRepository(*local).count());

    // Reopened: the schema is checked against the format, the identity read.
    const QUuid identity = server->databaseUuid();
    server.reset();
    auto reopened = Database::open(url, QStringLiteral("testeur"));
    CHECK(reopened->databaseUuid() == identity);
    CHECK(ActionRepository(*reopened).count() == ActionRepository(*local).count());
}

TEST_CASE("A file copied to a server and back is the same database", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    createDemoDatabase(file, QStringLiteral("testeur")).reset();
    auto source = Database::open(file, QStringLiteral("testeur"), Database::Access::ReadOnly);

    const QString url = PgCluster::instance().createDatabase();
    Database::create(url, QStringLiteral("testeur"), [&](Database& target) { copyDatabase(*source, target); });
    auto server = Database::open(url, QStringLiteral("testeur"));
    CHECK(compareDatabases(*source, *server).isEmpty());
    CHECK(server->databaseUuid() == source->databaseUuid());

    // The server numbers new records after the copied ones.
    Territory added;
    added.name = QStringLiteral("Nouveau bassin");
    TerritoryRepository(*server).insert(added);
    CHECK(added.id > 6);
    CHECK_FALSE(compareDatabases(*source, *server).isEmpty());
    TerritoryRepository(*server).remove(added.id);

    const QString back = dir.path(QStringLiteral("retour.pacte"));
    Database::create(back, QStringLiteral("testeur"), [&](Database& target) { copyDatabase(*server, target); });
    auto returned = Database::open(back, QStringLiteral("testeur"), Database::Access::ReadOnly);
    // The history holds the territory added and removed on the server: compare with the server.
    CHECK(compareDatabases(*server, *returned).isEmpty());
    const FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    CHECK(exportDump(*returned) == exportDump(*server));
}

TEST_CASE("A copy goes only into an empty database and changes nothing when refused", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    createDemoDatabase(file, QStringLiteral("testeur")).reset();
    auto source = Database::open(file, QStringLiteral("testeur"), Database::Access::ReadOnly);
    const QString url = PgCluster::instance().createDatabase();
    auto server = createDemoDatabase(url, QStringLiteral("testeur"));
    const qsizetype before = ActionRepository(*server).count();
    try {
        copyDatabase(*source, *server);
        FAIL("a copy into a database holding records was accepted");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("contient déjà des enregistrements")));
    }
    CHECK(ActionRepository(*server).count() == before);

    // A server database that is not Pacte's is refused, untouched.
    const QString foreign = PgCluster::instance().createDatabase();
    REQUIRE(PgCluster::instance()
                .psql(PgCluster::databaseName(foreign), QStringLiteral("CREATE TABLE notes (id int)"))
                .exitCode == 0);
    CHECK_THROWS_AS(Database::open(foreign, QStringLiteral("testeur")), StorageError);
    CHECK_THROWS_AS(Database::create(foreign, QStringLiteral("testeur")), StorageError);
    CHECK(PgCluster::instance()
              .psql(PgCluster::databaseName(foreign), QStringLiteral("SELECT count(*) FROM notes"))
              .out == QStringLiteral("0"));
    // An empty one too, with what to do.
    const QString empty = PgCluster::instance().createDatabase();
    try {
        Database::open(empty, QStringLiteral("testeur"));
        FAIL("an empty database was opened");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("server-init")));
    }
    // A database that does not exist: said in French.
    try {
        Database::open(PgCluster::instance().url(QStringLiteral("absente")), QStringLiteral("testeur"));
        FAIL("a missing database was opened");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("absente")));
    }
}

} // namespace pacte_test_storage_server_copy
