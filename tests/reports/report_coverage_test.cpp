// The COPIL report's "Qui fait quoi, où" section (issue 18) on the demo's PTI 2017-2021.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reporttestutil.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_coverage_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString demoHtml(TempDir& dir, const std::function<void(ReportScope&)>& adjust = {})
{
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    if (adjust)
        adjust(scope);
    const auto report = buildReport(loadReportData(*db, scope));
    REQUIRE(report.has_value());
    const QString path = dir.path(QStringLiteral("rapport.html"));
    REQUIRE(writeReportFile(*report, path, ReportFormat::Html).isEmpty());
    return QString::fromUtf8(fileBytes(path));
}

} // namespace

TEST_CASE("The demo report has the section Qui fait quoi, ou", "[reports][coverage]")
{
    TempDir dir;
    const QString html = demoHtml(dir);
    const QString text = markupText(html);
    CHECK(html.contains(QStringLiteral("table class=\"grid coverage\"")));
    CHECK(text.contains(QStringLiteral("Qui fait quoi, où")));
    CHECK(text.contains(QStringLiteral("6 territoires × 12 thématiques")));
    // Montpelliérain, literacy: one group, three actions.
    CHECK(text.contains(QStringLiteral("Illettrisme et illectronisme 1 / 3")));
    CHECK(text.contains(QStringLiteral("Montpelliérain — aucun groupe enregistré sur 9 des 12 thématiques")));
    CHECK(text.contains(QStringLiteral("Aucun territoire n'a deux groupes ou plus sur une même thématique.")));
    CHECK(text.contains(QStringLiteral("Doublons possibles")));
    CHECK(text.contains(QStringLiteral("Aucune paire d'actions ne se ressemble.")));
    CHECK(text.contains(QStringLiteral("Partenaires dans les groupes de travail")));
    // Listed in the table of contents.
    CHECK(html.contains(QStringLiteral(">Qui fait quoi, où</a>")));
}

TEST_CASE("The coverage section can be left out of the report", "[reports][coverage]")
{
    TempDir dir;
    const QString html = demoHtml(dir, [](ReportScope& scope) { scope.sections.coverage = false; });
    CHECK_FALSE(html.contains(QStringLiteral("table class=\"grid coverage\"")));
    CHECK_FALSE(html.contains(QStringLiteral(">Qui fait quoi, où</a>")));
    // The governance evaluation names the section left out, and says how to get it.
    CHECK(markupText(html).contains(QStringLiteral("Cochez « Qui fait quoi, où » dans la fenêtre du rapport")));
}

} // namespace pacte_test_reports_report_coverage_test
