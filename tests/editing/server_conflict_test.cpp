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
    CHECK(ActionRepository(lea.database()).find(read.id)->title == byClaire.title);
    CHECK(lea.undoStack()->count() == 0);

    // Read again, her change goes through.
    const Action fresh = *ActionRepository(lea.database()).find(read.id);
    Action statusByLea = fresh;
    statusByLea.status = fresh.status == ActionStatus::InProgress ? ActionStatus::Completed : ActionStatus::InProgress;
    REQUIRE(edit::update(lea, fresh, statusByLea).ok());

    // Claire's undo would put back the old title over Léa's later change: refused, said, nothing written.
    QSignalSpy errors(&claire, &Document::errorOccurred);
    claire.undoStack()->undo();
    REQUIRE(errors.count() == 1);
    const Action now = *ActionRepository(claire.database()).find(read.id);
    CHECK(now.title == byClaire.title);
    CHECK(now.status == statusByLea.status);
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
