// Freezing a year through the facade: not undoable, so the undo step that would delete the
// evaluation it froze (with its frozen figures) leaves the history; other steps stay.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"
#include "storage/evaluationstore.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_freeze_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Evaluation evaluationOf(const Edition& edition, int year)
{
    Evaluation evaluation;
    evaluation.editionId = edition.id;
    evaluation.year = year;
    evaluation.kind = EvaluationKind::Intermediate;
    evaluation.date = QDate(year, 12, 15);
    evaluation.assessment = QStringLiteral("Une année de lancement");
    return evaluation;
}

} // namespace

TEST_CASE("Freezing a year makes the insert of its evaluation obsolete in the history", "[editing][freeze]")
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    EditingScene scene;
    const auto territory = edit::add(*scene.document, Territory{NoId, {}, QStringLiteral("Cournonterral"), {}, {}, {}});
    REQUIRE(territory.ok());
    const auto added = edit::add(*scene.document, evaluationOf(scene.edition, 2023));
    REQUIRE(added.ok());
    REQUIRE(scene.stack().count() == 2);
    CHECK_FALSE(scene.stack().command(1)->isObsolete());

    NotificationLog log(*scene.document);
    const auto frozen = edit::freezeYear(*scene.document, scene.edition.id, 2023, EvaluationKind::Intermediate);
    REQUIRE(frozen.ok());
    CHECK(frozen.item == added.item); // the record it froze is the one the insert made
    CHECK(log.take() == QList<Notification>{{Entity::Evaluation, {added.item.uuid}, ChangeKind::Updated}});
    CHECK(scene.stack().count() == 2);
    CHECK(scene.stack().command(1)->isObsolete());
    CHECK_FALSE(scene.stack().command(0)->isObsolete());
    const auto snapshot = frozenSnapshot(scene.db(), scene.edition.id, 2023);
    REQUIRE(snapshot);
    CHECK(snapshot->asOf == QDate(2023, 12, 31));
    CHECK(snapshot->frozenAt == Clock::currentDateTimeUtc());

    // Undo skips the insert, which leaves the stack, and the evaluation and its figures stay.
    scene.stack().undo();
    CHECK(scene.read(added.item) == added.item);
    CHECK(frozenSnapshot(scene.db(), scene.edition.id, 2023) == snapshot);
    CHECK(scene.stack().count() == 1);
    // The step before it still undoes.
    CHECK(scene.exists(territory.item));
    scene.stack().undo();
    CHECK_FALSE(scene.exists(territory.item));
    CHECK(scene.read(added.item) == added.item);
}

TEST_CASE("Freezing a year whose evaluation insert was undone drops the redo of it", "[editing][freeze]")
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    EditingScene scene;
    const auto added = edit::add(*scene.document, evaluationOf(scene.edition, 2023));
    REQUIRE(added.ok());
    scene.stack().undo();
    REQUIRE_FALSE(scene.exists(added.item));
    REQUIRE(scene.stack().canRedo());

    const auto frozen = edit::freezeYear(*scene.document, scene.edition.id, 2023, EvaluationKind::Intermediate);
    REQUIRE(frozen.ok());
    CHECK(frozen.item.uuid != added.item.uuid); // a new record, made by the freeze
    CHECK(frozen.item.date == QDate(2024, 3, 1));
    CHECK(scene.stack().command(0)->isObsolete());

    // Redoing the insert would collide with the frozen record: it is dropped instead of run.
    QStringList errors;
    QObject::connect(scene.document.get(), &Document::errorOccurred,
                     [&errors](const QString& message) { errors << message; });
    scene.stack().redo();
    CHECK(errors.isEmpty());
    CHECK(EvaluationRepository(scene.db()).count() == 1);
    CHECK(scene.read(frozen.item) == frozen.item);
    CHECK_FALSE(scene.exists(added.item));
    CHECK(scene.stack().count() == 0);
}

TEST_CASE("A year that has not begun is refused and the history is left alone", "[editing][freeze]")
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    EditingScene scene;
    const auto added = edit::add(*scene.document, evaluationOf(scene.edition, 2025));
    REQUIRE(added.ok());
    NotificationLog log(*scene.document);
    const auto frozen = edit::freezeYear(*scene.document, scene.edition.id, 2025, EvaluationKind::Intermediate);
    CHECK_FALSE(frozen.ok());
    CHECK(frozen.message.contains(QStringLiteral("2025")));
    CHECK_FALSE(scene.stack().command(0)->isObsolete());
    CHECK(log.take().isEmpty());
    CHECK_FALSE(frozenSnapshot(scene.db(), scene.edition.id, 2025));
}

} // namespace pacte_test_editing_freeze_test
