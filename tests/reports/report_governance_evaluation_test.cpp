// The COPIL report's "Évaluation de la gouvernance" section (issue 18, part 4) on the demo data.
#include "common/testutil.h"
#include "reporttestutil.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_governance_evaluation_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The governance evaluation of the demo 2017-2021 report", "[reports][governance-evaluation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const QString text = reportText(*db, demoScope(*db));
    CHECK(text.contains(QStringLiteral("Évaluation de la gouvernance")));
    CHECK(text.contains(QStringLiteral("Instances établies")));
    CHECK(text.contains(QStringLiteral("17 groupes de travail constitués, dont 17 actifs.")));
    // The demo records the launch COPIL of 2017, held, its decisions written.
    CHECK(text.contains(QStringLiteral("COPIL de lancement 1 1 0 0 0 1 / 1 0")));
    CHECK(text.contains(QStringLiteral("Lisibilité du circuit décisionnel")));
    CHECK(text.contains(QStringLiteral("aucune appréciation écrite de la gouvernance pour 2021")));
    // The demo's first pact has no predecessor: no partner can be called new.
    CHECK(text.contains(QStringLiteral("Aucun pacte précédent n'est enregistré avant le PTI 2017-2021")));
    // Annexe 1: the Département pilots ten groups with no co-pilot recorded.
    CHECK(text.contains(QStringLiteral("10 groupes animés par le seul Département, d'après les données")));
    CHECK(text.contains(QStringLiteral("Mobilité (Montpelliérain) CD")));
    // The coverage counted: 54 of the 72 territory × theme cells have no group (demo_coverage_test).
    CHECK(text.contains(QStringLiteral("Thématiques du pacte sans groupe de travail dans un territoire 54")));
    CHECK(text.contains(QStringLiteral("Plusieurs groupes sur la même thématique dans le même territoire 0")));
}

TEST_CASE("The governance evaluation lists the new partners once the previous signatories are all known",
          "[reports][governance-evaluation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    // As the demo stands, 6 signatories of 2017-2021 are recorded out of 31 declared: not computed.
    CHECK(reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")))
              .contains(QStringLiteral("Nouveaux partenaires depuis le pacte précédent : non calculé")));

    // Without the declared count, the recorded signatories of 2017-2021 are taken as all of them.
    for (auto edition : EditionRepository(*db).all()) {
        if (edition.title == QStringLiteral("PTI 2017-2021")) {
            edition.declaredSignatories.reset();
            EditionRepository(*db).update(edition);
        }
    }
    const QString text = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    CHECK_FALSE(text.contains(QStringLiteral("non calculé")));
    // Expected signatories of 2022-2025 that did not sign 2017-2021; the edition has no group yet.
    CHECK(text.contains(QStringLiteral("partenaires engagés dans le PTI 2022-2025 et non dans le pacte précédent ; 0 "
                                       "dans au moins un groupe de travail.")));
    CHECK(text.contains(QStringLiteral("dans aucun groupe")));
    CHECK(text.contains(QStringLiteral("Aucun groupe de travail n'est enregistré pour le PTI 2022-2025.")));
}

TEST_CASE("The governance evaluation can be left out of the report", "[reports][governance-evaluation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    scope.sections.governanceEvaluation = false;
    CHECK_FALSE(reportText(*db, scope).contains(QStringLiteral("Évaluation de la gouvernance")));
}

} // namespace pacte_test_reports_report_governance_evaluation_test
