// Funding lines (issue 20) in the full dump (format 11): written with their action, amounts in whole
// cents and unknown as null, read back identical; a bad amount is refused naming where it is, nothing
// imported; a format-10 dump cannot carry them.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_funding_exchange_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct FundedFile
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("source.pacte")));
    Action action;

    FundedFile()
    {
        Edition edition;
        edition.title = QStringLiteral("PTI 2024-2025");
        edition.startDate = QDate(2024, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        Territory territory{NoId, {}, QStringLiteral("Lodévois"), {}, {}, {}};
        TerritoryRepository(*db).insert(territory);
        Partner caf;
        caf.name = QStringLiteral("CAF de l'Hérault");
        caf.category = PartnerCategory::Caf;
        PartnerRepository(*db).insert(caf);
        WorkingGroup group;
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité");
        group.territoryIds = {territory.id};
        WorkingGroupRepository(*db).insert(group);
        action.groupId = group.id;
        action.title = QStringLiteral("Plateforme mobilité");
        FundingLine esf;
        esf.fund = Fund::EsfPlus;
        esf.scheme = QStringLiteral("FSE+ — appel à projets 2024");
        esf.reference = QStringLiteral("202400123");
        esf.rate = 60;
        esf.notes = QStringLiteral("Convention signée");
        esf.amounts = {{2024, 1234567, 0, std::nullopt}, {2025, std::nullopt, std::nullopt, std::nullopt}};
        FundingLine cafLine;
        cafLine.partnerId = caf.id;
        cafLine.amounts = {{2024, 2000000, 2000000, 1000000}};
        FundingLine other;
        other.fund = Fund::Other;
        other.otherFunder = QStringLiteral("Fondation X");
        action.fundings = {esf, cafLine, other};
        ActionRepository(*db).insert(action);
    }
};

Json& firstFunding(Json& dump)
{
    for (auto& edition : dump["editions"]) {
        for (auto& action : edition["actions"]) {
            if (!action["fundings"].empty())
                return action["fundings"][0];
        }
    }
    FAIL("no funding line in the dump");
    return dump;
}

} // namespace

TEST_CASE("Funding lines travel through the full dump unchanged", "[exchange][dump][funding]")
{
    FundedFile source;
    const QByteArray bytes = exportDump(*source.db);
    Json dump = parseJson(bytes);
    CHECK(dump["formatVersion"] == 11);
    const Json& line = firstFunding(dump);
    CHECK(line["fund"] == "fse_plus");
    CHECK(line["partner"].is_null());
    CHECK(line["amounts"][0]["plannedCents"] == 1234567);
    CHECK(line["amounts"][0]["committedCents"] == 0); // zero is zero
    CHECK(line["amounts"][0]["paidCents"].is_null()); // unknown is null

    TempDir dir;
    auto target = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*target, bytes);
    const Action read = ActionRepository(*target).findByUuid(source.action.uuid).value();
    REQUIRE(read.fundings.size() == 3);
    for (int i = 0; i < 3; ++i) {
        FundingLine expected = source.action.fundings.at(i);
        FundingLine got = read.fundings.at(i);
        CHECK(got.uuid == expected.uuid);
        if (expected.partnerId != NoId) {
            CHECK(PartnerRepository(*target).find(got.partnerId)->name == QStringLiteral("CAF de l'Hérault"));
            expected.partnerId = got.partnerId = NoId;
        }
        expected.id = got.id = NoId;
        CHECK(got == expected);
    }
}

TEST_CASE("A bad amount in a dump is refused naming where it is, nothing imported", "[exchange][dump][funding]")
{
    FundedFile source;
    Json dump = parseJson(exportDump(*source.db));
    TempDir dir;
    auto target = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    SECTION("a decimal amount")
    {
        firstFunding(dump)["amounts"][0]["plannedCents"] = 12.5;
        try {
            importDump(*target, dumpJson(dump));
            FAIL("accepted");
        } catch (const InputError& error) {
            CHECK(error.message().contains(QStringLiteral("plannedCents")));
        }
    }
    SECTION("a negative amount")
    {
        firstFunding(dump)["amounts"][0]["paidCents"] = -100;
        CHECK_THROWS_AS(importDump(*target, dumpJson(dump)), InputError);
    }
    SECTION("a rate above 100")
    {
        firstFunding(dump)["rate"] = 150;
        CHECK_THROWS_AS(importDump(*target, dumpJson(dump)), InputError);
    }
    SECTION("a format-10 dump")
    {
        dump["formatVersion"] = 10;
        CHECK_THROWS_AS(importDump(*target, dumpJson(dump)), InputError);
    }
    CHECK(ActionRepository(*target).count() == 0);
}

TEST_CASE("A referent edits the funding lines of her group's action in the sheet", "[exchange][sheet][funding]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Action garage = ActionRepository(*f.db).find(f.garage).value();
    FundingLine line;
    line.partnerId = f.partner1;
    line.scheme = QStringLiteral("Convention mobilité");
    line.amounts = {{2023, 500000, std::nullopt, std::nullopt}};
    garage.fundings = {line};
    ActionRepository(*f.db).update(garage);

    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    Json& lines = byUuid(sheet["group"]["actions"], f.garageUuid)["fundings"];
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["amounts"][0]["plannedCents"] == 500000);
    CHECK(lines[0]["amounts"][0]["committedCents"].is_null());
    // The referent: committed 4 500 € in 2023, a new year 2024 with 3 000 € planned, and a second line.
    lines[0]["amounts"][0]["committedCents"] = 450000;
    lines[0]["amounts"].push_back(Json{{"year", 2024}, {"plannedCents", 300000}});
    lines.push_back(Json{{"fund", "fse_plus"}, {"scheme", "FSE+ 2024"}, {"rate", 50}});
    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("fiche.json"));
    CHECK(import.outcome().conflictCount() == 0);
    import.apply();

    const Action read = ActionRepository(*f.db).find(f.garage).value();
    REQUIRE(read.fundings.size() == 2);
    CHECK(read.fundings.at(0).uuid == garage.fundings.at(0).uuid); // the same line, updated in place
    CHECK(read.fundings.at(0).id == garage.fundings.at(0).id);
    REQUIRE(read.fundings.at(0).amounts.size() == 2);
    CHECK(read.fundings.at(0).amounts.at(0).committed == Cents(450000));
    CHECK(read.fundings.at(0).amounts.at(1).planned == Cents(300000));
    CHECK_FALSE(read.fundings.at(0).amounts.at(1).paid.has_value());
    CHECK(read.fundings.at(1).fund == Fund::EsfPlus);
    CHECK(read.fundings.at(1).rate == 50.0);

    // Exported again and imported unchanged: nothing to merge.
    SheetImport again(*f.db, exportSheet(*f.db, f.group).bytes, QStringLiteral("fiche2.json"));
    CHECK(again.outcome().changes.isEmpty());
}

} // namespace pacte_test_exchange_funding_exchange_test
