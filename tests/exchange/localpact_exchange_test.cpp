// A territory's local pact travels in the full dump (format 11) and is restored with every field; a
// format-10 dump without it still reads; the working-group sheet and the referents' workbook show the
// priorities of the group's territory read-only, and importing a sheet never changes them.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkbook.h"
#include "exchange/sheetwriter.h"
#include "exchange/xlsxreader.h"
#include "storage/localpactstore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_localpact_exchange_test {

using namespace pacte;
using namespace pacte::test;

namespace {

LocalPact enterPact(SheetFixture& f)
{
    LocalPact pact;
    pact.editionId = f.editionId;
    pact.territoryId = f.territoryA;
    pact.diagnosis = QStringLiteral("Un territoire rural, peu de transports.");
    pact.diagnosisSources = QStringLiteral("INSEE 2021 ; diagnostic du comité local");
    pact.memberPartnerIds = {f.partner1, f.partner2};
    pact.memberPersonIds = {f.person1};
    pact.notes = QStringLiteral("Comité réuni deux fois.");
    LocalPriority mobility;
    mobility.title = QStringLiteral("Mobilité des publics éloignés");
    mobility.description = QStringLiteral("Permis, véhicules, transport à la demande.");
    mobility.axisIds = {f.axis1};
    mobility.themeIds = {f.theme1};
    mobility.groupIds = {f.group};
    mobility.actionIds = {f.garage, f.autoEcole};
    LocalPriority digital;
    digital.title = QStringLiteral("Inclusion numérique");
    pact.priorities = {mobility, digital};
    LocalPactReview review;
    review.year = 2023;
    review.progress = QStringLiteral("Le garage a ouvert.");
    review.difficulties = QStringLiteral("Peu de bénévoles.");
    review.adjustments = QStringLiteral("Associer les EPCI.");
    pact.reviews = {review};
    LocalPactRepository(*f.db).insert(pact);
    return pact;
}

} // namespace

TEST_CASE("The dump keeps the local pacts with every field", "[exchange][dump][localpact]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const LocalPact pact = enterPact(f);
    const QByteArray dump = exportDump(*f.db);
    const Json json = parseJson(dump);
    CHECK(json.at("formatVersion") == 11);

    auto restored = createDatabase(dir.path(QStringLiteral("restaure.pacte")));
    importDump(*restored, dump);
    const auto back = LocalPactRepository(*restored).findByUuid(pact.uuid);
    REQUIRE(back.has_value());
    CHECK(back->diagnosis == pact.diagnosis);
    CHECK(back->diagnosisSources == pact.diagnosisSources);
    CHECK(back->notes == pact.notes);
    CHECK(TerritoryRepository(*restored).find(back->territoryId)->name ==
          TerritoryRepository(*f.db).find(pact.territoryId)->name);
    CHECK(back->memberPartnerIds.size() == 2);
    CHECK(back->memberPersonIds.size() == 1);
    REQUIRE(back->priorities.size() == 2);
    CHECK(back->priorities.at(0).uuid == pact.priorities.at(0).uuid);
    CHECK(back->priorities.at(0).title == pact.priorities.at(0).title);
    CHECK(back->priorities.at(0).description == pact.priorities.at(0).description);
    CHECK(back->priorities.at(0).actionIds.size() == 2);
    CHECK(back->priorities.at(0).axisIds.size() == 1);
    CHECK(back->priorities.at(0).themeIds.size() == 1);
    CHECK(WorkingGroupRepository(*restored).find(back->priorities.at(0).groupIds.value(0))->uuid == f.groupUuid);
    CHECK(back->priorities.at(1).rank == 2);
    REQUIRE(back->reviews.size() == 1);
    CHECK(back->reviews.at(0).uuid == pact.reviews.at(0).uuid);
    CHECK(back->reviews.at(0).year == 2023);
    CHECK(back->reviews.at(0).adjustments == pact.reviews.at(0).adjustments);
    // Written again, the same document (the export date aside).
    Json again = parseJson(exportDump(*restored));
    Json first = json;
    again.erase("exportedAt");
    first.erase("exportedAt");
    CHECK(again["editions"] == first["editions"]);
}

TEST_CASE("A format-10 dump has no local pact and still reads", "[exchange][dump][localpact]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json dump = parseJson(exportDump(*f.db));
    dump["formatVersion"] = 10;
    for (auto& edition : dump["editions"])
        edition.erase("localPacts");
    auto restored = createDatabase(dir.path(QStringLiteral("restaure.pacte")));
    importDump(*restored, dumpJson(dump));
    CHECK(LocalPactRepository(*restored).count() == 0);
    CHECK(EditionRepository(*restored).count() == 2);
}

TEST_CASE("The sheet shows the priorities of its territory read-only, and the import ignores them",
          "[exchange][sheet][localpact]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const LocalPact pact = enterPact(f);
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    REQUIRE(sheet.contains("territoryPriorities"));
    REQUIRE(sheet["territoryPriorities"].size() == 1);
    const Json& priorities = sheet["territoryPriorities"][0]["priorities"];
    REQUIRE(priorities.size() == 2);
    CHECK(priorities[0]["rank"] == 1);
    CHECK(priorities[0]["title"] == "Mobilité des publics éloignés");
    CHECK(priorities[1]["title"] == "Inclusion numérique");

    // Read on its own, the sheet gives them back, and writing it again keeps them.
    const SheetData data = readSheet(dumpJson(sheet));
    REQUIRE(data.localPacts.size() == 1);
    CHECK(data.localPacts.at(0).priorities.at(1).title == QStringLiteral("Inclusion numérique"));
    CHECK(parseJson(writeSheet(data))["territoryPriorities"] == sheet["territoryPriorities"]);

    // The other group's sheet (another territory) has none.
    CHECK_FALSE(parseJson(exportSheet(*f.db, f.otherGroup).bytes).contains("territoryPriorities"));

    // A referent who rewrites them changes nothing in the database.
    sheet["territoryPriorities"][0]["priorities"][0]["title"] = "Réécrit par un référent";
    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    CHECK(import.outcome().changes.isEmpty());
    import.apply();
    CHECK(findLocalPact(*f.db, f.editionId, f.territoryA)->priorities.at(0).title ==
          QStringLiteral("Mobilité des publics éloignés"));
}

TEST_CASE("The referents' workbook lists the territory's priorities on a protected sheet",
          "[exchange][sheet][workbook][localpact]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    enterPact(f);
    const auto exported = exportSheet(*f.db, f.group);
    const QByteArray workbook = writeSheetWorkbook(readSheet(exported.bytes));
    const XlsxWorkbook book = readXlsx(workbook);
    const XlsxSheet* sheet = book.sheet(QStringLiteral("Priorités territoriales"));
    REQUIRE(sheet);
    REQUIRE(sheet->rows.size() == 3);
    CHECK(sheet->rows.at(1).value(2).toString() == QStringLiteral("Mobilité des publics éloignés"));
    CHECK(sheet->rows.at(2).value(1).toInt() == 2);
    // Back as a JSON sheet: the priorities are those exported.
    const Json back = parseJson(sheetFromWorkbook(workbook, exported.bytes));
    CHECK(back["territoryPriorities"] == parseJson(exported.bytes)["territoryPriorities"]);
}

} // namespace pacte_test_exchange_localpact_exchange_test
