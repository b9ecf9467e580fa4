// What changes around a pact, in the COPIL report (issue #15): the figures the pact declares, and the
// partners named as they were in the period reported, and the meetings of the employment network.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reporttestutil.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_pact_changes_test {

using namespace pacte;
using namespace pacte::test;

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

    // The 2022-2025 report declares nothing. Its signature page is an empty grid: its 11 partners are
    // expected, none a signatory (the report said "11 partenaires signataires" until issue 19).
    const QString current = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    CHECK_FALSE(current.contains(QStringLiteral("signataires déclarés")));
    CHECK(current.contains(QStringLiteral("11 partenaires attendus")));
    CHECK_FALSE(current.contains(QStringLiteral("11 partenaires signataires")));
}

TEST_CASE("The 2022-2025 report says its partners are expected and no signature is recorded", "[reports][signatures]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const QString current = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    // "IV – SIGNATURES DES PARTENAIRES PTI 2022-2025": a grid of Fonction / Signature / Nom left blank.
    CHECK(current.contains(QStringLiteral("11 partenaires attendus, 0 signature enregistrée")));
    CHECK(current.contains(QStringLiteral("1 approbation par délibération")));
    CHECK(current.contains(QStringLiteral("10 en attente")));
    CHECK_FALSE(current.contains(QStringLiteral("signatures recueillies")));
    // The 2017 deliberation of the CCVH states no vote figure: none is shown as zero.
    const QString past = reportText(*db, demoScope(*db));
    CHECK(past.contains(QStringLiteral("chiffres du vote non renseignés")));
    CHECK_FALSE(past.contains(QStringLiteral("0 pour, 0 contre")));
}

TEST_CASE("New partners since 2017-2021 are not counted while its signatories are not all known",
          "[reports][signatures]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db, QStringLiteral("PTI 2022-2025"));
    scope.year = 2023;
    const auto data = loadReportData(*db, scope);
    // The pact: 31 signatories of 2017-2021 ("signé par 31 partenaires institutionnels"), 6 recorded.
    CHECK(data.previousSignatoriesGap.contains(QStringLiteral("6 enregistrés sur 31 déclarés")));
    const QString text = reportText(*db, scope);
    CHECK(text.contains(QStringLiteral("non calculé")));
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

TEST_CASE("The governance section lists the CDE and CLE meetings with what the PTI presented", "[reports][network]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    REQUIRE(edition);
    const ReportScope scope = demoScope(*db, QStringLiteral("PTI 2022-2025"));
    const QString without = reportText(*db, scope);
    CHECK_FALSE(without.contains(QStringLiteral("Réseau pour l'emploi")));

    Id biterrois = NoId;
    Id camargue = NoId;
    for (const auto& territory : TerritoryRepository(*db).all()) {
        if (territory.name == QStringLiteral("Biterrois"))
            biterrois = territory.id;
        if (territory.name == QStringLiteral("Petite Camargue"))
            camargue = territory.id;
    }
    Meeting cde;
    cde.editionId = edition->id;
    cde.kind = MeetingKind::EmploymentCommitteeDepartmental;
    cde.status = MeetingStatus::Held;
    cde.date = QDate(2024, 9, 20);
    cde.title = QStringLiteral("CDE de l'Hérault");
    cde.ptiPresented = QStringLiteral("Les quatre axes du PTI 2022-2025 et ses PTI locaux.");
    MeetingRepository(*db).insert(cde);
    Meeting cle = cde;
    cle.id = NoId;
    cle.uuid = QUuid();
    cle.kind = MeetingKind::EmploymentCommitteeLocal;
    cle.date = QDate(2024, 11, 7);
    cle.title = QStringLiteral("CLE Béziers – Lunel");
    cle.coveredTerritoryIds = {biterrois, camargue};
    cle.ptiPresented = QStringLiteral("L'étude sur la mobilisation des publics.");
    MeetingRepository(*db).insert(cle);

    const QString text = reportText(*db, scope);
    CHECK(text.contains(QStringLiteral("Réseau pour l'emploi (CDE et CLE)")));
    CHECK(text.contains(QStringLiteral("20 septembre 2024 Comité départemental pour l'emploi (CDE) CDE de l'Hérault "
                                       "Département Les quatre axes du PTI 2022-2025 et ses PTI locaux.")));
    CHECK(
        text.contains(QStringLiteral("7 novembre 2024 Comité local pour l'emploi (CLE) CLE Béziers – Lunel Biterrois, "
                                     "Petite Camargue L'étude sur la mobilisation des publics.")));
    // Counted among the meetings held, never as a COPIL or a comité local d'animation.
    CHECK(reportText(*db, scope).count(QStringLiteral("Comité local pour l'emploi (CLE)")) >= 2);

    // A territory's report lists the CLE that covers it, not the one that does not.
    ReportScope petite = scope;
    petite.territoryId = camargue;
    CHECK(reportText(*db, petite).contains(QStringLiteral("CLE Béziers – Lunel")));
    for (const auto& territory : TerritoryRepository(*db).all()) {
        if (territory.name != QStringLiteral("Montpelliérain"))
            continue;
        ReportScope montpellier = scope;
        montpellier.territoryId = territory.id;
        CHECK_FALSE(reportText(*db, montpellier).contains(QStringLiteral("CLE Béziers – Lunel")));
    }
}

TEST_CASE("The 2017-2021 report states no rule its pact does not state", "[reports][rules]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const QString past = reportText(*db, demoScope(*db));
    // The pilot and co-pilot rule is the 2022-2025 pact's: the 2017-2021 report only lists the groups.
    CHECK_FALSE(past.contains(QStringLiteral("Le pacte prévoit que chacun soit animé")));
    CHECK(
        past.contains(QStringLiteral("17 groupes de travail, avec leur pilote et leur co-pilote tels qu'enregistrés")));
    CHECK(past.contains(QStringLiteral("n'énonce pas de règle de fréquence")));
    CHECK_FALSE(past.contains(QStringLiteral("règles de fréquence fixées par le pacte")));
    CHECK(past.contains(QStringLiteral("0 erreur, 0 avertissement")));
    // What the data does not record is said as such, not as a fact about the past.
    CHECK_FALSE(past.contains(QStringLiteral("ne s'est pas réuni")));
    // The 2022-2025 report keeps its own pact's rules.
    const QString current = reportText(*db, demoScope(*db, QStringLiteral("PTI 2022-2025")));
    CHECK(current.contains(QStringLiteral("règles de fréquence fixées par le pacte")));
}

} // namespace pacte_test_reports_report_pact_changes_test
