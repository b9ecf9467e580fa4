// Two people editing one server database (team mode, issue 14): an edit made on a record someone
// else changed meanwhile is refused with both values, never written over theirs; undo never reverts
// someone else's later change.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "exchange/demodata.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_server_conflict {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("An edit on a record changed meanwhile by someone else is refused with both values", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    Document lea(Database::open(url, QStringLiteral("lea")));

    // Both read the same action.
    const Action read = ActionRepository(claire.database()).all().first();
    Action byClaire = read;
    byClaire.title = QStringLiteral("Titre revu par Claire");
    REQUIRE(edit::update(claire, read, byClaire).ok());

    // Léa's screen still shows the record as it was read: her change is refused, Claire's kept.
    Action byLea = read;
    byLea.title = QStringLiteral("Titre revu par Léa");
    const EditResult refused = edit::update(lea, read, byLea);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("Titre revu par Claire")));
    CHECK(refused.message.contains(QStringLiteral("Titre revu par Léa")));
    // The result names each field that differs, with both values, for the conflict dialog.
    REQUIRE(refused.isConflict());
    CHECK(refused.conflictLabel == byClaire.title); // as it is called now
    REQUIRE(refused.conflict.size() == 1);
    CHECK(refused.conflict.first().name == QStringLiteral("title"));
    CHECK(refused.conflict.first().stored == byClaire.title);
    CHECK(refused.conflict.first().mine == byLea.title);
    CHECK(ActionRepository(lea.database()).find(read.id)->title == byClaire.title);
    CHECK(lea.undoStack()->count() == 0);

    // Read again, her change goes through.
    const Action fresh = *ActionRepository(lea.database()).find(read.id);
    Action statusByLea = fresh;
    statusByLea.status = fresh.status == ActionStatus::InProgress ? ActionStatus::Completed : ActionStatus::InProgress;
    REQUIRE(edit::update(lea, fresh, statusByLea).ok());

    // Claire's undo would put back the old title over Léa's later change: refused, said with both
    // values, nothing written.
    QSignalSpy errors(&claire, &Document::errorOccurred);
    QSignalSpy conflicts(&claire, &Document::conflictOccurred);
    claire.undoStack()->undo();
    CHECK(errors.count() == 0);
    REQUIRE(conflicts.count() == 1);
    CHECK(conflicts.first().at(1).toString() == byClaire.title);
    const auto fields = conflicts.first().at(2).value<QList<ConflictField>>();
    REQUIRE(fields.size() == 1);
    CHECK(fields.first().name == QStringLiteral("status"));
    const Action now = *ActionRepository(claire.database()).find(read.id);
    CHECK(now.title == byClaire.title);
    CHECK(now.status == statusByLea.status);
    // The stack does not count the step as undone: it left the history, and redo has nothing to do.
    CHECK(claire.undoStack()->count() == 0);
    CHECK_FALSE(claire.undoStack()->canUndo());
    CHECK_FALSE(claire.undoStack()->canRedo());
    claire.undoStack()->redo();
    CHECK(ActionRepository(claire.database()).find(read.id)->title == byClaire.title);
}

TEST_CASE("A refused undo leaves the steps before it undoable", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    const auto leaDb = Database::open(url, QStringLiteral("lea"));
    Database& lea = *leaDb;

    const QList<Action> actions = ActionRepository(claire.database()).all();
    REQUIRE(actions.size() >= 2);
    const Action first = actions.at(0);
    const Action second = actions.at(1);
    Action firstChanged = first;
    firstChanged.title = QStringLiteral("Première retouche de Claire");
    REQUIRE(edit::update(claire, first, firstChanged).ok());
    Action secondChanged = second;
    secondChanged.title = QStringLiteral("Seconde retouche de Claire");
    REQUIRE(edit::update(claire, second, secondChanged).ok());
    REQUIRE(claire.undoStack()->count() == 2);

    // Léa changes the second action after Claire.
    Action byLea = *ActionRepository(lea).find(second.id);
    byLea.objectives = QStringLiteral("Objectifs revus par Léa");
    ActionRepository(lea).update(byLea);

    QSignalSpy conflicts(&claire, &Document::conflictOccurred);
    claire.undoStack()->undo(); // the second: refused, dropped
    CHECK(conflicts.count() == 1);
    CHECK(claire.undoStack()->count() == 1);
    CHECK(claire.undoStack()->index() == 1);
    CHECK_FALSE(claire.undoStack()->canRedo());
    CHECK(ActionRepository(claire.database()).find(second.id)->objectives == byLea.objectives);
    CHECK(ActionRepository(claire.database()).find(second.id)->title == secondChanged.title);

    claire.undoStack()->undo(); // the first: nobody else touched it
    CHECK(conflicts.count() == 1);
    CHECK(claire.undoStack()->index() == 0);
    CHECK(ActionRepository(claire.database()).find(first.id)->title == first.title);
    claire.undoStack()->redo();
    CHECK(ActionRepository(claire.database()).find(first.id)->title == firstChanged.title);
}

