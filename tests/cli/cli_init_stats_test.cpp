// pacte-cli init and stats, end to end through the real binary.
#include "common/pgcluster.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_init_stats_test {

using namespace pacte::test;

namespace {

QJsonObject parseObject(const CliResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList folderEntries(const TempDir& dir)
{
    return QDir(dir.path(QStringLiteral("."))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE("init creates a database and refuses to overwrite one", "[cli][init]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    // No lock or journal left.
    CHECK(folderEntries(dir) == databaseFiles({QStringLiteral("demo.pacte")}));
    const QByteArray content = databaseContent(path);

    const CliResult again = runCli({QStringLiteral("init"), path, QStringLiteral("--demo")});
    CHECK(again.exitCode == 2);
    // The file's name, or the server database's.
    CHECK(again.err.contains(onServer() ? PgCluster::databaseName(path) : QStringLiteral("demo.pacte")));
    CHECK(databaseContent(path) == content);

    const QString emptyPath = newDatabaseLocation(dir, QStringLiteral("vide.pacte"));
    const CliResult empty = runCli({QStringLiteral("init"), emptyPath});
    CHECK(empty.exitCode == 0);
    CHECK(folderEntries(dir) == databaseFiles({QStringLiteral("demo.pacte"), QStringLiteral("vide.pacte")}));
    // An empty database has no edition to count.
    const CliResult stats = runCli({QStringLiteral("stats"), emptyPath});
    CHECK(stats.exitCode == 2);
    CHECK_FALSE(stats.err.trimmed().isEmpty());
}

TEST_CASE("init with bad arguments prints its usage and creates nothing", "[cli][init]")
{
    TempDir dir;
    const QStringList bad[] = {
        {QStringLiteral("init")},
        {QStringLiteral("init"), dir.path(QStringLiteral("a.pacte")), QStringLiteral("--bogus")},
        {QStringLiteral("init"), dir.path(QStringLiteral("a.pacte")), dir.path(QStringLiteral("b.pacte"))},
    };
    for (const auto& arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("init FILE")));
        CHECK(result.out.isEmpty());
    }
    CHECK(folderEntries(dir).isEmpty());
}

TEST_CASE("Unknown commands and no command are bad usage", "[cli]")
{
    const CliResult unknown = runCli({QStringLiteral("frobnicate"), QStringLiteral("x.pacte")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(unknown.err.contains(QStringLiteral("stats FILE"))); // the usage follows
    const CliResult none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK_FALSE(none.err.trimmed().isEmpty());
    CHECK(runCli({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("stats --json counts the 2017-2021 pact of the demo data", "[cli][stats]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QByteArray content = databaseContent(path);

    const CliResult result = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                     QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject stats = parseObject(result);
    CHECK(stats.value(QStringLiteral("edition")).toString() == QStringLiteral("PTI 2017-2021"));
    CHECK(stats.value(QStringLiteral("workingGroups")).toInt() == 17);
    CHECK(stats.value(QStringLiteral("territories")).toInt() == 6);
    CHECK(stats.value(QStringLiteral("partners")).toInt() > 0);
    const QJsonObject actions = stats.value(QStringLiteral("actions")).toObject();
    CHECK(actions.value(QStringLiteral("total")).toInt() == 38);
    const QJsonObject byStatus = actions.value(QStringLiteral("byStatus")).toObject();
    CHECK(byStatus.size() == 5);
    CHECK(byStatus.value(QStringLiteral("realisee")).toInt(-1) == 9);
    CHECK(byStatus.value(QStringLiteral("en_fonctionnement")).toInt(-1) == 10);
    CHECK(byStatus.value(QStringLiteral("en_cours")).toInt(-1) == 15);
    CHECK(byStatus.value(QStringLiteral("projet")).toInt(-1) == 4);
    CHECK(byStatus.value(QStringLiteral("abandonnee")).toInt(-1) == 0);
    const QJsonObject byAxis = actions.value(QStringLiteral("byAxis")).toObject();
    CHECK(byAxis.size() == 5);
    CHECK(byAxis.contains(QStringLiteral("Mobilité pour tous")));
    int axisTotal = 0;
    for (const auto& value : byAxis)
        axisTotal += value.toInt();
    CHECK(axisTotal == 38);
    const QJsonObject byTerritory = actions.value(QStringLiteral("byTerritory")).toObject();
    CHECK(byTerritory.size() == 6);
    CHECK(byTerritory.contains(QStringLiteral("Montpelliérain")));
    CHECK(byTerritory.contains(QStringLiteral("Haut-Languedoc et Ouest Héraultais")));
    const QJsonObject meetings = stats.value(QStringLiteral("meetings")).toObject();
    CHECK(meetings.contains(QStringLiteral("total")));
    CHECK(meetings.value(QStringLiteral("byKind")).isObject());

    // Reading never changes the database and leaves nothing beside it.
    CHECK(databaseContent(path) == content);
    CHECK(folderEntries(dir) == databaseFiles({QStringLiteral("demo.pacte")}));
}

TEST_CASE("stats picks the named edition, or the latest one", "[cli][stats]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    const CliResult current = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                      QStringLiteral("PTI 2022-2025"), QStringLiteral("--json")});
    REQUIRE(current.exitCode == 0);
    const QJsonObject named = parseObject(current);
    const QJsonObject actions = named.value(QStringLiteral("actions")).toObject();
    CHECK(actions.value(QStringLiteral("byAxis")).toObject().size() == 4);
    CHECK(actions.value(QStringLiteral("byTerritory")).toObject().size() == 6);
    CHECK(actions.value(QStringLiteral("total")).toInt(-1) == 0);
    for (const auto& count : actions.value(QStringLiteral("byTerritory")).toObject())
        CHECK(count.toInt(-1) == 0);

    const CliResult latest = runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(latest.exitCode == 0);
    CHECK(parseObject(latest) == named);

    // Case does not matter.
    const CliResult lower = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                    QStringLiteral("pti 2017-2021"), QStringLiteral("--json")});
    REQUIRE(lower.exitCode == 0);
    CHECK(parseObject(lower).value(QStringLiteral("edition")).toString() == QStringLiteral("PTI 2017-2021"));
}

TEST_CASE("stats on an unknown edition lists the editions", "[cli][stats]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const CliResult result = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                     QStringLiteral("PTI 2030-2033"), QStringLiteral("--json")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("PTI 2030-2033")));
    CHECK(result.err.contains(QStringLiteral("PTI 2017-2021")));
    CHECK(result.err.contains(QStringLiteral("PTI 2022-2025")));
}

TEST_CASE("stats prints text without --json", "[cli][stats]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const CliResult result =
        runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("PTI 2017-2021")));
    CHECK(result.out.contains(QStringLiteral("38")));
    CHECK(result.out.contains(QStringLiteral("Montpelliérain")));
    CHECK_FALSE(result.out.trimmed().startsWith(QLatin1Char('{')));

    const CliResult badOption = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition")});
    CHECK(badOption.exitCode == 2);
    CHECK_FALSE(badOption.err.trimmed().isEmpty());
}

} // namespace pacte_test_cli_cli_init_stats_test
