// The COPIL report's table of indicator templates added up (issue 18), in the yearly evaluation: on
// the demo's 2017-2021 edition, the five demo indicators linked to its example templates, none with a
// known value (never summed as zero), and the template whose indicators use another unit not summed.
#include "common/testutil.h"
#include "domain/templatesums.h"
#include "reports/reportdata.h"
#include "reporttestutil.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_templatesums_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The demo report adds up the indicator templates in its yearly evaluation", "[reports][templates]")
{
    const FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    scope.year = 2020;

    const ReportData data = loadReportData(*db, scope);
    const QList<TemplateSum> sums = computeTemplateSums(data.data, data.asOf);
    REQUIRE(sums.size() == 5);
    int indicators = 0;
    int withoutValue = 0;
    int unitsDiffer = 0;
    for (const auto& sum : sums) {
        CHECK(sum.indicatorTemplate.example);
        indicators += sum.indicators;
        withoutValue += sum.withoutValue;
        CHECK_FALSE(sum.valueSum); // the demo records no measurement: unknown, not 0
        if (!sum.unitsAgree) {
            ++unitsDiffer;
            CHECK(sum.themeName == QStringLiteral("Accès aux droits"));
            CHECK(sum.otherUnits == QStringList{QStringLiteral("organismes")});
        }
    }
    CHECK(indicators == 5);
    CHECK(withoutValue == 5);
    CHECK(unitsDiffer == 1);

    const QString text = reportText(*db, scope);
    // Listed in the contents, then the section itself.
    CHECK(text.count(QStringLiteral("Indicateurs types : totaux")) == 2);
    const qsizetype table = text.lastIndexOf(QStringLiteral("Indicateurs types : totaux"));
    REQUIRE(table >= 0);
    CHECK(text.indexOf(QStringLiteral("Nombre de partenaires mobilisés (exemple)"), table) > table);
    CHECK(text.indexOf(QStringLiteral("Nombre de personnes accompagnées (exemple)"), table) > table);
    CHECK(text.indexOf(QStringLiteral("Unités différentes (partenaires et organismes) : pas de somme."), table) >
          table);
    // Within the yearly evaluation, before the groups' evaluations (the first mentions are the contents').
    CHECK(text.indexOf(QStringLiteral("Appréciation de la chargée de mission PTI"),
                       text.indexOf(QStringLiteral("Appréciation de la chargée de mission PTI")) + 1) < table);
    CHECK(text.indexOf(QStringLiteral("Évaluations des groupes de travail pour 2020"), table) > table);

    scope.sections.evaluation = false;
    CHECK_FALSE(reportText(*db, scope).contains(QStringLiteral("Indicateurs types : totaux")));
}

} // namespace pacte_test_reports_report_templatesums_test
