// A territory's local pact through the facade: entered and changed as undo steps, checked against its
// edition, its review refused once its year is frozen, and the freeze keeping undo and redo from
// changing that review afterwards.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"
#include "storage/localpactstore.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_localpact_edit_test {

using namespace pacte;
using namespace pacte::test;

namespace {

LocalPact pactOf(const EditingScene& scene)
{
    LocalPact pact;
    pact.editionId = scene.edition.id;
    pact.territoryId = scene.thau.id;
    pact.diagnosis = QStringLiteral("Emploi saisonnier, peu de transports.");
    LocalPriority priority;
    priority.title = QStringLiteral("Mobilité");
    priority.groupIds = {scene.group.id};
    priority.actionIds = {scene.garage.id};
    pact.priorities = {priority};
    return pact;
}

LocalPactReview review(int year, const QString& progress)
{
    LocalPactReview r;
    r.year = year;
    r.progress = progress;
    return r;
}

std::optional<LocalPact> stored(EditingScene& scene)
{
    return findLocalPact(scene.db(), scene.edition.id, scene.thau.id);
}

} // namespace

TEST_CASE("A local pact is entered, changed, undone and redone", "[editing][localpact]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);
    LocalPact empty;
    empty.editionId = scene.edition.id;
    empty.territoryId = scene.thau.id;
    CHECK(edit::saveLocalPact(*scene.document, empty).ok());
    CHECK(scene.stack().count() == 0);
    CHECK_FALSE(stored(scene).has_value());

    const auto first = edit::saveLocalPact(*scene.document, pactOf(scene));
    REQUIRE(first.ok());
    CHECK(scene.stack().count() == 1);
    CHECK(log.take() == QList<Notification>{{Entity::LocalPact, {first.item.uuid}, ChangeKind::Inserted}});

    LocalPact changed = first.item;
    changed.reviews = {review(2023, QStringLiteral("Le garage a ouvert."))};
    LocalPriority second;
    second.title = QStringLiteral("Logement");
    changed.priorities.prepend(second);
    const auto saved = edit::saveLocalPact(*scene.document, changed, QStringLiteral("Review"));
    REQUIRE(saved.ok());
    CHECK(scene.stack().count() == 2);
    CHECK(stored(scene)->priorities.at(0).title == QStringLiteral("Logement"));
    CHECK(stored(scene)->priorities.at(1).rank == 2);
    CHECK(stored(scene)->review(2023)->progress == QStringLiteral("Le garage a ouvert."));
    CHECK(edit::saveLocalPact(*scene.document, saved.item).ok());
    CHECK(scene.stack().count() == 2);

    scene.stack().undo();
    CHECK(stored(scene) == first.item);
    scene.stack().undo();
    CHECK_FALSE(stored(scene).has_value());
    scene.stack().redo();
    scene.stack().redo();
    CHECK(stored(scene)->review(2023)->progress == QStringLiteral("Le garage a ouvert."));
}

TEST_CASE("A local pact is checked against its edition", "[editing][localpact]")
{
    EditingScene scene;
    LocalPact outside = pactOf(scene);
    outside.reviews = {review(2031, QStringLiteral("Trop tard."))};
    const auto late = edit::saveLocalPact(*scene.document, outside);
    CHECK_FALSE(late.ok());
    CHECK(late.message.contains(QStringLiteral("2031")));

    LocalPact twice = pactOf(scene);
    twice.reviews = {review(2023, QStringLiteral("Un.")), review(2023, QStringLiteral("Deux."))};
    CHECK_FALSE(edit::saveLocalPact(*scene.document, twice).ok());

    LocalPact foreign = pactOf(scene);
    foreign.priorities[0].groupIds = {987654};
    CHECK_FALSE(edit::saveLocalPact(*scene.document, foreign).ok());

    LocalPact untitled = pactOf(scene);
    untitled.priorities[0].title.clear();
    CHECK_FALSE(edit::saveLocalPact(*scene.document, untitled).ok());
    CHECK(scene.stack().count() == 0);
    CHECK_FALSE(stored(scene).has_value());
}

TEST_CASE("A frozen year's review is refused and stays as frozen through undo and redo", "[editing][localpact][freeze]")
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    EditingScene scene;
    const auto first = edit::saveLocalPact(*scene.document, pactOf(scene));
    REQUIRE(first.ok());
    LocalPact reviewed = first.item;
    reviewed.reviews = {review(2023, QStringLiteral("Le garage a ouvert."))};
    const auto second = edit::saveLocalPact(*scene.document, reviewed);
    REQUIRE(second.ok());
    LocalPact rewritten = second.item;
    rewritten.reviews[0].progress = QStringLiteral("Le garage a ouvert et embauché.");
    REQUIRE(edit::saveLocalPact(*scene.document, rewritten).ok());
    scene.stack().undo(); // the rewrite undone: its redo waits on the stack
    REQUIRE(scene.stack().count() == 3);

    REQUIRE(edit::freezeYear(*scene.document, scene.edition.id, 2023, EvaluationKind::Intermediate).ok());
    const LocalPact frozen = *stored(scene);
    const QByteArray before = fileBytes(scene.path);
    LocalPact late = frozen;
    late.reviews[0].difficulties = QStringLiteral("Écrit après le gel.");
    const auto refused = edit::saveLocalPact(*scene.document, late);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("2023")));
    CHECK(fileBytes(scene.path) == before);

    // Neither the rewrite's redo nor the undo of the review or of the pact's insert reaches it.
    scene.stack().redo();
    CHECK(stored(scene)->review(2023)->progress == QStringLiteral("Le garage a ouvert."));
    scene.stack().undo();
    scene.stack().undo();
    scene.stack().undo();
    REQUIRE(stored(scene).has_value());
    CHECK(stored(scene)->review(2023)->progress == QStringLiteral("Le garage a ouvert."));

    // The rest of the pact and another year are still open.
    LocalPact open = *stored(scene);
    open.diagnosis = QStringLiteral("Diagnostic revu.");
    open.reviews.append(review(2024, QStringLiteral("Une deuxième année.")));
    CHECK(edit::saveLocalPact(*scene.document, open).ok());
}

} // namespace pacte_test_editing_localpact_edit_test
