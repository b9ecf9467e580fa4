// A spreadsheet import in the editor: one undo step that removes what it created and puts back what
// it updated, and a redo that restores the same records.
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tableimport.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_table_import_edit_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList titlesOf(Database& db, Id editionId)
{
    QStringList titles;
    for (const auto& a : ActionRepository(db).ofEdition(editionId))
        titles << a.title + QLatin1Char('|') + enumCode(a.status);
    titles.sort();
    return titles;
}

} // namespace

TEST_CASE("A spreadsheet import is one undo step")
{
    TempDir dir;
    Document document(createDatabase(dir.path(QStringLiteral("demo.pacte")), true));
    Database& db = document.database();
    const Edition edition = findEditionByTitle(db, QStringLiteral("PTI 2017-2021")).value();
    const QStringList before = titlesOf(db, edition.id);

    const SpreadsheetFile file = readSpreadsheetFile(testDataPath(QStringLiteral("tables/coordinateur-actions.csv")));
    const TableImport import(db, edition.id, ImportTable::Actions, file.sheet({}));
    REQUIRE(import.createdCount() == 2);
    REQUIRE(import.updatedCount() == 2);
    const edit::TableImportResult result = edit::importTable(document, import, QStringLiteral("actions.csv"));
    REQUIRE(result.ok());
    // A file is backed up before the import; a server database by its administrator (pg_dump).
    CHECK((onServer() ? result.backupPath.isEmpty() : QFile::exists(result.backupPath)));
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Importer actions.csv"));
    const QStringList after = titlesOf(db, edition.id);
    CHECK(after.size() == before.size() + 2);
    CHECK(after.contains(QStringLiteral("Garage solidaire|projet")));
    int imported = 0;
    for (const auto& entry : ChangeLog(db).all())
        imported += entry.source == QStringLiteral("import") && entry.sourceDetail == QStringLiteral("actions.csv");
    CHECK(imported > 0);

    document.undoStack()->undo();
    CHECK(titlesOf(db, edition.id) == before);
    document.undoStack()->redo();
    CHECK(titlesOf(db, edition.id) == after);
}

} // namespace pacte_test_editing_table_import_edit_test
