// pacte-cli export -o OUT.csv --table: one table of an edition as a French spreadsheet reads it,
// checked by a strict RFC 4180 reader; bad options change nothing and leave no file.
#include "common/csvtext.h"
#include "common/testutil.h"
#include "exchange/xlsxreader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_table_export_test {

using namespace pacte::test;

namespace {

// The demo with, on "Réseau Digi'Thau", notes on two lines holding quotes and an indicator target
// with decimals (the demo has neither).
struct Demo
{
    TempDir dir;
    QString path = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    Demo()
    {
        auto db = createDatabase(path, true);
        auto actions =
            pacte::recordsWhere<pacte::Action>(*db, QStringLiteral("title = ?"), {QStringLiteral("Réseau Digi'Thau")});
        REQUIRE(actions.size() == 1);
        pacte::Action action = actions.constFirst();
        action.notes = QStringLiteral("Bilan 2020 ; « réseau actif ».\nSuite : \"Digi'Thau 2\".");
        REQUIRE_FALSE(action.indicators.isEmpty());
        action.indicators[0].target = 12.5;
        pacte::ActionRepository(*db).update(action);
    }

    QByteArray exportTable(const QString& table, const QStringList& more = {})
    {
        const QString out = dir.path(table + QStringLiteral(".csv"));
        QFile::remove(out);
        const CliResult result =
            runCli(QStringList{QStringLiteral("export"), path, QStringLiteral("-o"), out, QStringLiteral("--table"),
                               table, QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")} +
                   more);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return fileBytes(out);
    }
};

const QStringList* rowStartingWith(const QList<QStringList>& rows, const QString& first)
{
    for (const auto& row : rows) {
        if (!row.isEmpty() && row.constFirst() == first)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("export --table actions writes the edition's actions as CSV", "[cli][csv]")
{
    Demo demo;
    const QByteArray before = databaseContent(demo.path);
    const QByteArray bytes = demo.exportTable(QStringLiteral("actions"));
    CHECK(databaseContent(demo.path) == before); // reading only

    const auto rows = parseCsv(bytes);
    REQUIRE(rows.size() == 1 + 38); // the header and the 38 actions of Annexe 1
    const QStringList header = rows.constFirst();
    CHECK(header.mid(0, 6) == QStringList{QStringLiteral("Action"), QStringLiteral("Groupe de travail"),
                                          QStringLiteral("Territoires"), QStringLiteral("Axe"),
                                          QStringLiteral("Thématique"), QStringLiteral("Statut")});
    for (const auto& row : rows)
        CHECK(row.size() == header.size());
    const QStringList* digithau = rowStartingWith(rows, QStringLiteral("Réseau Digi'Thau"));
    REQUIRE(digithau != nullptr);
    CHECK(digithau->at(header.indexOf(QStringLiteral("Statut"))) == QStringLiteral("en fonctionnement"));
    CHECK(digithau->at(header.indexOf(QStringLiteral("Territoires"))) == QStringLiteral("Étang de Thau"));
    CHECK(digithau->at(header.indexOf(QStringLiteral("Expérimentation"))) == QStringLiteral("non"));
    // Values holding a separator or a line break were quoted, and come back whole.
    CHECK(bytes.contains("\"Formation spécifique des référents ; réunions d'échange de pratiques.\""));
    CHECK(digithau->at(header.indexOf(QStringLiteral("Notes"))) ==
          QStringLiteral("Bilan 2020 ; « réseau actif ».\nSuite : \"Digi'Thau 2\"."));
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("export --table writes every table of the list", "[cli][csv]")
{
    Demo demo;
    struct Expected
    {
        const char* table;
        const char* firstHeader;
        int rows;
    };
    for (const Expected& e :
         {Expected{"partners", "Nom", 13}, Expected{"persons", "Nom", 4}, Expected{"groups", "Groupe de travail", 17},
          Expected{"indicators", "Action", 10}, Expected{"measurements", "Action", 0}, Expected{"meetings", "Date", 1},
          Expected{"funding", "Groupe de travail", 0}, Expected{"local-pacts", "Territoire", 0},
          Expected{"local-priorities", "Territoire", 0}}) {
        INFO(e.table);
        const auto rows = parseCsv(demo.exportTable(QString::fromLatin1(e.table)));
        REQUIRE(rows.size() == 1 + e.rows);
        CHECK(rows.constFirst().constFirst() == QString::fromUtf8(e.firstHeader));
    }
}

TEST_CASE("export --table: dates and numbers as French spreadsheets read them, or with --comma", "[cli][csv]")
{
    Demo demo;
    const auto french = parseCsv(demo.exportTable(QStringLiteral("meetings")));
    CHECK(french.at(1).at(0) == QStringLiteral("24/02/2017"));
    const auto partners = parseCsv(demo.exportTable(QStringLiteral("partners")));
    const QStringList* ccvh = rowStartingWith(partners, QStringLiteral("Communauté de communes Vallée de l'Hérault"));
    REQUIRE(ccvh != nullptr);
    CHECK(ccvh->at(partners.constFirst().indexOf(QStringLiteral("Date de la délibération"))) ==
          QStringLiteral("27/11/2017"));

    const QByteArray comma = demo.exportTable(QStringLiteral("meetings"), {QStringLiteral("--comma")});
    const auto commaRows = parseCsv(comma, QLatin1Char(','));
    CHECK(commaRows.at(1).at(0) == QStringLiteral("2017-02-24"));
    CHECK(commaRows.constFirst().size() == french.constFirst().size());

    const auto indicators = parseCsv(demo.exportTable(QStringLiteral("indicators")));
    const int target = static_cast<int>(indicators.constFirst().indexOf(QStringLiteral("Cible")));
    const auto withTarget = std::find_if(indicators.begin() + 1, indicators.end(),
                                         [target](const QStringList& row) { return !row.at(target).isEmpty(); });
    REQUIRE(withTarget != indicators.end());
    CHECK(withTarget->at(target) == QStringLiteral("12,5"));
    const auto english =
        parseCsv(demo.exportTable(QStringLiteral("indicators"), {QStringLiteral("--comma")}), QLatin1Char(','));
    CHECK(english.at(std::distance(indicators.begin(), withTarget)).at(target) == QStringLiteral("12.5"));
}

TEST_CASE("export --table --bom starts with a UTF-8 byte-order mark", "[cli][csv]")
{
    Demo demo;
    const QByteArray bytes = demo.exportTable(QStringLiteral("groups"), {QStringLiteral("--bom")});
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(bytes.mid(3));
    CHECK(rows.size() == 18);
}

TEST_CASE("export --table refuses bad options, writing nothing", "[cli][csv]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("sortie.csv"));
    const QByteArray before = databaseContent(demo.path);
    struct Case
    {
        QStringList arguments;
        const char* says;
    };
    const QList<Case> cases{
        {{QStringLiteral("-o"), out}, "--table"},
        {{QStringLiteral("-o"), out, QStringLiteral("--table"), QStringLiteral("budgets")}, "budgets"},
        {{QStringLiteral("-o"), out, QStringLiteral("--table"), QStringLiteral("actions"), QStringLiteral("--edition"),
          QStringLiteral("PTI 1999")},
         "PTI 1999"},
        {{QStringLiteral("-o"), demo.dir.path(QStringLiteral("dump.json")), QStringLiteral("--table"),
          QStringLiteral("actions")},
         "--table"},
        {{QStringLiteral("-o"), demo.dir.path(QStringLiteral("sortie.txt")), QStringLiteral("--table"),
          QStringLiteral("actions")},
         "sortie.txt"},
        {{QStringLiteral("-o"), demo.dir.path(QStringLiteral("absent/sortie.csv")), QStringLiteral("--table"),
          QStringLiteral("actions")},
         "sortie.csv"},
    };
    for (const auto& c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const CliResult result = runCli(QStringList{QStringLiteral("export"), demo.path} + c.arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(c.says)));
        CHECK_FALSE(QFile::exists(out));
        CHECK_FALSE(QFile::exists(demo.dir.path(QStringLiteral("dump.json"))));
    }
    CHECK(databaseContent(demo.path) == before);
}

TEST_CASE("export -o OUT.xlsx writes the edition's workbook, or one table", "[cli][xlsx]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("pti.xlsx"));
    const CliResult whole = runCli({QStringLiteral("export"), demo.path, QStringLiteral("-o"), out,
                                    QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021")});
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const pacte::XlsxWorkbook book = pacte::readXlsx(fileBytes(out));
    CHECK(book.sheets.size() == 14); // with the financing and local pacts (issue 20);
    const pacte::XlsxSheet* actions = book.sheet(QStringLiteral("Actions"));
    REQUIRE(actions != nullptr);
    CHECK(actions->rows.size() == 1 + 38);

    const QString one = demo.dir.path(QStringLiteral("groupes.xlsx"));
    const CliResult table = runCli({QStringLiteral("export"), demo.path, QStringLiteral("-o"), one,
                                    QStringLiteral("--table"), QStringLiteral("groups")});
    REQUIRE(table.exitCode == 0);
    const pacte::XlsxWorkbook groups = pacte::readXlsx(fileBytes(one));
    REQUIRE(groups.sheets.size() == 1);
    CHECK(groups.sheets.constFirst().name == QStringLiteral("Groupes de travail"));

    const QString refused = demo.dir.path(QStringLiteral("refus.xlsx"));
    const CliResult comma =
        runCli({QStringLiteral("export"), demo.path, QStringLiteral("-o"), refused, QStringLiteral("--comma")});
    CHECK(comma.exitCode == 2);
    CHECK(comma.err.contains(QStringLiteral("--comma")));
    CHECK_FALSE(QFile::exists(refused));
}

} // namespace pacte_test_cli_cli_table_export_test
