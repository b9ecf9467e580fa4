// A working group's sheet creates and changes only what belongs to its group: no new COPIL or other
// departmental meeting, and none of those the database links to the group changed, retyped or
// deleted through it (issue #22).
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_scope_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString refusedAt(Database& db, const Json& sheet)
{
    try {
        SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    } catch (const InputError& error) {
        return error.path();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

TEST_CASE("A sheet cannot add, change, retype or delete a departmental meeting", "[exchange][sheet][scope]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    // The coordinator recorded the mid-term COPIL as held with the group's people.
    Meeting copil;
    copil.editionId = f.editionId;
    copil.groupId = f.group;
    copil.kind = MeetingKind::CopilMidTerm;
    copil.status = MeetingStatus::Held;
    copil.date = QDate(2024, 6, 20);
    copil.title = QStringLiteral("COPIL intermédiaire");
    MeetingRepository(db).insert(copil);
    const Json exported = parseJson(exportSheet(db, f.group).bytes);

    SECTION("sent back as it was, it is accepted and stays as it is")
    {
        SheetImport import(db, dumpJson(exported), QStringLiteral("fiche.json"));
        (void)import.apply();
        CHECK(*MeetingRepository(db).find(copil.id) == copil);
    }
    SECTION("a new COPIL is refused")
    {
        Json sheet = exported;
        sheet["group"]["meetings"].push_back({{"kind", "copil_final"}, {"date", "2025-12-01"}, {"status", "tenue"}});
        CHECK(refusedAt(db, sheet).startsWith(QStringLiteral("group.meetings[")));
        CHECK(refusedAt(db, sheet).endsWith(QStringLiteral(".kind")));
    }
    SECTION("a change of its date or status is refused")
    {
        Json sheet = exported;
        byUuid(sheet["group"]["meetings"], copil.uuid)["date"] = "2025-01-15";
        CHECK(refusedAt(db, sheet).startsWith(QStringLiteral("group.meetings[")));
        sheet = exported;
        byUuid(sheet["group"]["meetings"], copil.uuid)["status"] = "annulee";
        CHECK(refusedAt(db, sheet).startsWith(QStringLiteral("group.meetings[")));
    }
    SECTION("turning it into a group meeting is refused")
    {
        Json sheet = exported;
        byUuid(sheet["group"]["meetings"], copil.uuid)["kind"] = "groupe_travail";
        CHECK(refusedAt(db, sheet).endsWith(QStringLiteral(".kind")));
    }
    SECTION("leaving it out (a deletion) is refused")
    {
        Json sheet = exported;
        eraseUuid(sheet["group"]["meetings"], copil.uuid);
        CHECK(refusedAt(db, sheet) == QStringLiteral("group.meetings"));
    }
    SECTION("the group's own meetings stay the sheet's to change")
    {
        Json sheet = exported;
        byUuid(sheet["group"]["meetings"], f.meeting1Uuid)["date"] = "2024-02-02";
        CHECK(refusedAt(db, sheet) == QStringLiteral("(accepted)"));
    }
    REQUIRE(MeetingRepository(db).find(copil.id));
    CHECK(*MeetingRepository(db).find(copil.id) == copil);
}

} // namespace pacte_test_exchange_sheet_scope_test
