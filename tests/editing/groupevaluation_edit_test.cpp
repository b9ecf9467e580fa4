// A working group's yearly evaluation through the facade: entered and changed as undo steps, nothing
// stored for a blank one, refused once its year is frozen, and the freeze keeping undo and redo from
// changing it afterwards.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"
#include "storage/groupevaluationstore.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_groupevaluation_edit_test {

using namespace pacte;
using namespace pacte::test;

namespace {

GroupEvaluation entered(const WorkingGroup& group, int year)
{
    GroupEvaluation e;
    e.groupId = group.id;
    e.year = year;
    e.effects = QStringLiteral("Huit permis obtenus.");
    e.partnershipQuality = PartnershipQuality::Satisfactory;
    return e;
}

} // namespace

TEST_CASE("A group evaluation is entered, changed, undone and redone", "[editing][groupevaluation]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);
    GroupEvaluation blank;
    blank.groupId = scene.group.id;
    blank.year = 2023;
    const auto nothing = edit::saveGroupEvaluation(*scene.document, blank);
    CHECK(nothing.ok());
    CHECK(scene.stack().count() == 0);
    CHECK_FALSE(findGroupEvaluation(scene.db(), scene.group.id, 2023).has_value());

    const auto first = edit::saveGroupEvaluation(*scene.document, entered(scene.group, 2023));
    REQUIRE(first.ok());
    CHECK(scene.stack().count() == 1);
    CHECK(log.take() == QList<Notification>{{Entity::GroupEvaluation, {first.item.uuid}, ChangeKind::Inserted}});
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023) == first.item);

    // The editor's copy names no id: the one stored for the group and year is updated.
    GroupEvaluation changed = entered(scene.group, 2023);
    changed.adjustments = QStringLiteral("Ouvrir le groupe aux auto-écoles sociales.");
    const auto second = edit::saveGroupEvaluation(*scene.document, changed);
    REQUIRE(second.ok());
    CHECK(second.item.uuid == first.item.uuid);
    CHECK(scene.stack().count() == 2);
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023)->adjustments == changed.adjustments);
    // Saving it unchanged adds no step.
    CHECK(edit::saveGroupEvaluation(*scene.document, second.item).ok());
    CHECK(scene.stack().count() == 2);

    scene.stack().undo();
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023) == first.item);
    scene.stack().undo();
    CHECK_FALSE(findGroupEvaluation(scene.db(), scene.group.id, 2023).has_value());
    scene.stack().redo();
    scene.stack().redo();
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023)->adjustments == changed.adjustments);
}

TEST_CASE("A frozen year's group evaluation is refused and stays as frozen through undo and redo",
          "[editing][groupevaluation][freeze]")
{
    FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    EditingScene scene;
    const auto first = edit::saveGroupEvaluation(*scene.document, entered(scene.group, 2023));
    REQUIRE(first.ok());
    GroupEvaluation changed = first.item;
    changed.difficulties = QStringLiteral("Le garage a fermé.");
    REQUIRE(edit::saveGroupEvaluation(*scene.document, changed).ok());
    scene.stack().undo(); // the change undone: its redo waits on the stack
    REQUIRE(scene.stack().count() == 2);

    REQUIRE(edit::freezeYear(*scene.document, scene.edition.id, 2023, EvaluationKind::Intermediate).ok());
    const QByteArray before = fileBytes(scene.path);
    NotificationLog log(*scene.document);
    GroupEvaluation late = first.item;
    late.effects = QStringLiteral("Réécrit après le gel.");
    const auto refused = edit::saveGroupEvaluation(*scene.document, late);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("2023")));
    CHECK(log.take().isEmpty());
    CHECK(fileBytes(scene.path) == before);

    // Neither the undone change's redo nor the insert's undo reaches the frozen evaluation.
    scene.stack().redo();
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023) == first.item);
    scene.stack().undo();
    CHECK(findGroupEvaluation(scene.db(), scene.group.id, 2023) == first.item);

    // Another year is still open.
    CHECK(edit::saveGroupEvaluation(*scene.document, entered(scene.group, 2024)).ok());
}

} // namespace pacte_test_editing_groupevaluation_edit_test
