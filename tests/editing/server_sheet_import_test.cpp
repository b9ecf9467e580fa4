// A referent's sheet imported on a server (team mode, issue 14) while someone else edits the same
// group: the import made from the group as it was read is refused whole rather than written over the
// other person's change.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_server_sheet_import {

using namespace pacte;
using namespace pacte::test;

namespace {

// The group's sheet as exported, the garage action renamed by its referent.
Json renamedGarageSheet(Database& db, const SheetFixture& f)
{
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    byUuid(sheet["group"]["actions"], f.garageUuid)["title"] = "Garage solidaire (2e phase)";
    return sheet;
}

// A referent, on her own connection, writes a note on the action `id`.
void referentWritesNote(const QString& url, Id id)
{
    auto referent = Database::open(url, QStringLiteral("referente"));
    ActionRepository actions(*referent);
    Action garage = *actions.find(id);
    garage.notes = QStringLiteral("Note de la référente");
    actions.update(garage);
}

} // namespace

TEST_CASE("A sheet import on a server is refused when the group changed after the sheet was read",
          "[editing][server][sheet]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    SheetFixture f = makeSheetFixture(url);
    Document coordinator(std::move(f.db));
    Database& db = coordinator.database();

    const Json sheet = renamedGarageSheet(db, f);
    SheetImport import(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(import.outcome().undecidedCount() == 0);

    // While the coordinator looks at the preview, a referent changes another field of the same action:
    // the merged record, read before, would put the old notes back.
    referentWritesNote(url, f.garage);

    const auto refused = edit::importSheet(coordinator, import);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("Mobilité")));
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire"));
    CHECK(ActionRepository(db).find(f.garage)->notes == QStringLiteral("Note de la référente"));
    CHECK(SheetExports(db).find(import.origin().exportId)->imports.isEmpty());
    CHECK(coordinator.undoStack()->count() == 0);

    // Read again, the same sheet merges with the referent's note and goes in.
    SheetImport again(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(again.outcome().undecidedCount() == 0);
    REQUIRE(edit::importSheet(coordinator, again).ok());
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK(ActionRepository(db).find(f.garage)->notes == QStringLiteral("Note de la référente"));
}

TEST_CASE("Undoing a sheet import on a server never writes over a later change of its group",
          "[editing][server][sheet]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    SheetFixture f = makeSheetFixture(url);
    Document coordinator(std::move(f.db));
    Database& db = coordinator.database();
    QString conflictLabel;
    QObject::connect(&coordinator, &Document::conflictOccurred,
                     [&](const QString&, const QString& label, const QList<ConflictField>&) { conflictLabel = label; });

    const Json sheet = renamedGarageSheet(db, f);
    SheetImport import(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(edit::importSheet(coordinator, import).ok());
    REQUIRE(coordinator.undoStack()->count() == 1);

    // Undone and redone while nobody else writes: both go through.
    coordinator.undoStack()->undo();
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire"));
    coordinator.undoStack()->redo();
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK(conflictLabel.isEmpty());

    // A referent changes the imported action; the coordinator's undo would put the old title back over it.
    referentWritesNote(url, f.garage);
    coordinator.undoStack()->undo();
    CHECK(conflictLabel == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK(ActionRepository(db).find(f.garage)->notes == QStringLiteral("Note de la référente"));
    CHECK(coordinator.undoStack()->count() == 0); // the step was dropped
}

} // namespace pacte_test_editing_server_sheet_import
