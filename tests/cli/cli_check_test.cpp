// pacte-cli check: the governance rules over the demo data and over a database with nothing to report.
#include "common/testutil.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_check_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QJsonObject parseObject(const CliResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

const QSet<QString> documentedRules{
    QStringLiteral("group-pilots"),      QStringLiteral("copil-cadence"),      QStringLiteral("local-committee-yearly"),
    QStringLiteral("partner-referent"),  QStringLiteral("territory-referent"), QStringLiteral("action-sheet-complete"),
    QStringLiteral("annual-evaluation"), QStringLiteral("deliberation-tally"),
};

// The groups of Annexe 1 (docs/domain.md) piloted by the Département alone, as the rules label them.
const QSet<QString> departementAloneGroups{
    QStringLiteral("Illettrisme et illectronisme (Montpelliérain)"),
    QStringLiteral("Mobilité (Montpelliérain)"),
    QStringLiteral("Numérique, non-accès et rupture des droits (Étang de Thau)"),
    QStringLiteral("Développement initiatives solidaires et citoyennes (Étang de Thau)"),
    QStringLiteral("Mobilité des publics en insertion (Étang de Thau)"),
    QStringLiteral("Accès aux droits (Cœur d'Hérault – Pic Saint-Loup)"),
    QStringLiteral("Illectronisme (Petite Camargue)"),
    QStringLiteral("Étude sociologique sur la mobilisation des publics (Biterrois, Petite Camargue)"),
    QStringLiteral("Services aux publics (Haut-Languedoc et Ouest Héraultais)"),
    QStringLiteral("Levée des freins à l'emploi (Haut-Languedoc et Ouest Héraultais)"),
};

} // namespace

// The 2017-2021 pact, as the source records it, states no rule of pilots: its groups led by the
// Département alone are reported for information against the rule of the PTI 2022-2025, not as errors
// (they were errors until issue 19).
TEST_CASE("check reports the 2017-2021 groups led by the Département alone", "[cli][check]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QByteArray content = databaseContent(path);

    const CliResult result =
        runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"),
                QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-11-28")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    const QJsonObject root = parseObject(result);
    REQUIRE(root.value(QStringLiteral("findings")).isArray());
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());

    QSet<QString> pilotLabels;
    QSet<QString> pilotUuids;
    int pilotFindings = 0;
    for (const auto& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* key : {"rule", "severity", "entity", "uuid", "label", "message", "quote", "source"}) {
            INFO(key);
            CHECK(finding.value(QLatin1String(key)).isString());
        }
        const QString rule = finding.value(QStringLiteral("rule")).toString();
        INFO(rule.toStdString());
        CHECK(documentedRules.contains(rule));
        const QString severity = finding.value(QStringLiteral("severity")).toString();
        CHECK((severity == QStringLiteral("error") || severity == QStringLiteral("warning") ||
               severity == QStringLiteral("information")));
        CHECK_FALSE(finding.value(QStringLiteral("message")).toString().trimmed().isEmpty());
        CHECK_FALSE(finding.value(QStringLiteral("label")).toString().trimmed().isEmpty());
        if (rule == QStringLiteral("group-pilots")) {
            ++pilotFindings;
            CHECK(severity == QStringLiteral("information"));
            CHECK(finding.value(QStringLiteral("message"))
                      .toString()
                      .startsWith(QStringLiteral("Ne satisferait pas la règle du PTI 2022-2025 : ")));
            CHECK(finding.value(QStringLiteral("quote"))
                      .toString()
                      .contains(QStringLiteral("un pilote et un co-pilote issus de deux structures différentes")));
            CHECK(finding.value(QStringLiteral("entity")).toString() == QStringLiteral("working_group"));
            CHECK_FALSE(QUuid::fromString(finding.value(QStringLiteral("uuid")).toString()).isNull());
            pilotLabels.insert(finding.value(QStringLiteral("label")).toString());
            pilotUuids.insert(finding.value(QStringLiteral("uuid")).toString());
        }
    }
    CHECK(pilotFindings == 10);
    CHECK(pilotUuids.size() == 10);
    CHECK(pilotLabels == departementAloneGroups);
    // The seven groups with a partner pilot are not reported.
    for (const char* compliant : {"Insertion par l'activité économique (Montpelliérain)",
                                  "Mobilité et insertion (Cœur d'Hérault – Pic Saint-Loup)",
                                  "Liens ESS et économie (Petite Camargue)", "ESS et IAE (Biterrois)"})
        CHECK_FALSE(pilotLabels.contains(QString::fromUtf8(compliant)));

    CHECK(databaseContent(path) == content);
}

