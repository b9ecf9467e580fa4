// A refused edit: the result names the refused fields, nothing is written (file, change log, undo
// stack), and nothing is announced.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_refused_edit_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList fieldsOf(const EditResult& result)
{
    QStringList fields;
    for (const auto& error : result.fieldErrors)
        fields << error.field;
    return fields;
}

// The file, the undo stack and the notifications are as they were once `edit` has been refused.
template <typename Edit>
EditResult refusedLeavingEverything(EditingScene& scene, Edit&& edit)
{
    scene.stack().clear();
    REQUIRE(edit::add(*scene.document, Territory{NoId, {}, QStringLiteral("Lodévois"), {}, {}, {}}).ok());
    const QByteArray bytes = fileBytes(scene.path);
    REQUIRE_FALSE(bytes.isEmpty());
    const int index = scene.stack().index();
    NotificationLog log(*scene.document);

    const EditResult result = edit();
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.message.isEmpty());
    CHECK(fileBytes(scene.path) == bytes);
    CHECK(scene.stack().count() == 1);
    CHECK(scene.stack().index() == index);
    CHECK(log.take().isEmpty());
    return result;
}

} // namespace

TEST_CASE("An edit refused by validation names the field and writes nothing", "[editing][refused][file]")
{
    EditingScene scene;

    SECTION("a new territory without a name")
    {
        const auto result = refusedLeavingEverything(scene, [&] {
            return edit::add(*scene.document, Territory{NoId, {}, QStringLiteral("  "), {}, {}, {}});
        });
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("name")});
        CHECK(TerritoryRepository(scene.db()).count() == 3);
    }
    SECTION("a working group emptied of its name and territories")
    {
        WorkingGroup after = scene.group;
        after.name.clear();
        after.territoryIds.clear();
        const auto result =
            refusedLeavingEverything(scene, [&] { return edit::update(*scene.document, scene.group, after); });
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("name"), QStringLiteral("territories")});
        CHECK(scene.read(scene.group) == scene.group);
    }
    SECTION("an indicator without a name inside an action")
    {
        Action after = scene.garage;
        after.title = QStringLiteral("Garage");
        after.indicators[1].name.clear();
        const auto result =
            refusedLeavingEverything(scene, [&] { return edit::update(*scene.document, scene.garage, after); });
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("name")});
        CHECK(scene.read(scene.garage) == scene.garage); // the title was not written either
    }
}

TEST_CASE("An edit refused by a UNIQUE constraint names the field and writes nothing", "[editing][refused][file]")
{
    EditingScene scene;
    Edition next;
    next.title = QStringLiteral("PTI 2026-2029");
    next.startDate = QDate(2026, 1, 1);
    next.endDate = QDate(2029, 12, 31);
    const auto added = edit::add(*scene.document, next);
    REQUIRE(added.ok());

    SECTION("a new edition with a title already taken")
    {
        Edition copy = next;
        copy.startDate = QDate(2030, 1, 1);
        copy.endDate = QDate(2033, 12, 31);
        const auto result = refusedLeavingEverything(scene, [&] { return edit::add(*scene.document, copy); });
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("title")});
        CHECK_FALSE(result.message.contains(QStringLiteral("UNIQUE")));
        CHECK(EditionRepository(scene.db()).count() == 2);
    }
    SECTION("an edition renamed to another's title")
    {
        Edition renamed = added.item;
        renamed.title = scene.edition.title;
        renamed.notes = QStringLiteral("Renommée");
        const auto result =
            refusedLeavingEverything(scene, [&] { return edit::update(*scene.document, added.item, renamed); });
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("title")});
        CHECK(scene.read(added.item) == added.item);
    }
}

} // namespace pacte_test_editing_refused_edit_test
