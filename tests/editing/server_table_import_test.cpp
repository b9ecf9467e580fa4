// A spreadsheet imported on a server (team mode, issue 14) while someone else edits a record it
// updates: the import planned from the record as it was read is refused whole, and neither its undo
// nor its redo writes over another person's later change.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "exchange/demodata.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tableimport.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_server_table_import {

using namespace pacte;
using namespace pacte::test;

namespace {

void addNote(const QString& url, Id actionId, const QString& note)
{
    auto other = Database::open(url, QStringLiteral("referente"));
    ActionRepository actions(*other);
    Action action = *actions.find(actionId);
    action.notes = note;
    actions.update(action);
}

} // namespace

TEST_CASE("A spreadsheet import on a server is refused when a record it updates changed meanwhile", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document document(Database::open(url, QStringLiteral("coordinatrice")));
    Database& db = document.database();
    const Edition edition = findEditionByTitle(db, QStringLiteral("PTI 2017-2021")).value();
    const SpreadsheetFile file = readSpreadsheetFile(testDataPath(QStringLiteral("tables/coordinateur-actions.csv")));

    const TableImport stale(db, edition.id, ImportTable::Actions, file.sheet({}));
    REQUIRE(stale.updatedCount() == 2);
    const Action updated = stale.updatedBefore().actions.first();
    addNote(url, updated.id, QStringLiteral("Note de la référente"));
    const int actionsBefore = ActionRepository(db).countOfEdition(edition.id);

    const edit::TableImportResult refused = edit::importTable(document, stale, QStringLiteral("actions.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("Note de la référente")));
    CHECK(ActionRepository(db).countOfEdition(edition.id) == actionsBefore); // nothing created either
    CHECK(ActionRepository(db).find(updated.id)->notes == QStringLiteral("Note de la référente"));
    CHECK(document.undoStack()->count() == 0);

    // Planned again, the import goes in, and keeps the note it did not touch.
    const TableImport fresh(db, edition.id, ImportTable::Actions, file.sheet({}));
    REQUIRE(edit::importTable(document, fresh, QStringLiteral("actions.csv")).ok());
    CHECK(ActionRepository(db).countOfEdition(edition.id) == actionsBefore + 2);
    CHECK(ActionRepository(db).find(updated.id)->notes == QStringLiteral("Note de la référente"));

    // Someone changes a record the import updated: undoing the import would put the old one back.
    addNote(url, updated.id, QStringLiteral("Seconde note"));
    QSignalSpy errors(&document, &Document::errorOccurred);
    document.undoStack()->undo();
    CHECK(ActionRepository(db).find(updated.id)->notes == QStringLiteral("Seconde note"));
    CHECK(ActionRepository(db).countOfEdition(edition.id) == actionsBefore + 2); // the undo wrote nothing
}

} // namespace pacte_test_editing_server_table_import
