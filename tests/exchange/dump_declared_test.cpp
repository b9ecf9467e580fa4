// The figures an edition's pact declares in the full dump (format 4): the demo's 31 signatories of the
// 2017-2021 pact come in with their quote, go out again, and older dumps have none.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_declared_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The demo declares the 31 signatories of the 2017-2021 pact, with its sentence", "[exchange][declared]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto old = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    REQUIRE(old);
    REQUIRE(old->declaredSignatories);
    CHECK(old->declaredSignatories->value == 31);
    CHECK(old->declaredSignatories->quote.contains(QStringLiteral("signé par 31 partenaires institutionnels")));
    CHECK(old->declaredSignatories->source.contains(QStringLiteral("§1.2")));
    // The 2022-2025 pact declares no count of its signatories.
    CHECK_FALSE(findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"))->declaredSignatories);

    const auto dump = nlohmann::json::parse(exportDump(*db).toStdString());
    CHECK(dump.at("formatVersion") == DumpFormatVersion);
    CHECK(dump.at("editions").at(0).at("declared").at("signatories").at("value") == 31);
    CHECK(dump.at("editions").at(1).at("declared").at("signatories").is_null());

    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, exportDump(*db));
    CHECK(findEditionByTitle(*copy, QStringLiteral("PTI 2017-2021"))->declaredSignatories == old->declaredSignatories);
}

TEST_CASE("An older dump (format 1 to 3) restores without declared figures", "[exchange][declared]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("ancien.pacte")));
    const QByteArray bytes = fileBytes(testDataPath(QStringLiteral("dumps/good/full.json")));
    importDump(*db, bytes);
    for (const auto& edition : EditionRepository(*db).all())
        CHECK_FALSE(edition.declaredSignatories);
}

} // namespace pacte_test_exchange_dump_declared_test
