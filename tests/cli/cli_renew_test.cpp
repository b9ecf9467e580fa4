// pacte-cli renew end to end: the demo's PTI 2022-2025 renewed into a PTI 2026-2030.
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "storage/editionloader.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_renew_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString renewalScene(const TempDir& dir)
{
    const QString path = newDatabaseLocation(dir, QStringLiteral("pti.pacte"));
    auto db = createDatabase(path, true);
    addRenewalScene(*db);
    return path;
}

CliResult renew(const QString& path, const QString& from, const QString& title, const QString& start,
                const QString& end, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("renew"), path, QStringLiteral("--from"), from, QStringLiteral("--title"),
                              title, QStringLiteral("--start"), start, QStringLiteral("--end"), end} +
                  more);
}

int count(Database& db, const QString& sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

} // namespace

TEST_CASE("renew --dry-run prints what it would create and writes nothing", "[cli][renew]")
{
    TempDir dir;
    const QString path = renewalScene(dir);
    const QByteArray before = databaseContent(path);
    const CliResult result =
        renew(path, QStringLiteral("PTI 2022-2025"), QStringLiteral("PTI 2026-2030"), QStringLiteral("2026-01-01"),
              QStringLiteral("2030-12-31"), {QStringLiteral("--dry-run")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("4 axes à modifier (17 thématiques)")));
    CHECK(result.out.contains(QStringLiteral("11 partenaires à signer (signature en attente)")));
    CHECK(result.out.contains(QStringLiteral("2 groupes de travail encore actifs")));
    CHECK(result.out.contains(QStringLiteral("2 actions reconduites")));
    CHECK(result.out.contains(QStringLiteral("Garage solidaire (en cours)")));
    CHECK(result.out.contains(QStringLiteral("Ateliers numériques (projet)")));
    CHECK_FALSE(result.out.contains(QStringLiteral("Plateforme mobilité")));
    CHECK_FALSE(result.out.contains(QStringLiteral("Diagnostic logement")));
    CHECK(result.out.contains(QStringLiteral("20 enregistrements seraient créés ; rien n'a été modifié (--dry-run).")));
    CHECK(databaseContent(path) == before);
}

TEST_CASE("renew creates exactly the records carried over, each logged once", "[cli][renew]")
{
    TempDir dir;
    const QString path = renewalScene(dir);
    const CliResult result = renew(path, QStringLiteral("PTI 2022-2025"), QStringLiteral("PTI 2026-2030"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("2030-12-31"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("20 enregistrements créés")));

    auto db = Database::open(path, QStringLiteral("testeur"));
    const auto source = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2026-2030"));
    REQUIRE(edition);
    CHECK(edition->predecessorId == source.id);
    CHECK(AxisRepository(*db).countOfEdition(edition->id) == 4);
    CHECK(WorkingGroupRepository(*db).countOfEdition(edition->id) == 2);
    const auto actions = ActionRepository(*db).ofEdition(edition->id);
    REQUIRE(actions.size() == 2);
    for (const auto& action : actions)
        CHECK(ActionRepository(*db).find(action.continuesId)->title == action.title);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signature s JOIN edition e ON e.id = s.edition_id "
                                    "WHERE e.title = 'PTI 2026-2030' AND s.status = 'en_attente'")) == 11);
    // One entry per record created, all "renew"; besides them, the final evaluation of 2025 created and
    // frozen.
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE source = 'renew' AND entity <> "
                                    "'evaluation'")) == 20);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(DISTINCT entity_uuid) FROM change_log WHERE source = 'renew' "
                                    "AND entity <> 'evaluation'")) == 20);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE source = 'renew' AND source_detail <> "
                                    "'PTI 2022-2025'")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM evaluation_snapshot s JOIN evaluation v ON v.id = "
                                    "s.evaluation_id WHERE v.year = 2025 AND v.kind = 'finale'")) == 1);
    CHECK(findRenewal(*db, edition->id)->actions == 2);
}

TEST_CASE("renew refuses bad input in French and changes nothing", "[cli][renew]")
{
    TempDir dir;
    const QString path = renewalScene(dir);
    const QByteArray before = databaseContent(path);
    struct Case
    {
        const char* from;
        const char* title;
        const char* start;
        const char* end;
        const char* message;
    };
    const Case cases[] = {
        {"PTI 2099", "PTI 2026-2030", "2026-01-01", "2030-12-31", "Aucune édition ne porte le titre « PTI 2099 »"},
        {"PTI 2022-2025", "PTI 2017-2021", "2026-01-01", "2030-12-31",
         "Une édition s'appelle déjà « PTI 2017-2021 » : choisissez un autre titre."},
        {"PTI 2022-2025", "PTI 2026-2030", "2030-12-31", "2026-01-01",
         "La date de fin est antérieure à la date de début."},
        {"PTI 2022-2025", "PTI 2025-2029", "2025-06-01", "2029-12-31",
         "La nouvelle édition doit commencer après la fin de PTI 2022-2025 (31 décembre 2025)"},
        {"PTI 2022-2025", "PTI 2026-2030", "2026-13-01", "2030-12-31", "--start : « 2026-13-01 » n'est pas une date"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.message);
        const CliResult result = renew(path, QString::fromUtf8(c.from), QString::fromUtf8(c.title),
                                       QString::fromLatin1(c.start), QString::fromLatin1(c.end));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(c.message)));
        CHECK(result.out.isEmpty());
        CHECK(databaseContent(path) == before);
    }
    const CliResult missing =
        runCli({QStringLiteral("renew"), path, QStringLiteral("--from"), QStringLiteral("PTI 2022-2025")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--from, --title, --start et --end sont obligatoires.")));
    CHECK(databaseContent(path) == before);
}

} // namespace pacte_test_cli_cli_renew_test