TEST_CASE("check prints text, and refuses a bad date or edition", "[cli][check]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    const CliResult text =
        runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"),
                QStringLiteral("--date"), QStringLiteral("2026-11-28")});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QStringLiteral("PTI 2017-2021")));
    CHECK(text.out.contains(QStringLiteral("group-pilots")));

    const CliResult badDate =
        runCli({QStringLiteral("check"), path, QStringLiteral("--date"), QStringLiteral("28/11/2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("28/11/2026")));

    const CliResult badEdition =
        runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), QStringLiteral("PTI 1990")});
    CHECK(badEdition.exitCode == 2);
    CHECK(badEdition.err.contains(QStringLiteral("PTI 2022-2025")));
}

TEST_CASE("check on a database with nothing to report exits 0", "[cli][check]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("avenir.pacte"));
    {
        auto db = createDatabase(path);
        Edition edition;
        edition.title = QStringLiteral("PTI 2090-2095");
        edition.startDate = QDate(2090, 1, 1);
        edition.endDate = QDate(2095, 12, 31);
        EditionRepository(*db).insert(edition);
    }
    const CliResult json = runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    CHECK(json.exitCode == 0);
    const QJsonObject root = parseObject(json);
    REQUIRE(root.value(QStringLiteral("findings")).isArray());
    CHECK(root.value(QStringLiteral("findings")).toArray().isEmpty());

    const CliResult text = runCli({QStringLiteral("check"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("PTI 2090-2095")));
}

TEST_CASE("check on a database without any edition is bad input", "[cli][check]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("vide.pacte"));
    createDatabase(path).reset();
    const CliResult result = runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK_FALSE(result.err.trimmed().isEmpty());
    CHECK((onServer() || QFileInfo::exists(path)));
}

TEST_CASE("check --rules lists each rule of the edition with its sentence", "[cli][check][rules]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    const CliResult text = runCli({QStringLiteral("check"), path, QStringLiteral("--rules"),
                                   QStringLiteral("--edition"), QStringLiteral("PTI 2022-2025")});
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("group-pilots [activée, erreur]")));
    CHECK(text.out.contains(QStringLiteral("action-sheet-complete [activée, avertissement]")));
    CHECK(text.out.contains(QStringLiteral("copil-cadence [activée, erreur, échéance calculée d'après l'édition]")));
    CHECK(text.out.contains(QStringLiteral(
        "« Composées des partenaires locaux, ces instances devront se réunir au moins une fois par an. »")));

    const CliResult json =
        runCli({QStringLiteral("check"), path, QStringLiteral("--rules"), QStringLiteral("--edition"),
                QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonObject root = parseObject(json);
    CHECK(root.value(QStringLiteral("edition")).toString() == QStringLiteral("PTI 2017-2021"));
    const QJsonArray list = root.value(QStringLiteral("rules")).toArray();
    REQUIRE(list.size() == 9);
    for (const auto& value : list) {
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(QStringLiteral("rule")).toString();
        INFO(id.toStdString());
        CHECK(rule.value(QStringLiteral("enabled")).toBool());
        if (id == QStringLiteral("deliberation-tally") || id == QStringLiteral("meeting-in-edition")) {
            CHECK(rule.value(QStringLiteral("quote")).toString().isEmpty());
            CHECK(rule.value(QStringLiteral("reference")).toString().isEmpty());
        } else {
            CHECK(rule.value(QStringLiteral("severity")).toString() == QStringLiteral("information"));
            CHECK(rule.value(QStringLiteral("reference")).toString() == QStringLiteral("PTI 2022-2025"));
            CHECK_FALSE(rule.value(QStringLiteral("quote")).toString().isEmpty());
        }
        CHECK(rule.value(QStringLiteral("deadline")).isNull());
    }
}

} // namespace pacte_test_cli_cli_check_test
