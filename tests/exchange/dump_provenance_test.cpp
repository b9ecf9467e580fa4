// Where records come from travels in the full dump (format 7): written, restored, and the demo marks
// what it invented (issue 19).
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_provenance_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A dump keeps where its records come from", "[exchange][dump][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("source.pacte")));
    importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/good/provenance.json"))));
    ProvenanceStore store(*db);
    const QList<ProvenanceRecord> records = store.all();
    REQUIRE(records.size() == 2);
    const auto action = ActionRepository(*db).all().constFirst();
    CHECK(store.get(action.uuid) ==
          Provenance{ProvenanceKind::Illustrative, {}, QStringLiteral("Inventée pour l'exemple.")});
    CHECK(store.get(TerritoryRepository(*db).all().constFirst().uuid).source == QStringLiteral("Annexe 2"));

    const QByteArray bytes = exportDump(*db);
    CHECK(bytes.contains("\"kind\": \"illustratif\""));
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, bytes);
    CHECK(ProvenanceStore(*copy).all() == records);
}

TEST_CASE("The demo marks what it quotes, deduces and invents", "[exchange][demo][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ProvenanceStore store(*db);
    const auto editions = EditionRepository(*db).all();
    REQUIRE(editions.size() == 2);
    const Edition& first = editions.at(0).title == QStringLiteral("PTI 2017-2021") ? editions.at(0) : editions.at(1);
    const Edition& second = &first == &editions.at(0) ? editions.at(1) : editions.at(0);

    // The 38 actions of 2017-2021: the pact gives their total and statuses, not each one's group and status.
    int illustrativeActions = 0;
    for (const auto& action : ActionRepository(*db).all())
        illustrativeActions += store.get(action.uuid).kind == ProvenanceKind::Illustrative ? 1 : 0;
    CHECK(illustrativeActions == 38);
    // Its axes' numbers and short titles are invented; those of 2022-2025 are quoted.
    for (const auto& axis : AxisRepository(*db).ofEdition(first.id))
        CHECK(store.get(axis.uuid).kind == ProvenanceKind::Illustrative);
    for (const auto& axis : AxisRepository(*db).ofEdition(second.id)) {
        CHECK(store.get(axis.uuid).kind == ProvenanceKind::Quoted);
        CHECK(store.get(axis.uuid).source.contains(QStringLiteral("§2.2")));
    }
    // The six 2017-2021 signatories are deduced, not quoted.
    int deducedSignatures = 0;
    for (const auto& partner : PartnerRepository(*db).all()) {
        if (const auto* signature = partner.signatureFor(first.id))
            deducedSignatures += store.get(signature->uuid).kind == ProvenanceKind::Deduced ? 1 : 0;
    }
    CHECK(deducedSignatures == 6);
    // The 17 working groups of annexe 1 are quoted.
    for (const auto& group : WorkingGroupRepository(*db).all())
        CHECK(store.get(group.uuid).kind == ProvenanceKind::Quoted);
}

} // namespace pacte_test_exchange_dump_provenance_test
