// A partner's names over time in the full dump (format 4), and the demo's Pôle emploi, France Travail
// since 1 January 2024.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_partner_names_test {

using namespace pacte;
using namespace pacte::test;

namespace {

std::optional<Partner> partnerNamed(Database& db, const QString& name)
{
    for (const auto& partner : PartnerRepository(db).all()) {
        if (partner.name == name)
            return partner;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("The demo records that Pôle emploi became France Travail on 1 January 2024", "[exchange][names]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    CHECK_FALSE(partnerNamed(*db, QStringLiteral("Pôle emploi")));
    const auto partner = partnerNamed(*db, QStringLiteral("France Travail"));
    REQUIRE(partner);
    REQUIRE(partner->nameHistory.size() == 2);
    CHECK(partner->nameHistory.at(0).name == QStringLiteral("Pôle emploi"));
    CHECK(partner->nameHistory.at(1).name == QStringLiteral("France Travail"));
    CHECK(partner->nameHistory.at(1).effectiveFrom == QDate(2024, 1, 1));

    const QByteArray dump = exportDump(*db);
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, dump);
    CHECK(partnerNamed(*copy, QStringLiteral("France Travail"))->nameHistory == partner->nameHistory);
}

TEST_CASE("A dump with two names on the same day is refused at its path", "[exchange][names]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    auto db = createDatabase(path);
    const QByteArray before = fileBytes(path);
    const QByteArray bad = R"({"format": "pacte-dump", "formatVersion": 4, "partners": [
        {"uuid": "20000000-0000-4000-8000-000000000001", "name": "France Travail", "category": "france_travail",
         "nameHistory": [
           {"uuid": "21000000-0000-4000-8000-000000000001", "name": "Pôle emploi", "effectiveFrom": "2024-01-01"},
           {"uuid": "21000000-0000-4000-8000-000000000002", "name": "France Travail", "effectiveFrom": "2024-01-01"}
         ]}]})";
    try {
        importDump(*db, bad);
        FAIL("the dump was accepted");
    } catch (const InputError& error) {
        CHECK(error.path() == QStringLiteral("partners[0].nameHistory"));
        CHECK(error.message().contains(QStringLiteral("le même jour (1 janvier 2024)")));
    }
    CHECK(PartnerRepository(*db).count() == 0);
    db.reset();
    CHECK(fileBytes(path) == before);
}

} // namespace pacte_test_exchange_dump_partner_names_test
