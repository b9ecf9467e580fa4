// pacte-cli import-table: exit 1 listing the rejected rows with nothing written, --skip-rejected,
// --dry-run, --rejected, --mapping, --sheet, and exit 2 for a file that cannot be read, the database
// unchanged.
#include "common/csvtext.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_import_table_test {

using namespace pacte::test;

namespace {

struct Demo
{
    TempDir dir;
    QString path = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    Demo() { (void)createDatabase(path, true); }

    CliResult import(const QString& file, const QString& table, const QStringList& more = {}) const
    {
        const QString input = file.startsWith(u'/') ? file : testDataPath(QStringLiteral("tables/") + file);
        return runCli(QStringList{QStringLiteral("import-table"), path, input, QStringLiteral("--table"), table,
                                  QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")} +
                      more);
    }
    QStringList backups() const { return QDir(dir.path(QStringLiteral("demo.sauvegardes"))).entryList(QDir::Files); }
};

} // namespace

TEST_CASE("import-table lists the rejected rows and writes nothing, unless told to skip them")
{
    Demo demo;
    const QByteArray before = databaseContent(demo.path);
    const CliResult refused = demo.import(QStringLiteral("coordinateur-actions.csv"), QStringLiteral("actions"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("coordinateur-actions.csv : ligne 10, colonne D « Statut » : valeur "
                                              "inconnue ; valeurs possibles : « projet »")));
    CHECK(refused.err.contains(QStringLiteral("(valeur : « en retard »)")));
    CHECK(refused.err.contains(QStringLiteral("ligne 13, colonne A « Intitulé de l'action » : une action doit avoir un "
                                              "intitulé\n")));
    CHECK(refused.err.contains(QStringLiteral("créés : 2, mis à jour : 2, rejetés : 6 ; rien n'a été importé.")));
    CHECK(databaseContent(demo.path) == before);
    CHECK(demo.backups().isEmpty());

    const QString rejectedPath = demo.dir.path(QStringLiteral("rejets.csv"));
    const CliResult skipped =
        demo.import(QStringLiteral("coordinateur.xlsx"), QStringLiteral("actions"),
                    {QStringLiteral("--sheet"), QStringLiteral("Actions"), QStringLiteral("--skip-rejected"),
                     QStringLiteral("--rejected"), rejectedPath});
    INFO(skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    // A server database has no backup copy (its administrator's pg_dump does that).
    if (onServer()) {
        CHECK(skipped.out == QStringLiteral("coordinateur.xlsx : créés : 2, mis à jour : 2, rejetés : 6.\n"));
        CHECK(demo.backups().isEmpty());
    } else {
        CHECK(skipped.out.startsWith(
            QStringLiteral("coordinateur.xlsx : créés : 2, mis à jour : 2, rejetés : 6 (sauvegarde : ")));
        CHECK(demo.backups().size() == 1);
    }
    CHECK(databaseContent(demo.path) != before);

    // The rejected rows, to fix and import again: the same headers, the line and the reason added.
    const auto rows = parseCsv(fileBytes(rejectedPath));
    REQUIRE(rows.size() == 7);
    CHECK(rows.at(0).constFirst() == QStringLiteral("Intitulé de l'action"));
    CHECK(rows.at(0).mid(rows.at(0).size() - 2) ==
          QStringList{QStringLiteral("Ligne"), QStringLiteral("Motif du rejet")});
    CHECK(rows.at(1).constFirst() == QStringLiteral("Auto-école sociale"));
    CHECK(rows.at(3).at(rows.at(3).size() - 2) == QStringLiteral("10"));
    CHECK(rows.at(3).constLast().startsWith(QStringLiteral("D « Statut » : valeur inconnue")));
    CHECK(rows.at(4).at(6) == QStringLiteral("32/13/2021"));

    // Imported again, the same spreadsheet finds everything in place.
    const CliResult again = demo.import(QStringLiteral("coordinateur.xlsx"), QStringLiteral("actions"),
                                        {QStringLiteral("--sheet"), QStringLiteral("Actions"),
                                         QStringLiteral("--skip-rejected"), QStringLiteral("--dry-run")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(
        QStringLiteral("créés : 0, mis à jour : 0, rejetés : 6 ; rien n'a été modifié (--dry-run).")));
}

TEST_CASE("import-table --dry-run and --mapping change nothing and say what would be done")
{
    Demo demo;
    const QByteArray before = databaseContent(demo.path);
    const QString mapping = demo.dir.path(QStringLiteral("map.json"));
    QFile file(mapping);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"Remarques": null, "Nom du groupe": "name"})");
    file.close();
    const CliResult result = demo.import(
        QStringLiteral("coordinateur-groupes.csv"), QStringLiteral("groups"),
        {QStringLiteral("--mapping"), mapping, QStringLiteral("--dry-run"), QStringLiteral("--skip-rejected")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("créés : 1, mis à jour : 0, rejetés : 3 ; rien n'a été modifié")));
    CHECK(databaseContent(demo.path) == before);
}

TEST_CASE("import-table refuses a file it cannot read with exit 2, the database unchanged")
{
    Demo demo;
    const QByteArray before = databaseContent(demo.path);
    const struct
    {
        const char* file;
        const char* message;
    } cases[] = {
        {"bad/guillemet-non-ferme.csv",
         "guillemet-non-ferme.csv : ligne 3 : un guillemet (\") ouvre un champ qui n'est jamais refermé."},
        {"bad/classeur-tronque.xlsx", "classeur-tronque.xlsx : Le fichier n'est pas un classeur (.xlsx)"},
        {"bad/image.csv", "image.csv : Le fichier n'est ni une table CSV ni un classeur Excel (.xlsx)."},
        {"bad/sans-colonne-action.csv",
         "sans-colonne-action.csv : ligne 1 : aucune colonne pour « Action » parmi les en-têtes « Nom », « Groupe », "
         "« Statut »."},
        {"absent.csv", "absent.csv : Le fichier absent.csv n'existe pas."},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        const CliResult result = demo.import(QString::fromLatin1(c.file), QStringLiteral("actions"));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(c.message)));
    }
    const CliResult sheet = demo.import(QStringLiteral("coordinateur.xlsx"), QStringLiteral("actions"),
                                        {QStringLiteral("--sheet"), QStringLiteral("Partenaires")});
    CHECK(sheet.exitCode == 2);
    CHECK(sheet.err.contains(
        QStringLiteral("pas de feuille « Partenaires » ; ses feuilles sont « Groupes », « Actions »")));
    const CliResult table = demo.import(QStringLiteral("coordinateur.xlsx"), QStringLiteral("budgets"));
    CHECK(table.exitCode == 2);
    CHECK(table.err.contains(QStringLiteral("partners, persons, groups, actions")));
    CHECK(databaseContent(demo.path) == before);
    CHECK(demo.backups().isEmpty());
}

} // namespace pacte_test_cli_cli_import_table_test
