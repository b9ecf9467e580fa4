// Meetings of the employment network (schema 6): a CLE's territories in their order and what the PTI
// presented, stored, logged and read back; a territory deleted leaves the CLE without it.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_employment_network_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A CLE meeting keeps the territories it covers and what the PTI presented", "[storage][network]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")));
    Edition edition;
    edition.title = QStringLiteral("PTI 2022-2025");
    edition.startDate = QDate(2022, 1, 1);
    edition.endDate = QDate(2025, 12, 31);
    EditionRepository(*db).insert(edition);
    Territory biterrois{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    Territory camargue{NoId, {}, QStringLiteral("Petite Camargue"), {}, {}, {}};
    TerritoryRepository(*db).insert(biterrois);
    TerritoryRepository(*db).insert(camargue);

    Meeting cle;
    cle.editionId = edition.id;
    cle.kind = MeetingKind::EmploymentCommitteeLocal;
    cle.status = MeetingStatus::Held;
    cle.date = QDate(2024, 10, 3);
    cle.coveredTerritoryIds = {camargue.id};
    MeetingRepository(*db).insert(cle);
    cle.coveredTerritoryIds = {camargue.id, biterrois.id};
    cle.ptiPresented = QStringLiteral("Les actions mobilité du PTI local.");
    MeetingRepository(*db).update(cle);
    CHECK(MeetingRepository(*db).find(cle.id) == cle);

    // Each change is logged by field, as the history shows it.
    QStringList fields;
    for (const auto& entry : ChangeLog(*db).forEntity(cle.uuid)) {
        if (entry.field == QStringLiteral("coveredTerritories"))
            CHECK(entry.newValue == QStringLiteral("Petite Camargue, Biterrois"));
        fields << entry.field;
    }
    CHECK(fields.contains(QStringLiteral("coveredTerritories")));
    CHECK(fields.contains(QStringLiteral("ptiPresented")));

    TerritoryRepository(*db).remove(camargue.id);
    CHECK(MeetingRepository(*db).find(cle.id)->coveredTerritoryIds == QList<Id>{biterrois.id});
}

} // namespace pacte_test_storage_employment_network_test
