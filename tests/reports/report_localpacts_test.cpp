// The COPIL report's « Pactes locaux » (issue 20): a page per territory of the scope, with the local
// pact's diagnosis and sources, ranked priorities with what they serve, members, the local committees
// held and the review of the report's year; in the contents; absent when the edition has none.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reporttestutil.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_localpacts_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The report gives each territory a page with its local pact", "[reports][localpact]")
{
    const FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    CHECK_FALSE(reportText(*db, scope).contains(QStringLiteral("Pactes locaux")));

    const auto territories = TerritoryRepository(*db).all();
    const auto axes = AxisRepository(*db).ofEdition(scope.editionId);
    REQUIRE_FALSE(axes.isEmpty());
    LocalPact pact;
    pact.editionId = scope.editionId;
    pact.territoryId = territories.constFirst().id;
    pact.diagnosis = QStringLiteral("Un chômage de longue durée élevé.");
    pact.diagnosisSources = QStringLiteral("INSEE 2019");
    LocalPriority first;
    first.title = QStringLiteral("Lever les freins à la mobilité");
    first.axisIds = {axes.constFirst().id};
    LocalPriority second;
    second.title = QStringLiteral("Accès au numérique");
    pact.priorities = {first, second};
    LocalPactReview review;
    review.year = 2019;
    review.progress = QStringLiteral("Deux ateliers ouverts.");
    LocalPactReview later = review;
    later.year = 2021;
    later.progress = QStringLiteral("Texte d'une année après le rapport.");
    pact.reviews = {review, later};
    LocalPactRepository(*db).insert(pact);

    scope.year = 2020;
    const QString text = reportText(*db, scope);
    CHECK(text.contains(QStringLiteral("Pactes locaux")));
    CHECK(text.contains(QStringLiteral("Pacte local : %1").arg(territories.constFirst().name)));
    CHECK(text.contains(QStringLiteral("Un chômage de longue durée élevé.")));
    CHECK(text.contains(QStringLiteral("INSEE 2019")));
    CHECK(text.indexOf(QStringLiteral("Lever les freins à la mobilité")) <
          text.indexOf(QStringLiteral("Accès au numérique")));
    CHECK(text.contains(QStringLiteral("Axe %1").arg(axes.constFirst().number)));
    // The review of the report's year, or the latest before it.
    CHECK(text.contains(QStringLiteral("Bilan annuel 2019")));
    CHECK(text.contains(QStringLiteral("Deux ateliers ouverts.")));
    CHECK_FALSE(text.contains(QStringLiteral("Texte d'une année après le rapport.")));
    // The other territories say they have none.
    CHECK(text.contains(QStringLiteral("Pacte local : %1").arg(territories.constLast().name)));
    CHECK(text.contains(QStringLiteral("Aucun pacte local saisi pour ce territoire dans cette édition.")));

    // A territory's report has its page only.
    scope.territoryId = territories.constLast().id;
    const QString other = reportText(*db, scope);
    CHECK_FALSE(other.contains(QStringLiteral("Pacte local : %1").arg(territories.constFirst().name)));
}

} // namespace pacte_test_reports_report_localpacts_test
