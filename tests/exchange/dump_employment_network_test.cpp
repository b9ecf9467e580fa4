// CDE and CLE meetings in the full dump (format 4): covered territories and what the PTI presented.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_employment_network_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A CLE meeting survives a dump round trip", "[exchange][network]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    REQUIRE(edition);
    const auto territories = TerritoryRepository(*db).all();
    Meeting cle;
    cle.editionId = edition->id;
    cle.kind = MeetingKind::EmploymentCommitteeLocal;
    cle.status = MeetingStatus::Held;
    cle.date = QDate(2024, 10, 3);
    cle.coveredTerritoryIds = {territories.at(4).id, territories.at(3).id};
    cle.ptiPresented = QStringLiteral("Bilan des actions mobilité.");
    MeetingRepository(*db).insert(cle);

    const QByteArray dump = exportDump(*db);
    const auto json = nlohmann::json::parse(dump.toStdString());
    bool written = false;
    for (const auto& meeting : json.at("editions").at(1).at("meetings")) {
        if (meeting.at("kind") == "comite_local_emploi") {
            written = true;
            CHECK(meeting.at("coveredTerritories").size() == 2);
            CHECK(meeting.at("ptiPresented") == "Bilan des actions mobilité.");
        }
    }
    CHECK(written);

    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, dump);
    const auto back = MeetingRepository(*copy).findByUuid(cle.uuid);
    REQUIRE(back);
    CHECK(back->ptiPresented == cle.ptiPresented);
    CHECK(TerritoryRepository(*copy).find(back->coveredTerritoryIds.at(0))->name == territories.at(4).name);
    CHECK(TerritoryRepository(*copy).find(back->coveredTerritoryIds.at(1))->name == territories.at(3).name);
}

} // namespace pacte_test_exchange_dump_employment_network_test
