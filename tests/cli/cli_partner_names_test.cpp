// The partners' table of a past pact names them as they were then (issue #15).
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_partner_names_test {

using namespace pacte::test;

TEST_CASE("export of the 2017-2021 partners names Pôle emploi, of 2022-2025 France Travail", "[cli][names]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const auto partnersCsv = [&](const QString& edition) {
        const QString out = dir.path(QStringLiteral("partenaires.csv"));
        QFile::remove(out);
        const CliResult result =
            runCli({QStringLiteral("export"), path, QStringLiteral("-o"), out, QStringLiteral("--table"),
                    QStringLiteral("partners"), QStringLiteral("--edition"), edition});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QString::fromUtf8(fileBytes(out));
    };
    const QString old = partnersCsv(QStringLiteral("PTI 2017-2021"));
    CHECK(old.contains(QStringLiteral("\nPôle emploi;"))); // the name column starts the line
    CHECK_FALSE(old.contains(QStringLiteral("\nFrance Travail;")));
    const QString current = partnersCsv(QStringLiteral("PTI 2022-2025"));
    CHECK(current.contains(QStringLiteral("\nFrance Travail;")));
    CHECK_FALSE(current.contains(QStringLiteral("\nPôle emploi;")));
}

} // namespace pacte_test_cli_cli_partner_names_test
