// A partner's names over time (schema 6): stored with the partner, read back in date order, logged as
// one field, and deleted with it.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_partner_names_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A partner keeps its names over time", "[storage][names][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    Partner partner;
    {
        auto db = createDatabase(path);
        partner.name = QStringLiteral("Pôle emploi");
        partner.category = PartnerCategory::FranceTravail;
        PartnerRepository(*db).insert(partner);
        CHECK(PartnerRepository(*db).find(partner.id)->nameHistory.isEmpty());

        partner.name = QStringLiteral("France Travail");
        partner.nameHistory = {PartnerName{NoId, {}, QStringLiteral("Pôle emploi"), QDate(2008, 12, 19)},
                               PartnerName{NoId, {}, QStringLiteral("France Travail"), QDate(2024, 1, 1)}};
        PartnerRepository(*db).update(partner);
        CHECK_FALSE(partner.nameHistory.first().uuid.isNull());
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    const auto read = PartnerRepository(*db).find(partner.id);
    REQUIRE(read);
    CHECK(*read == partner);
    CHECK(read->nameOn(QDate(2021, 12, 31)) == QStringLiteral("Pôle emploi"));

    bool logged = false;
    for (const auto& entry : ChangeLog(*db).forEntity(partner.uuid)) {
        if (entry.field == QStringLiteral("nameHistory")) {
            logged = true;
            CHECK(entry.oldValue.isEmpty());
            CHECK(entry.newValue == QStringLiteral("Pôle emploi (2008-12-19), France Travail (2024-01-01)"));
        }
    }
    CHECK(logged);

    // A name removed is removed; the other keeps its identity.
    Partner shorter = *read;
    shorter.nameHistory.removeFirst();
    PartnerRepository(*db).update(shorter);
    const auto again = PartnerRepository(*db).find(partner.id);
    REQUIRE(again->nameHistory.size() == 1);
    CHECK(again->nameHistory.first().uuid == read->nameHistory.last().uuid);

    PartnerRepository(*db).remove(partner.id);
    SqlQuery count(*db, QStringLiteral("SELECT COUNT(*) FROM partner_name"));
    count.exec();
    REQUIRE(count.next());
    CHECK(count.integer(0) == 0);
}

} // namespace pacte_test_storage_partner_names_test
