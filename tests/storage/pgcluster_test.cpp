// The throwaway PostgreSQL cluster of the tests (tests/common/pgcluster.h): it runs, its databases are
// reachable through Qt's QPSQL driver, each is new, and a role without rights is refused.
#include "common/catchqt.h"
#include "common/pgcluster.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_pgcluster {

using namespace pacte::test;

TEST_CASE("pgcluster: the test PostgreSQL cluster runs and answers on its socket", "[storage][pgcluster]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    CHECK(cluster.isRunning());
    CHECK(cluster.failure().isEmpty());
    CHECK(QFileInfo(cluster.socketDirectory() + QStringLiteral("/.s.PGSQL.5432")).exists());
    const PgCluster::Result result = cluster.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 40 + 2"));
    CHECK(result.exitCode == 0);
    CHECK(result.out == QStringLiteral("42"));
    CHECK(result.err.isEmpty());

    // A failing statement stops psql with an error.
    const PgCluster::Result failed = cluster.psql(QStringLiteral("postgres"), QStringLiteral("SELECT * FROM nowhere"));
    CHECK(failed.exitCode != 0);
    CHECK(failed.err.contains(QStringLiteral("nowhere")));
}

TEST_CASE("pgcluster: a database of the test cluster is reachable through Qt's QPSQL driver", "[storage][pgcluster]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    const QString address = cluster.createDatabase(QStringLiteral("pgcluster"));
    const QString name = PgCluster::databaseName(address);
    CHECK(name.startsWith(QStringLiteral("pgcluster_")));
    CHECK(address == QStringLiteral("postgresql:///%1?host=%2&user=postgres").arg(name, cluster.socketDirectory()));

    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(cluster.socketDirectory());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(name);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT 1, current_database()")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        CHECK(query.value(1).toString() == name);
        // The new database is empty: no table of its own.
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    cluster.dropDatabase(name);
    const PgCluster::Result left = cluster.psql(
        QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name));
    CHECK(left.out == QStringLiteral("0"));
}

TEST_CASE("pgcluster: two databases created on the test cluster are distinct", "[storage][pgcluster]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString first = PgCluster::databaseName(cluster.createDatabase());
    const QString second = PgCluster::databaseName(cluster.createDatabase());
    CHECK(first != second);
    CHECK(first == first.toLower());

    REQUIRE(cluster.psql(first, QStringLiteral("CREATE TABLE t (x integer); INSERT INTO t VALUES (7);")).exitCode == 0);
    CHECK(cluster.psql(first, QStringLiteral("SELECT x FROM t")).out == QStringLiteral("7"));
    // What is written in one is not in the other.
    CHECK(cluster.psql(second, QStringLiteral("SELECT x FROM t")).exitCode != 0);

    cluster.dropDatabase(first);
    cluster.dropDatabase(second);
}

TEST_CASE("pgcluster: a role without rights on the test cluster is refused", "[storage][pgcluster]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString database = PgCluster::databaseName(cluster.createDatabase(QStringLiteral("rights")));
    // Roles belong to the whole cluster, which several test processes share: a name of its own.
    const QString role = PgCluster::uniqueName(QStringLiteral("nobody"));
    REQUIRE(cluster
                .psql(database, QStringLiteral("CREATE ROLE %1 LOGIN; REVOKE ALL ON SCHEMA public FROM PUBLIC; "
                                               "CREATE TABLE owned (x integer); INSERT INTO owned VALUES (1);")
                                    .arg(role))
                .exitCode == 0);

    // It connects (trust, CONNECT granted to everyone) but may neither create nor read.
    const PgCluster::Result who = cluster.psql(database, QStringLiteral("SELECT current_user"), role);
    CHECK(who.exitCode == 0);
    CHECK(who.out == role);
    const PgCluster::Result create =
        cluster.psql(database, QStringLiteral("CREATE TABLE public.intruder (x integer)"), role);
    INFO(create.err.toStdString());
    CHECK(create.exitCode != 0);
    CHECK(create.err.contains(QStringLiteral("permission denied")));
    const PgCluster::Result read = cluster.psql(database, QStringLiteral("SELECT x FROM public.owned"), role);
    INFO(read.err.toStdString());
    CHECK(read.exitCode != 0);
    CHECK(read.err.contains(QStringLiteral("permission denied")));
    // The owner still may.
    CHECK(cluster.psql(database, QStringLiteral("CREATE TABLE allowed (x integer)")).exitCode == 0);

    cluster.dropDatabase(database);
    CHECK(cluster.psql(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(role)).exitCode == 0);
}

} // namespace pacte_test_storage_pgcluster
