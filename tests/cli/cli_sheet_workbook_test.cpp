// export-sheet -o SHEET.xlsx and import-sheet SHEET.xlsx: the referents' workbook from the command
// line, one export record whichever the format.
#include "common/testutil.h"
#include "exchange/xlsxreader.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_sheet_workbook_test {

using namespace pacte::test;

TEST_CASE("export-sheet writes the referents' workbook, and import-sheet takes it back")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    (void)createDatabase(path, true);
    const QString workbook = dir.path(QStringLiteral("illectronisme.xlsx"));
    const CliResult exported = runCli({QStringLiteral("export-sheet"), path, QStringLiteral("--group"),
                                       QStringLiteral("Illectronisme"), QStringLiteral("-o"), workbook});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const pacte::XlsxWorkbook book = pacte::readXlsx(fileBytes(workbook));
    CHECK(book.sheetNames().contains(QStringLiteral("Mode d'emploi")));
    REQUIRE(book.sheet(QStringLiteral("Actions")));
    CHECK(book.sheet(QStringLiteral("Actions"))->rows.size() == 3); // the header and the group's two actions

    const CliResult preview = runCli({QStringLiteral("import-sheet"), path, workbook, QStringLiteral("--dry-run")});
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.startsWith(QStringLiteral("0 modification à importer")));
    const CliResult imported = runCli({QStringLiteral("import-sheet"), path, workbook});
    CHECK(imported.exitCode == 0);
    const CliResult again = runCli({QStringLiteral("import-sheet"), path, workbook});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("cet export a déjà été importé")));

    const CliResult other =
        runCli({QStringLiteral("import-sheet"), path, testDataPath(QStringLiteral("tables/coordinateur.xlsx")),
                QStringLiteral("--dry-run")});
    CHECK(other.exitCode == 2);
    CHECK(other.err.contains(QStringLiteral("n'est pas la fiche d'un groupe de travail exportée par Pacte")));
}

} // namespace pacte_test_cli_cli_sheet_workbook_test
