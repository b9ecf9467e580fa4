// An axis update that removes a theme: the groups and actions that pointed at it lose it (the
// schema's ON DELETE SET NULL), and undo gives the theme back to the axis and to them.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_axis_update_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("Removing a theme from an axis clears it from groups and actions until undone", "[editing][undo][axis]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);
    const Theme mobilite = scene.axis.themes.at(0);
    const Theme logement = scene.axis.themes.at(1);
    REQUIRE(scene.group.themeId == mobilite.id);
    REQUIRE(scene.garage.themeId == mobilite.id);
    REQUIRE(scene.permis.themeId == logement.id);

    Axis after = scene.axis;
    after.title = QStringLiteral("Lever les freins périphériques");
    after.themes.removeFirst();
    after.themes.append(Theme{NoId, {}, NoId, QStringLiteral("Santé"), {}});
    REQUIRE(edit::update(*scene.document, scene.axis, after).ok());

    const Axis stored = scene.read(scene.axis);
    REQUIRE(stored.themes.size() == 2);
    CHECK(stored.themes.at(0) == logement);
    CHECK(stored.themes.at(1).name == QStringLiteral("Santé"));
    CHECK(stored.title == after.title);
    CHECK(scene.read(scene.group).themeId == NoId);
    CHECK(scene.read(scene.garage).themeId == NoId);
    CHECK(scene.read(scene.permis) == scene.permis); // its theme stays
    const QList<Notification> announced{{Entity::Axis, {scene.axis.uuid}, ChangeKind::Updated},
                                        {Entity::WorkingGroup, {scene.group.uuid}, ChangeKind::Updated},
                                        {Entity::Action, {scene.garage.uuid}, ChangeKind::Updated}};
    CHECK(log.take() == announced);

    scene.stack().undo();
    CHECK(scene.read(scene.axis) == scene.axis); // the theme back with its id and uuid
    CHECK(scene.read(scene.group) == scene.group);
    CHECK(scene.read(scene.garage) == scene.garage);
    CHECK(scene.read(scene.permis) == scene.permis);
    CHECK(log.take() == announced);

    scene.stack().redo();
    CHECK(scene.read(scene.axis) == stored); // "Santé" keeps the id it got the first time
    CHECK(scene.read(scene.group).themeId == NoId);
    CHECK(scene.read(scene.garage).themeId == NoId);
    CHECK(log.take() == announced);

    scene.stack().undo();
    CHECK(scene.read(scene.group) == scene.group);
    CHECK(scene.read(scene.garage) == scene.garage);
}

TEST_CASE("An axis update that removes no theme touches only the axis", "[editing][undo][axis]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);
    Axis after = scene.axis;
    after.themes[0].description = QStringLiteral("Se déplacer pour travailler");
    REQUIRE(edit::update(*scene.document, scene.axis, after).ok());
    CHECK(scene.read(scene.axis) == after);
    CHECK(scene.read(scene.group) == scene.group);
    CHECK(log.take() == QList<Notification>{{Entity::Axis, {scene.axis.uuid}, ChangeKind::Updated}});
    scene.stack().undo();
    CHECK(scene.read(scene.axis) == scene.axis);
}

} // namespace pacte_test_editing_axis_update_test
