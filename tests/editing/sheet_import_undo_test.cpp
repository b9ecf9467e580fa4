// A sheet import is one undo step: undo puts the group's actions and meetings back as they were,
// redo as the import left them, and the history before it stays (issue #22).
#include "common/catchqt.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "editing/edits.h"
#include "editingfixture.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_sheet_import_undo_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("Importing a sheet is undone and redone as one step", "[editing][sheet]")
{
    TempDir dir;
    SheetFixture f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Document document(std::move(f.db));
    Database& db = document.database();
    QUndoStack& stack = *document.undoStack();

    // An edit of the session before the import.
    Territory territory = *TerritoryRepository(db).find(f.territoryA);
    Territory renamed = territory;
    renamed.name = QStringLiteral("Bassin renommé");
    REQUIRE(edit::update(document, territory, renamed).ok());

    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    byUuid(sheet["group"]["actions"], f.garageUuid)["title"] = "Garage solidaire (2e phase)";
    eraseUuid(sheet["group"]["actions"], f.autoEcoleUuid);
    sheet["group"]["actions"].push_back({{"title", "Permis accompagné"}, {"status", "projet"}});
    byUuid(sheet["group"]["meetings"], f.meeting1Uuid)["agenda"] = "Ordre du jour révisé";
    byUuid(byUuid(sheet["group"]["actions"], f.garageUuid)["indicators"], f.vehiclesUuid)["measurements"].push_back(
        {{"date", "2024-12-31"}, {"value", 30}});

    const QList<Action> actionsBefore = ActionRepository(db).ofGroup(f.group);
    const QList<Meeting> meetingsBefore = MeetingRepository(db).ofGroup(f.group);
    const QList<Action> otherBefore = ActionRepository(db).ofGroup(f.otherGroup);

    SheetImport import(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(import.outcome().undecidedCount() == 0);
    NotificationLog log(document);
    const auto result = edit::importSheet(document, import);
    REQUIRE(result.ok());
    CHECK_FALSE(result.backupPath.isEmpty());
    CHECK(stack.count() == 2);
    CHECK(stack.canUndo());
    CHECK_FALSE(log.take().isEmpty());

    const QList<Action> actionsAfter = ActionRepository(db).ofGroup(f.group);
    const QList<Meeting> meetingsAfter = MeetingRepository(db).ofGroup(f.group);
    REQUIRE(actionsAfter.size() == 2);
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK_FALSE(ActionRepository(db).find(f.autoEcole));
    CHECK(SheetExports(db).find(import.origin().exportId)->imports.size() == 1);

    stack.undo();
    CHECK(ActionRepository(db).ofGroup(f.group) == actionsBefore);
    CHECK(MeetingRepository(db).ofGroup(f.group) == meetingsBefore);
    CHECK(ActionRepository(db).ofGroup(f.otherGroup) == otherBefore);
    // Undone, the export can be imported again without being "already imported".
    CHECK(SheetExports(db).find(import.origin().exportId)->imports.isEmpty());
    CHECK(TerritoryRepository(db).find(f.territoryA)->name == QStringLiteral("Bassin renommé"));

    stack.redo();
    CHECK(ActionRepository(db).ofGroup(f.group) == actionsAfter);
    CHECK(MeetingRepository(db).ofGroup(f.group) == meetingsAfter);
    CHECK(SheetExports(db).find(import.origin().exportId)->imports.size() == 1);

    // The step before the import is still there.
    stack.undo();
    stack.undo();
    CHECK(TerritoryRepository(db).find(f.territoryA)->name == territory.name);
    CHECK(ActionRepository(db).ofGroup(f.group) == actionsBefore);
}

TEST_CASE("A refused import leaves the history as it was", "[editing][sheet]")
{
    TempDir dir;
    SheetFixture f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Document document(std::move(f.db));
    Database& db = document.database();
    Territory territory = *TerritoryRepository(db).find(f.territoryA);
    Territory renamed = territory;
    renamed.name = QStringLiteral("Bassin renommé");
    REQUIRE(edit::update(document, territory, renamed).ok());
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    // A conflict left undecided: apply() refuses.
    byUuid(sheet["group"]["actions"], f.garageUuid)["title"] = "Titre de la fiche";
    Action garage = *ActionRepository(db).find(f.garage);
    garage.title = QStringLiteral("Titre de la base");
    ActionRepository(db).update(garage);
    SheetImport import(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(import.outcome().undecidedCount() == 1);
    const auto result = edit::importSheet(document, import);
    CHECK_FALSE(result.ok());
    CHECK(document.undoStack()->count() == 1);
    CHECK(ActionRepository(db).find(f.garage)->title == QStringLiteral("Titre de la base"));
}

TEST_CASE("Undoing an import that deleted an action gives its provenance back", "[editing][sheet][provenance]")
{
    TempDir dir;
    SheetFixture f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Document document(std::move(f.db));
    Database& db = document.database();
    ProvenanceStore store(db);
    const Provenance invented{ProvenanceKind::Illustrative, QStringLiteral("Annexe 1"), QStringLiteral("Inventée.")};
    store.put({QStringLiteral("action"), f.autoEcoleUuid, invented});

    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    eraseUuid(sheet["group"]["actions"], f.autoEcoleUuid);
    SheetImport import(db, dumpJson(sheet), QStringLiteral("mobilite.pacte-fiche.json"));
    REQUIRE(import.outcome().undecidedCount() == 0);
    REQUIRE(edit::importSheet(document, import).ok());
    CHECK_FALSE(ActionRepository(db).find(f.autoEcole));
    CHECK(store.get(f.autoEcoleUuid).isDefault()); // gone with its action

    document.undoStack()->undo();
    REQUIRE(ActionRepository(db).find(f.autoEcole));
    CHECK(store.get(f.autoEcoleUuid) == invented);
    document.undoStack()->redo();
    CHECK(store.get(f.autoEcoleUuid).isDefault());
    document.undoStack()->undo();
    CHECK(store.get(f.autoEcoleUuid) == invented);
}

} // namespace pacte_test_editing_sheet_import_undo_test
