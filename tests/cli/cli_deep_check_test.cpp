// pacte-cli check --deep: SQLite's full integrity check, which finds the index rows missing from
// tests/data/files/index.pacte that the quick check run at every opening passes (issue 23).
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_deep_check_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("check --deep refuses a file whose index is damaged and leaves it as it was", "[cli][check][deep][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("index.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/index.pacte")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(path);

    const CliResult deep = runCli({QStringLiteral("check"), path, QStringLiteral("--deep")});
    INFO(deep.err.toStdString());
    CHECK(deep.exitCode == 2);
    CHECK(deep.err.contains(QStringLiteral("index.pacte")));
    CHECK(deep.err.contains(QStringLiteral("endommagé")));
    CHECK(deep.err.contains(QStringLiteral("Détail technique : row 1 missing from index person_partner")));
    CHECK(fileBytes(path) == before);

    // Without --deep the quick check passes it (the file has no edition to check: that is what is said).
    const CliResult quick = runCli({QStringLiteral("check"), path});
    CHECK(quick.exitCode == 2);
    CHECK_FALSE(quick.err.contains(QStringLiteral("endommagé")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("check --deep on a sound file checks the rules as check does", "[cli][check][deep]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    const QStringList arguments{QStringLiteral("check"),     path,
                                QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"),
                                QStringLiteral("--date"),    QStringLiteral("2026-11-28"),
                                QStringLiteral("--json")};
    const CliResult plain = runCli(arguments);
    const CliResult deep = runCli(arguments + QStringList{QStringLiteral("--deep")});
    INFO(deep.err.toStdString());
    CHECK(deep.exitCode == plain.exitCode);
    CHECK(deep.out == plain.out);
}

} // namespace pacte_test_cli_cli_deep_check_test
