// The governance rules of each edition in the full dump (format 5): the demo's rules come in, the
// settings an edition was given go out and back unchanged, and older dumps get the default rules.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "exchange/dump.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_rules_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("Edition rules go through the dump and back", "[exchange][dump][rules]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    auto edition = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    edition.rules = rules::effectiveSettings(edition.rules);
    edition.rules[1].deadline = QDate(2024, 6, 30);
    edition.rules[1].severity = Severity::Warning;
    edition.rules[4].enabled = false;
    edition.rules[0].source = QStringLiteral("§1.4, « Les groupes de travail »");
    EditionRepository(*db).update(edition);

    const QByteArray bytes = exportDump(*db);
    const auto dump = nlohmann::json::parse(bytes.toStdString());
    CHECK(dump.at("formatVersion") == DumpFormatVersion); // 5 or later: rules came with format 5
    const auto& rulesJson = dump.at("editions").at(1).at("rules");
    REQUIRE(static_cast<qsizetype>(rulesJson.size()) == rules::allRuleIds().size());
    CHECK(rulesJson.at(1).at("rule") == "copil-cadence");
    CHECK(rulesJson.at(1).at("deadline") == "2024-06-30");
    CHECK(rulesJson.at(1).at("severity") == "warning");
    CHECK(rulesJson.at(4).at("enabled") == false);
    CHECK(dump.at("editions").at(0).at("rules").at(0).at("severity") == "information");
    CHECK(dump.at("editions").at(0).at("rules").at(0).at("reference") == "PTI 2022-2025");

    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, bytes);
    CHECK(findEditionByTitle(*copy, QStringLiteral("PTI 2022-2025"))->rules == edition.rules);
    CHECK(findEditionByTitle(*copy, QStringLiteral("PTI 2017-2021"))->rules ==
          findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"))->rules);
    CHECK(exportDump(*copy).size() == bytes.size());
}

TEST_CASE("An older dump (format 1 to 4) restores with the default rules", "[exchange][dump][rules]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("ancien.pacte")));
    importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/good/full.json"))));
    const auto editions = EditionRepository(*db).all();
    REQUIRE_FALSE(editions.isEmpty());
    for (const auto& edition : editions)
        CHECK(edition.rules == rules::defaultSettings());
}

} // namespace pacte_test_exchange_dump_rules_test
