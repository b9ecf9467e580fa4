// pacte-cli stats gives the figures the pact declares beside the records (issue #15).
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_declared_test {

using namespace pacte::test;

TEST_CASE("stats gives the 31 declared signatories of the 2017-2021 pact beside the 6 recorded", "[cli][declared]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    const CliResult json = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                   QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject stats = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject signatories =
        stats.value(QStringLiteral("declared")).toObject().value(QStringLiteral("signatories")).toObject();
    CHECK(signatories.value(QStringLiteral("value")).toInt() == 31);
    CHECK(signatories.value(QStringLiteral("recorded")).toInt() == 6);
    CHECK(signatories.value(QStringLiteral("recorded")) == stats.value(QStringLiteral("partners")));
    CHECK(signatories.value(QStringLiteral("quote")).toString().contains(QStringLiteral("31 partenaires")));
    CHECK(signatories.value(QStringLiteral("source")).toString().contains(QStringLiteral("§1.2")));

    // An edition whose pact declares nothing says so with null.
    const CliResult current = runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"),
                                      QStringLiteral("PTI 2022-2025"), QStringLiteral("--json")});
    REQUIRE(current.exitCode == 0);
    const QJsonObject declared =
        QJsonDocument::fromJson(current.out.toUtf8()).object().value(QStringLiteral("declared")).toObject();
    CHECK(declared.value(QStringLiteral("signatories")).isNull());

    // The text output labels the figure as declared, with its source.
    const CliResult text =
        runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("6 partenaires enregistrés sur 31 signataires déclarés")));
    CHECK(text.out.contains(QStringLiteral("Chiffre déclaré par le pacte")));
}

} // namespace pacte_test_cli_cli_declared_test
