// pacte-cli on a PostgreSQL server (team mode, issue 14): a file copied to a server and back with
// `copy`, the commands reading a server address as they read a file, `server-init` and `server-grant`.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_server {

using namespace pacte::test;

TEST_CASE("pacte-cli copies a file to a server and back, and reads the server as the file", "[cli][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).exitCode == 0);
    const QString url = PgCluster::instance().createDatabase();

    const CliResult copied = runCli({QStringLiteral("copy"), file, url});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("identiques")));
    // A second copy into it is refused: it holds records.
    const CliResult again = runCli({QStringLiteral("copy"), file, url});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("contient déjà des enregistrements")));

    // The same figures from the server as from the file.
    const QStringList stats{QStringLiteral("stats"), QString(), QStringLiteral("--edition"),
                            QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")};
    QStringList onFile = stats;
    onFile[1] = file;
    QStringList onServer = stats;
    onServer[1] = url;
    const CliResult fromFile = runCli(onFile);
    const CliResult fromServer = runCli(onServer);
    REQUIRE(fromServer.exitCode == 0);
    CHECK(fromServer.out == fromFile.out);

    const QString back = dir.path(QStringLiteral("retour.pacte"));
    REQUIRE(runCli({QStringLiteral("copy"), url, back}).exitCode == 0);
    const CliResult dumpA =
        runCli({QStringLiteral("export"), file, QStringLiteral("-o"), dir.path(QStringLiteral("a.json"))});
    const CliResult dumpB =
        runCli({QStringLiteral("export"), back, QStringLiteral("-o"), dir.path(QStringLiteral("b.json"))});
    REQUIRE(dumpA.exitCode == 0);
    REQUIRE(dumpB.exitCode == 0);
    QByteArray a = fileBytes(dir.path(QStringLiteral("a.json")));
    QByteArray b = fileBytes(dir.path(QStringLiteral("b.json")));
    // The dump says when it was written: compare the rest.
    const auto withoutDate = [](QByteArray bytes) {
        const qsizetype at = bytes.indexOf("\"exportedAt\"");
        if (at >= 0)
            bytes.remove(at, bytes.indexOf('\n', at) - at);
        return bytes;
    };
    CHECK(withoutDate(a) == withoutDate(b));
}

TEST_CASE("pacte-cli server-init installs the rights and server-grant gives a referent her territory", "[cli][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString url = cluster.createDatabase();
    const QString base = PgCluster::databaseName(url);
    const QString claire = PgCluster::uniqueName(QStringLiteral("claire"));
    const QString lea = PgCluster::uniqueName(QStringLiteral("lea"));
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).exitCode == 0);

    const CliResult init = runCli({QStringLiteral("server-init"), url, QStringLiteral("--coordinator"), claire});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(base + QStringLiteral("_referent")));
    // Prepared without records, it takes the copy.
    REQUIRE(runCli({QStringLiteral("copy"), file, url}).exitCode == 0);

    const CliResult unknown =
        runCli({QStringLiteral("server-grant"), url, lea, QStringLiteral("--role"), QStringLiteral("referent"),
                QStringLiteral("--territory"), QStringLiteral("Nulle part")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Nulle part")));
    const CliResult granted =
        runCli({QStringLiteral("server-grant"), url, lea, QStringLiteral("--role"), QStringLiteral("referent"),
                QStringLiteral("--territory"), QStringLiteral("Biterrois")});
    REQUIRE(granted.exitCode == 0);
    CHECK(cluster
              .psql(base, QStringLiteral("SELECT count(*) FROM pacte_rights.referent_territory WHERE role_name = '%1'")
                              .arg(lea))
              .out == QStringLiteral("1"));
    // Her connection reads, and cannot change a partner.
    CHECK(cluster.psql(base, QStringLiteral("SELECT count(*) > 0 FROM action"), lea).out == QStringLiteral("t"));
    CHECK(cluster.psql(base, QStringLiteral("UPDATE partner SET notes = 'x'"), lea).exitCode != 0);
    // The coordinator's does.
    CHECK(cluster.psql(base, QStringLiteral("UPDATE partner SET notes = notes"), claire).exitCode == 0);

    // A reader's writing command is refused, naming the database (not its address) and her role.
    const QString paul = PgCluster::uniqueName(QStringLiteral("paul"));
    REQUIRE(runCli({QStringLiteral("server-grant"), url, paul, QStringLiteral("--role"), QStringLiteral("reader")})
                .exitCode == 0);
    const CliResult refused = runCli(
        {QStringLiteral("renew"), cluster.url(base, paul), QStringLiteral("--from"), QStringLiteral("PTI 2022-2025"),
         QStringLiteral("--title"), QStringLiteral("PTI 2026-2029"), QStringLiteral("--start"),
         QStringLiteral("2026-01-01"), QStringLiteral("--end"), QStringLiteral("2029-12-31")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(base));
    CHECK_FALSE(refused.err.contains(QStringLiteral("postgresql://")));
    CHECK(refused.err.contains(QStringLiteral("rôle")));
    CHECK(cluster.psql(base, QStringLiteral("SELECT count(*) FROM edition WHERE title = 'PTI 2026-2029'")).out ==
          QStringLiteral("0"));
}

} // namespace pacte_test_cli_server
