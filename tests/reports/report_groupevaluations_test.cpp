// The COPIL report's summary of the working groups' yearly evaluations (issue 18), after the
// evaluation section: per axis, how many groups evaluated their year, the partnership as they judge
// it, and each group's entered text in short.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reporttestutil.h"
#include "storage/evaluationstore.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_groupevaluations_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The report sums up the groups' evaluations of its year and quotes what they entered",
          "[reports][groupevaluation]")
{
    const FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    scope.year = 2020;
    const auto groups = WorkingGroupRepository(*db).ofEdition(scope.editionId);
    REQUIRE(groups.size() == 17);
    GroupEvaluation entered;
    entered.groupId = groups.constFirst().id;
    entered.year = 2020;
    entered.effects = QStringLiteral("Vingt personnes accompagnées vers le numérique.");
    entered.partnershipQuality = PartnershipQuality::VerySatisfactory;
    entered.adjustments = QStringLiteral("Ouvrir les ateliers le samedi.");
    GroupEvaluationRepository(*db).insert(entered);
    GroupEvaluation otherYear = entered;
    otherYear.id = NoId;
    otherYear.uuid = {};
    otherYear.year = 2019;
    otherYear.effects = QStringLiteral("Texte d'une autre année.");
    GroupEvaluationRepository(*db).insert(otherYear);

    const ReportData data = loadReportData(*db, scope);
    REQUIRE(data.groupEvaluations.size() == 1);
    const QString text = reportText(*db, scope);
    CHECK(text.contains(QStringLiteral("Évaluations des groupes de travail pour 2020")));
    CHECK(text.contains(QStringLiteral("Vingt personnes accompagnées vers le numérique.")));
    CHECK(text.contains(QStringLiteral("Ouvrir les ateliers le samedi.")));
    CHECK_FALSE(text.contains(QStringLiteral("Texte d'une autre année.")));
    CHECK(text.contains(QStringLiteral("1 sur ")));
    CHECK(text.contains(QStringLiteral("4 - très satisfaisante : 1")));
    CHECK(text.contains(QStringLiteral("aucune évaluation saisie")));
    // After the edition's evaluation section.
    CHECK(text.indexOf(QStringLiteral("Évaluations des groupes de travail pour 2020")) >
          text.indexOf(QStringLiteral("Appréciation de la chargée de mission PTI")));

    scope.sections.evaluation = false;
    CHECK_FALSE(reportText(*db, scope).contains(QStringLiteral("Évaluations des groupes de travail")));
}

} // namespace pacte_test_reports_report_groupevaluations_test