TEST_CASE("A redo over someone else's later change is refused and leaves the history", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    const auto leaDb = Database::open(url, QStringLiteral("lea"));
    Database& lea = *leaDb;

    const Action read = ActionRepository(claire.database()).all().first();
    Action changed = read;
    changed.title = QStringLiteral("Titre de Claire");
    REQUIRE(edit::update(claire, read, changed).ok());
    claire.undoStack()->undo();
    REQUIRE(ActionRepository(claire.database()).find(read.id)->title == read.title);

    Action byLea = *ActionRepository(lea).find(read.id);
    byLea.title = QStringLiteral("Titre de Léa");
    ActionRepository(lea).update(byLea);

    QSignalSpy conflicts(&claire, &Document::conflictOccurred);
    claire.undoStack()->redo();
    CHECK(conflicts.count() == 1);
    CHECK(ActionRepository(claire.database()).find(read.id)->title == byLea.title);
    CHECK(claire.undoStack()->count() == 0);
    CHECK_FALSE(claire.undoStack()->canUndo());
}

TEST_CASE("A deletion of a record changed meanwhile by someone else is refused", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    const auto leaDb = Database::open(url, QStringLiteral("lea"));
    Database& lea = *leaDb;

    // Claire reads the action; Léa changes it; Claire's deletion of what she read is refused.
    const Action read = ActionRepository(claire.database()).all().first();
    Action byLea = read;
    byLea.title = QStringLiteral("Titre revu par Léa");
    ActionRepository(lea).update(byLea);

    const EditResult refused = edit::remove(claire, read);
    REQUIRE(refused.isConflict());
    CHECK(refused.message.contains(QStringLiteral("Titre revu par Léa")));
    REQUIRE(refused.conflict.size() == 1);
    CHECK(refused.conflict.first().name == QStringLiteral("title"));
    CHECK(refused.conflict.first().stored == byLea.title);
    CHECK(refused.conflict.first().mine == read.title);
    CHECK(ActionRepository(claire.database()).find(read.id).has_value());
    CHECK(claire.undoStack()->count() == 0);

    // Read again, the deletion goes through, and its undo brings the record back.
    const Action fresh = *ActionRepository(claire.database()).find(read.id);
    REQUIRE(edit::remove(claire, fresh).ok());
    CHECK_FALSE(ActionRepository(claire.database()).find(read.id).has_value());
    claire.undoStack()->undo();
    CHECK(ActionRepository(claire.database()).find(read.id)->title == byLea.title);
}

TEST_CASE("Undoing an insert never deletes a record someone else changed since", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    const auto leaDb = Database::open(url, QStringLiteral("lea"));
    Database& lea = *leaDb;

    Partner partner;
    partner.name = QStringLiteral("Association ajoutée par Claire");
    const ItemResult<Partner> added = edit::add(claire, partner);
    REQUIRE(added.ok());
    Partner byLea = *PartnerRepository(lea).find(added.item.id);
    byLea.notes = QStringLiteral("Notes de Léa");
    PartnerRepository(lea).update(byLea);

    QSignalSpy conflicts(&claire, &Document::conflictOccurred);
    claire.undoStack()->undo();
    CHECK(conflicts.count() == 1);
    CHECK(PartnerRepository(claire.database()).find(added.item.id).has_value());
    CHECK(claire.undoStack()->count() == 0);
}

TEST_CASE("Another person's change reaches the open document within moments", "[editing][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    Document claire(Database::open(url, QStringLiteral("claire")));
    Document lea(Database::open(url, QStringLiteral("lea")));
    QSignalSpy seenByLea(&lea, &Document::changed);
    QSignalSpy seenByClaire(&claire, &Document::changed);

    const Action read = ActionRepository(claire.database()).all().first();
    Action changed = read;
    changed.title = QStringLiteral("Titre revu par Claire");
    REQUIRE(edit::update(claire, read, changed).ok());
    // Claire's own document announced it once, as before; Léa's hears it from the server.
    REQUIRE(seenByLea.wait(5000));
    bool actionSeen = false;
    for (const auto& arguments : std::as_const(seenByLea)) {
        if (arguments.at(0).value<Entity>() == Entity::Action &&
            arguments.at(1).value<QList<QUuid>>() == QList<QUuid>{read.uuid} &&
            arguments.at(2).value<ChangeKind>() == ChangeKind::Updated)
            actionSeen = true;
    }
    CHECK(actionSeen);
    QTest::qWait(300);
    CHECK(seenByClaire.count() == 1);
    CHECK(ActionRepository(lea.database()).find(read.id)->title == changed.title);
}

TEST_CASE("On a file, an edit needs no such check", "[editing]")
{
    // One writer per file (its lock): the same sequence on a file writes both edits in turn.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDemoDatabase(path, QStringLiteral("claire")).reset();
    Document claire(Database::open(path, QStringLiteral("claire")));
    const Action read = ActionRepository(claire.database()).all().first();
    Action first = read;
    first.title = QStringLiteral("Premier titre");
    REQUIRE(edit::update(claire, read, first).ok());
    Action second = read;
    second.title = QStringLiteral("Second titre");
    REQUIRE(edit::update(claire, read, second).ok());
    CHECK(ActionRepository(claire.database()).find(read.id)->title == second.title);
}

} // namespace pacte_test_editing_server_conflict
