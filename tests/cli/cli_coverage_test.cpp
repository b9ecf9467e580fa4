// pacte-cli coverage, end to end through the real binary, on the demo database.
#include "common/testutil.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_coverage_test {

using namespace pacte;
using namespace pacte::test;

namespace {

CliResult coverage(const QString& path, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("coverage"), path} + more);
}

} // namespace

TEST_CASE("pacte-cli coverage prints the demo 2017-2021 coverage as text", "[cli][coverage]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const CliResult result = coverage(path, {QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QString& out = result.out;
    CHECK(out.startsWith(
        QStringLiteral("PTI 2017-2021\u00a0: 6 territoires × 12 thématiques, 17 groupes de travail et 38 "
                       "actions.")));
    CHECK(out.contains(
        QStringLiteral("le pacte ne demande pas que chaque thématique soit couverte dans chaque territoire")));
    CHECK(out.contains(QStringLiteral("\nMontpelliérain\n")));
    CHECK(out.contains(
        QStringLiteral("  Illettrisme et illectronisme (axe 2)\u00a0: 1 groupe, 3 actions (1 en cours, 1 en "
                       "fonctionnement, 1 réalisée)\u00a0; partenaires\u00a0: CD")));
    CHECK(out.contains(QStringLiteral("Thématiques sans groupe dans un territoire\u00a0: 54.")));
    CHECK(out.contains(QStringLiteral("Plusieurs groupes sur une même thématique dans un même territoire\u00a0: 0.")));
    CHECK(out.contains(QStringLiteral("Doublons possibles")));
    CHECK(out.contains(QStringLiteral(
        "  CD\u00a0: pilote de 10 groupes, co-pilote de 7, membre de 0\u00a0; 6 territoires, 12 thématiques")));
    for (const char* english : {"theme", "partners", "(s)", "Possible", "Several"})
        CHECK_FALSE(out.contains(QString::fromLatin1(english)));
}

TEST_CASE("pacte-cli coverage --json gives cells, gaps, overlaps, duplicates and partners", "[cli][coverage]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const CliResult result =
        coverage(path, {QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("edition")).toString() == QStringLiteral("PTI 2017-2021"));
    CHECK(root.value(QStringLiteral("territories")).toArray().size() == 6);
    CHECK(root.value(QStringLiteral("themes")).toArray().size() == 12);
    const QJsonArray cells = root.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() == 72);
    int actions = 0;
    for (const auto& value : cells)
        actions += value.toObject().value(QStringLiteral("actions")).toObject().value(QStringLiteral("total")).toInt();
    CHECK(actions == 39);
    const QJsonObject first = cells.first().toObject();
    CHECK(first.value(QStringLiteral("territory")).toString() == QStringLiteral("Montpelliérain"));
    CHECK(first.value(QStringLiteral("theme")).toString() == QStringLiteral("Accès aux droits"));
    CHECK(first.value(QStringLiteral("groups")).toArray().isEmpty());

    const QJsonArray gaps = root.value(QStringLiteral("gaps")).toArray();
    CHECK(gaps.size() == 54);
    CHECK(gaps.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("aucun_groupe"));
    CHECK(root.value(QStringLiteral("overlaps")).toArray().isEmpty());
    CHECK(root.value(QStringLiteral("possibleDuplicates")).toArray().isEmpty());
    const QJsonArray partners = root.value(QStringLiteral("partners")).toArray();
    REQUIRE(partners.size() == 5);
    const QJsonObject cd = partners.first().toObject();
    CHECK(cd.value(QStringLiteral("pilot")).toInt() == 10);
    CHECK(cd.value(QStringLiteral("coPilot")).toInt() == 7);
    CHECK(cd.value(QStringLiteral("places")).toArray().size() == 18);
    CHECK(cd.value(QStringLiteral("places")).toArray().first().toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("pilote"));
}

TEST_CASE("pacte-cli coverage reports an overlap and a possible duplicate with its similarity", "[cli][coverage]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    {
        // A second mobility group in Montpelliérain, with an action whose title is that of an action of the
        // first but for accents, capitals and word order.
        auto db = createDatabase(path, true);
        const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
        REQUIRE(edition.has_value());
        const EditionData data = loadEditionData(*db, edition->id);
        const auto first = std::find_if(data.groups.cbegin(), data.groups.cend(), [&](const WorkingGroup& g) {
            return g.name == QStringLiteral("Mobilité") &&
                   data.territoryNames(g.territoryIds) == QStringLiteral("Montpelliérain");
        });
        REQUIRE(first != data.groups.cend());
        WorkingGroup second = *first;
        second.id = NoId;
        second.uuid = QUuid::createUuid();
        second.name = QStringLiteral("Mobilité bis");
        WorkingGroupRepository(*db).insert(second);
        Action existing;
        existing.groupId = first->id;
        existing.title = QStringLiteral("Garage solidaire pour les publics en insertion");
        existing.status = ActionStatus::InProgress;
        ActionRepository(*db).insert(existing);
        Action similar;
        similar.groupId = second.id;
        similar.title = QStringLiteral("INSERTION : publics du garage solidaire");
        similar.status = ActionStatus::Project;
        ActionRepository(*db).insert(similar);
    }

    CliResult result =
        coverage(path, {QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray overlaps = root.value(QStringLiteral("overlaps")).toArray();
    REQUIRE(overlaps.size() == 1);
    CHECK(overlaps.first().toObject().value(QStringLiteral("territory")).toString() ==
          QStringLiteral("Montpelliérain"));
    CHECK(overlaps.first().toObject().value(QStringLiteral("theme")).toString() == QStringLiteral("Mobilité"));
    CHECK(overlaps.first().toObject().value(QStringLiteral("groups")).toArray().size() == 2);
    const QJsonArray duplicates = root.value(QStringLiteral("possibleDuplicates")).toArray();
    REQUIRE(duplicates.size() == 1);
    const QJsonObject pair = duplicates.first().toObject();
    CHECK(pair.value(QStringLiteral("titleSimilarity")).toDouble() == 1.0);
    CHECK(pair.value(QStringLiteral("territories")).toArray() == QJsonArray{QStringLiteral("Montpelliérain")});
    CHECK(pair.value(QStringLiteral("actions")).toArray().at(1).toObject().value(QStringLiteral("group")).toString() ==
          QStringLiteral("Mobilité bis"));

    result = coverage(path, {QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(
        QStringLiteral("Plusieurs groupes sur une même thématique dans un même territoire\u00a0: 1.")));
    CHECK(result.out.contains(
        QStringLiteral("  titres 100\u00a0% — «\u00a0Garage solidaire pour les publics en insertion\u00a0» "
                       "(Mobilité) et «\u00a0INSERTION : publics du garage solidaire\u00a0» (Mobilité "
                       "bis)\u00a0; Mobilité, Montpelliérain")));
}

TEST_CASE("pacte-cli coverage refuses an unknown edition in French with exit code 2", "[cli][coverage]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const CliResult result = coverage(path, {QStringLiteral("--edition"), QStringLiteral("PTI 2099")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("Aucune édition ne porte le titre « PTI 2099 »")));
}

TEST_CASE("pacte-cli coverage without a file shows its usage", "[cli][coverage]")
{
    const CliResult result = runCli({QStringLiteral("coverage")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("coverage FILE")));
}

} // namespace pacte_test_cli_cli_coverage_test
