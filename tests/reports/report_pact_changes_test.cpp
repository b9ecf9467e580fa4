// What changes around a pact, in the COPIL report (issue #15): the figures the pact declares, and the
// partners named as they were in the period reported.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reporttestutil.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

using namespace pacte;
using namespace pacte::test;

namespace {

QString reportText(Database& db, const ReportScope& scope)
{
    const auto report = buildReport(loadReportData(db, scope));
    REQUIRE(report.has_value());
    return markupText(QString::fromUtf8(reportHtmlPage(*report)));
}

} // namespace

TEST_CASE("The 2017-2021 report gives its recorded partners out of the 31 signatories declared", "[reports][declared]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const QString text = reportText(*db, demoScope(*db));
    // The summary's key figure and the partners' section: never 6 signatories as if the pact had 6.
    CHECK(text.contains(QStringLiteral("6 partenaires enregistrés sur 31 signataires déclarés")));
    CHECK(text.contains(QStringLiteral("partenaires enregistrés sur 31 signataires déclarés")));
    CHECK(text.contains(QStringLiteral("Chiffre déclaré par le pacte (PTI 2022-2025, §1.2")));
    CHECK(text.contains(QStringLiteral("signé par 31 partenaires institutionnels")));
    CHECK_FALSE(text.contains(QStringLiteral("6 partenaires signataires")));

    // The 2022-2025 report declares nothing: its partners are counted as before.
    const QString current = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    CHECK_FALSE(current.contains(QStringLiteral("signataires déclarés")));
    CHECK(current.contains(QStringLiteral("11 partenaires signataires")));
}

TEST_CASE("A past pact's report names a partner as it was then, the current one as it is now", "[reports][names]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto html = [&](const QString& edition) {
        const auto report = buildReport(loadReportData(*db, demoScope(*db, edition)));
        REQUIRE(report.has_value());
        return QString::fromUtf8(reportHtmlPage(*report));
    };
    // 2017-2021: Pôle emploi piloted "Liens ESS et économie" and signed the pact under that name.
    const QString old = html(QStringLiteral("PTI 2017-2021"));
    CHECK(old.contains(QStringLiteral("<b>Pôle emploi</b>")));
    CHECK_FALSE(old.contains(QStringLiteral("<b>France Travail</b>")));
    CHECK(markupText(old).contains(QStringLiteral("Pôle emploi")));
    // 2022-2025 ran until 31 December 2025: France Travail since 1 January 2024.
    const QString current = html(QStringLiteral("PTI 2022-2025"));
    CHECK(current.contains(QStringLiteral("<b>France Travail</b>")));
    CHECK_FALSE(current.contains(QStringLiteral("<b>Pôle emploi</b>")));
}
