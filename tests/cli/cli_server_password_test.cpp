// A real password exchange with a server (team mode, issue 14): the test cluster makes the roles of
// PgCluster::createPasswordRole give their password (scram-sha-256). pacte-cli takes it from PGPASSWORD
// (libpq) and, without it or with a wrong one, stops with a French message saying where to give it.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_server_password {

using namespace pacte::test;

namespace {

// pacte-cli with PGPASSWORD set to `password`, or unset when it is null; no other libpq password source.
CliResult runCliWithPassword(const QStringList& arguments, const QString& password, const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGSERVICE"));
    environment.insert(QStringLiteral("PGPASSFILE"), home + QStringLiteral("/no-pgpass"));
    environment.insert(QStringLiteral("HOME"), home);
    if (!password.isNull())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    return runCli(arguments, environment);
}

// The UI's translation of `source` (the test main installs the French one, as pacte-cli does).
QString tr(const char* source)
{
    return QCoreApplication::translate("pacte::Database", source);
}

} // namespace

TEST_CASE("pacte-cli opens a server database with PGPASSWORD and, without it, says where to give it", "[cli][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    PgCluster& cluster = PgCluster::instance();
    const QString file = dir.path(QStringLiteral("demo.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), file, QStringLiteral("--demo")}).exitCode == 0);
    const QString url = cluster.createDatabase(QStringLiteral("clipassword"));
    REQUIRE(runCli({QStringLiteral("copy"), file, url}).exitCode == 0);
    const QString database = PgCluster::databaseName(url);
    const QString marie = cluster.createPasswordRole(QStringLiteral("marie"), QStringLiteral("Mot de passe 1'é"));
    REQUIRE(runCli({QStringLiteral("server-init"), url, QStringLiteral("--coordinator"), marie}).exitCode == 0);
    const QStringList stats{QStringLiteral("stats"), cluster.url(database, marie)};
    const QString home = dir.path(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));

    const CliResult right = runCliWithPassword(stats, QStringLiteral("Mot de passe 1'é"), home);
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
    CHECK_FALSE(right.out.isEmpty());

    const CliResult none = runCliWithPassword(stats, QString(), home);
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 2);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(tr("the server asks for a password")));
    CHECK(none.err.contains(tr("Give it in the variable PGPASSWORD or in the file ~/.pgpass.")));
    CHECK(none.err.contains(database));

    const CliResult wrong = runCliWithPassword(stats, QStringLiteral("faux"), home);
    INFO(wrong.err.toStdString());
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(tr("the password was refused")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("faux")));
}

} // namespace pacte_test_cli_server_password
