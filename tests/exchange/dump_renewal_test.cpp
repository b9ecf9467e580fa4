// A renewed edition in the full dump: the action each action continues and what the renewal carried
// over come back from a dump (format 3); older dumps have neither.
#include "common/catchqt.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/editionloader.h"
#include "storage/renewal.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_renewal_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A renewal's links and counts survive a dump round trip", "[exchange][dump][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("source.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const RenewalRecords records = renewEverything(*db, scene.source.id);
    const QByteArray first = exportDump(*db);

    const auto dump = nlohmann::json::parse(first.toStdString());
    CHECK(dump.at("formatVersion") == DumpFormatVersion);
    const auto& renewed = dump.at("editions").at(2);
    REQUIRE(renewed.at("title") == "PTI 2026-2030");
    CHECK(renewed.at("renewal").at("from") == scene.source.uuid.toString(QUuid::WithoutBraces).toStdString());
    CHECK(renewed.at("renewal").at("actions") == 2);
    CHECK(dump.at("editions").at(1).at("renewal").is_null());
    const auto& garage = renewed.at("actions").at(0);
    CHECK(garage.at("title") == "Garage solidaire");
    CHECK(garage.at("continues") == scene.garage.toString(QUuid::WithoutBraces).toStdString());

    auto restored = createDatabase(dir.path(QStringLiteral("restored.pacte")));
    importDump(*restored, first);
    auto again = nlohmann::json::parse(exportDump(*restored).toStdString());
    auto original = dump;
    again.erase("exportedAt");
    original.erase("exportedAt");
    CHECK(again == original);
    const auto copy = findEditionByTitle(*restored, QStringLiteral("PTI 2026-2030"));
    REQUIRE(copy);
    const auto actions = ActionRepository(*restored).ofEdition(copy->id);
    REQUIRE(actions.size() == 2);
    const auto earlier = ActionRepository(*restored).find(actions.first().continuesId);
    REQUIRE(earlier);
    CHECK(earlier->uuid == scene.garage);
    const auto summary = findRenewal(*restored, copy->id);
    REQUIRE(summary);
    CHECK(*summary == *findRenewal(*db, records.edition.id));
}

TEST_CASE("A dump of format 2 restores without links or renewals", "[exchange][dump][renewal]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("ancien.pacte")));
    importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/good/full.json"))));
    for (const auto& action : ActionRepository(*db).all())
        CHECK(action.continuesId == NoId);
    for (const auto& edition : EditionRepository(*db).all())
        CHECK_FALSE(findRenewal(*db, edition.id));
}

} // namespace pacte_test_exchange_dump_renewal_test
