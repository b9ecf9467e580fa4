// Indicator templates are edited with their theme's axis (issue 18): adding one is an undoable axis
// edit, and removing one unlinks the indicators made from it until undone.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_indicatortemplate_edit_test {

using namespace pacte;
using namespace pacte::test;

namespace {

IndicatorTemplate repaired()
{
    IndicatorTemplate t;
    t.name = QStringLiteral("Véhicules remis en état");
    t.unit = QStringLiteral("véhicules");
    t.suggestedTarget = 40.0;
    t.example = true;
    return t;
}

} // namespace

TEST_CASE("Adding an indicator template to a theme is undone and redone", "[editing][undo][templates]")
{
    EditingScene scene;
    Axis after = scene.axis;
    after.themes[0].templates.append(repaired());
    REQUIRE(edit::update(*scene.document, scene.axis, after).ok());
    const Axis stored = scene.read(scene.axis);
    REQUIRE(stored.themes.at(0).templates.size() == 1);
    CHECK(stored.themes.at(0).templates.at(0).name == repaired().name);
    CHECK(stored.themes.at(0).templates.at(0).id != NoId);

    scene.stack().undo();
    CHECK(scene.read(scene.axis).themes.at(0).templates.isEmpty());
    CHECK(scene.read(scene.axis) == scene.axis);

    scene.stack().redo();
    CHECK(scene.read(scene.axis) == stored); // the template keeps the id it got the first time
}

TEST_CASE("Removing a template unlinks its indicators until undone", "[editing][undo][templates]")
{
    EditingScene scene;
    Axis withTemplate = scene.axis;
    withTemplate.themes[0].templates.append(repaired());
    REQUIRE(edit::update(*scene.document, scene.axis, withTemplate).ok());
    withTemplate = scene.read(scene.axis);
    Action linked = scene.garage;
    linked.indicators[0].templateId = withTemplate.themes.at(0).templates.at(0).id;
    REQUIRE(edit::update(*scene.document, scene.garage, linked).ok());
    linked = scene.read(scene.garage);
    REQUIRE(linked.indicators.at(0).templateId != NoId);

    Axis without = withTemplate;
    without.themes[0].templates.clear();
    REQUIRE(edit::update(*scene.document, withTemplate, without).ok());
    const Action unlinked = scene.read(scene.garage);
    CHECK(unlinked.indicators.size() == linked.indicators.size()); // kept
    CHECK(unlinked.indicators.at(0).templateId == NoId);

    scene.stack().undo();
    CHECK(scene.read(scene.axis) == withTemplate);
    CHECK(scene.read(scene.garage) == linked); // the link is back
}

} // namespace pacte_test_editing_indicatortemplate_edit_test
