// pacte-cli evaluate adds up the indicator templates (issue 18): the JSON gains "templateSums" (its
// other keys unchanged), and the text lists each template with its counts, unknown never as zero.
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_templatesums_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("evaluate lists the demo's indicator templates added up", "[cli][evaluate][templates]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QStringList arguments{QStringLiteral("evaluate"),  path,
                                QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"),
                                QStringLiteral("--year"),    QStringLiteral("2020")};
    const CliResult json = runCli(arguments + QStringList{QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.contains(QStringLiteral("counts")));
    const QJsonArray sums = root.value(QStringLiteral("templateSums")).toArray();
    REQUIRE(sums.size() == 5);
    int indicators = 0;
    int differing = 0;
    for (const auto& value : sums) {
        const QJsonObject sum = value.toObject();
        CHECK(sum.value(QStringLiteral("example")).toBool());
        CHECK(sum.value(QStringLiteral("valueSum")).isNull()); // no measurement in the demo: unknown, not 0
        CHECK(sum.value(QStringLiteral("withoutValue")).toInt() == sum.value(QStringLiteral("indicators")).toInt());
        indicators += sum.value(QStringLiteral("indicators")).toInt();
        if (!sum.value(QStringLiteral("unitsAgree")).toBool())
            ++differing;
    }
    CHECK(indicators == 5);
    CHECK(differing == 1);

    const CliResult text = runCli(arguments);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Nombre de partenaires mobilisés (exemple)")));
}

} // namespace pacte_test_cli_cli_templatesums_test
