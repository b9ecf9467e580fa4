// findUuid() names the record that holds a uuid, whatever its kind; the sheet import's look-ups
// (sheetlookups.h) read the group's items.
#include "common/sheetfixture.h"
#include "common/testutil.h"
#include "storage/repository.h"
#include "storage/sheetlookups.h"
#include "storage/uuidlookup.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_uuidlookup_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("findUuid names the kind and the row of any record", "[storage][uuid]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    const auto check = [&](const QUuid& uuid, RecordKind kind, Id id) {
        const auto owner = findUuid(db, uuid);
        REQUIRE(owner.has_value());
        CHECK(owner->kind == kind);
        CHECK(owner->id == id);
    };
    check(PartnerRepository(db).find(f.partner1)->uuid, RecordKind::Partner, f.partner1);
    check(EditionRepository(db).find(f.otherEditionId)->uuid, RecordKind::Edition, f.otherEditionId);
    check(AxisRepository(db).find(f.axis1)->themes.at(0).uuid, RecordKind::Theme, f.theme1);
    check(f.groupUuid, RecordKind::WorkingGroup, f.group);
    check(f.vehiclesUuid, RecordKind::Indicator, groupItemId(db, RecordKind::Indicator, f.vehiclesUuid));
    check(f.otherMeetingUuid, RecordKind::Meeting, f.otherMeeting);
    CHECK_FALSE(findUuid(db, QUuid::createUuid()).has_value());
    CHECK(recordKindName(RecordKind::Partner) == QStringLiteral("un partenaire"));
}

TEST_CASE("The group's items and their owners", "[storage][uuid]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    CHECK(ActionRepository(db).ofGroup(f.group).size() == 2);
    CHECK(MeetingRepository(db).ofGroup(f.group).size() == 2);
    const auto owner = groupItemOwner(db, f.measurement1Uuid);
    REQUIRE(owner.has_value());
    CHECK(owner->kind == RecordKind::Measurement);
    CHECK(owner->group == f.group);
    CHECK_FALSE(groupItemOwner(db, f.groupUuid).has_value());
}

} // namespace pacte_test_storage_uuidlookup_test
