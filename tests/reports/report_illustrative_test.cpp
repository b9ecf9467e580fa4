// A report built on illustrative records says so (issue 19): a band on its cover and a warning above
// each chart drawn from invented actions; a report on quoted records says nothing of the kind.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reporttestutil.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_illustrative_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The 2017-2021 report warns that its charts rest on invented actions", "[reports][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const ReportData data = loadReportData(*db, demoScope(*db));
    CHECK(data.illustrative.actions == 38);
    CHECK(data.illustrative.totalActions == 38);
    CHECK(data.illustrative.axes == 5);

    const QString text = reportText(*db, demoScope(*db));
    CHECK(text.contains(QStringLiteral("Données illustratives : ce rapport s'appuie sur des enregistrements inventés "
                                       "pour l'exemple (38 actions sur 38, 5 axes)")));
    // Above the status donut, the bars by axis and by territory, the groups' status mixes and the
    // coverage table ("Qui fait quoi, où").
    CHECK(text.count(QStringLiteral("Tiré de données illustratives : 38 des 38 actions")) == 5);

    const QString current = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    CHECK_FALSE(current.contains(QStringLiteral("Données illustratives")));
    CHECK_FALSE(current.contains(QStringLiteral("Tiré de données illustratives")));
}

TEST_CASE("Marking one action illustrative is counted in its scope only", "[reports][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    // Back to entered for all but one action of the 2017-2021 pact.
    ProvenanceStore store(*db);
    const auto actions = ActionRepository(*db).all();
    for (const auto& action : actions)
        store.put({QStringLiteral("action"), action.uuid, Provenance{}});
    for (const auto& axis : AxisRepository(*db).all())
        store.put({QStringLiteral("axis"), axis.uuid, Provenance{}});
    store.put({QStringLiteral("action"), actions.constFirst().uuid, {ProvenanceKind::Illustrative, {}, {}}});
    const QString text = reportText(*db, demoScope(*db));
    CHECK(text.contains(QStringLiteral("(1 action sur 38)")));
    CHECK(text.contains(QStringLiteral("Tiré de données illustratives : 1 des 38 actions")));
}

TEST_CASE("An action sheet says where it comes from when it is not simply entered", "[reports][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const QString text = reportText(*db, demoScope(*db));
    // Each of the 38 invented sheets carries its provenance line, with the pact's annex as source.
    CHECK(text.count(QStringLiteral("Provenance Illustratif")) == 38);
    CHECK(text.contains(QStringLiteral("Provenance Illustratif — ")));

    // An action set back to entered says nothing of the kind; one quoted says so.
    ProvenanceStore store(*db);
    const auto actions = ActionRepository(*db).all();
    store.put({QStringLiteral("action"), actions.at(0).uuid, Provenance{}});
    store.put({QStringLiteral("action"),
               actions.at(1).uuid,
               {ProvenanceKind::Quoted, QStringLiteral("Bilan 2021, p. 3"), {}}});
    const QString after = reportText(*db, demoScope(*db));
    CHECK(after.count(QStringLiteral("Provenance Illustratif")) == 36);
    CHECK(after.contains(QStringLiteral("Provenance Cité du pacte (Bilan 2021, p. 3)")));
}

} // namespace pacte_test_reports_report_illustrative_test
