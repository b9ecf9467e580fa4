// Indicator templates (issue 18) in the exchanges: the dump (format 10) keeps the themes' templates and
// the indicators' links; an older dump still restores, with no template; a working-group sheet keeps an
// indicator's link when it is merged, and a sheet cannot set one (the coordinator manages templates).
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_indicatortemplate_exchange_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Template uuid -> name, and indicator uuid -> its template's uuid, of a whole database.
struct Links
{
    QHash<QUuid, QString> templates;
    QHash<QUuid, QUuid> indicators;
};

Links linksOf(Database& db)
{
    Links links;
    QHash<Id, QUuid> uuids;
    for (const auto& axis : AxisRepository(db).all()) {
        for (const auto& theme : axis.themes) {
            for (const auto& t : theme.templates) {
                links.templates.insert(t.uuid, t.name);
                uuids.insert(t.id, t.uuid);
            }
        }
    }
    for (const auto& action : ActionRepository(db).all()) {
        for (const auto& indicator : action.indicators) {
            if (indicator.templateId != NoId)
                links.indicators.insert(indicator.uuid, uuids.value(indicator.templateId));
        }
    }
    return links;
}

InputError importError(Database& db, const Json& dump)
{
    try {
        importDump(db, dumpJson(dump));
    } catch (const InputError& error) {
        return error;
    }
    FAIL("the dump was accepted");
    return InputError({}, {});
}

// The first indicator of the first action linked to a template, as a JSON object of `dump`.
Json* firstLinkedIndicator(Json& dump)
{
    for (auto& action : dump["editions"][0]["actions"]) {
        for (auto& indicator : action["indicators"]) {
            if (indicator.contains("template"))
                return &indicator;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The dump keeps the themes' indicator templates and the indicators' links", "[exchange][dump][templates]")
{
    TempDir dir;
    auto demo = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Links before = linksOf(*demo);
    REQUIRE(before.templates.size() == 13);
    REQUIRE(before.indicators.size() == 5);
    const QByteArray dump = exportDump(*demo);
    CHECK(parseJson(dump).at("formatVersion") >= 10); // templates came with format 10

    auto restored = createDatabase(dir.path(QStringLiteral("restaure.pacte")));
    importDump(*restored, dump);
    const Links after = linksOf(*restored);
    CHECK(after.templates == before.templates);
    CHECK(after.indicators == before.indicators);
    // Every template of the demo is an example, with its unit and how it is measured.
    for (const auto& axis : AxisRepository(*restored).all()) {
        for (const auto& theme : axis.themes) {
            for (const auto& t : theme.templates) {
                CHECK(t.example);
                CHECK_FALSE(t.measurement.isEmpty());
                CHECK(t.themeId == theme.id);
            }
        }
    }
}

TEST_CASE("A format-9 dump still restores, with no indicator template", "[exchange][dump][templates]")
{
    TempDir dir;
    auto demo = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    Json dump = parseJson(exportDump(*demo));
    dump["formatVersion"] = 9;
    for (auto& edition : dump["editions"]) {
        for (auto& axis : edition["axes"]) {
            for (auto& theme : axis["themes"])
                theme.erase("templates");
        }
        for (auto& action : edition["actions"]) {
            for (auto& indicator : action["indicators"])
                indicator.erase("template");
        }
    }
    auto restored = createDatabase(dir.path(QStringLiteral("restaure.pacte")));
    importDump(*restored, dumpJson(dump));
    const Links links = linksOf(*restored);
    CHECK(links.templates.isEmpty());
    CHECK(links.indicators.isEmpty());
    CHECK(ActionRepository(*restored).count() == ActionRepository(*demo).count());
}

TEST_CASE("A dump naming an unknown template, or templates before format 10, is refused at its path",
          "[exchange][dump][templates]")
{
    TempDir dir;
    auto demo = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Json good = parseJson(exportDump(*demo));
    {
        Json dump = good;
        Json* indicator = firstLinkedIndicator(dump);
        REQUIRE(indicator);
        (*indicator)["template"] = uuidString(QUuid::createUuid());
        auto target = createDatabase(dir.path(QStringLiteral("inconnu.pacte")));
        const InputError error = importError(*target, dump);
        CHECK(error.path().startsWith(QStringLiteral("editions[0].actions[")));
        CHECK(error.path().endsWith(QStringLiteral("].template")));
        CHECK(ActionRepository(*target).count() == 0);
    }
    {
        Json dump = good;
        dump["formatVersion"] = 9;
        auto target = createDatabase(dir.path(QStringLiteral("ancien.pacte")));
        const InputError error = importError(*target, dump);
        CHECK(error.path().endsWith(QStringLiteral(".templates")));
        CHECK(EditionRepository(*target).count() == 0);
    }
}

TEST_CASE("A sheet keeps an indicator's link to its template when it is merged", "[exchange][sheet][templates]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Action garage = *ActionRepository(*f.db).find(f.garage);
    REQUIRE(garage.themeId != NoId);
    Axis axis;
    for (const auto& candidate : AxisRepository(*f.db).all()) {
        for (const auto& theme : candidate.themes) {
            if (theme.id == garage.themeId)
                axis = candidate;
        }
    }
    REQUIRE(axis.id != NoId);
    for (auto& theme : axis.themes) {
        if (theme.id == garage.themeId) {
            IndicatorTemplate t;
            t.name = QStringLiteral("Véhicules remis en état");
            t.unit = QStringLiteral("véhicules");
            theme.templates.append(t);
        }
    }
    AxisRepository(*f.db).update(axis);
    Id templateId = NoId;
    const Axis withTemplate = AxisRepository(*f.db).find(axis.id).value();
    for (const auto& theme : withTemplate.themes) {
        if (theme.id == garage.themeId)
            templateId = theme.templates.constFirst().id;
    }
    REQUIRE(templateId != NoId);
    REQUIRE_FALSE(garage.indicators.isEmpty());
    garage.indicators.first().templateId = templateId;
    ActionRepository(*f.db).update(garage);
    const QUuid linked = garage.indicators.first().uuid;

    // The referents rename the indicator and add a measurement: the link stays.
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    Json& indicator = byUuid(byUuid(sheet["group"]["actions"], f.garageUuid)["indicators"], linked);
    CHECK_FALSE(indicator.contains("template")); // sheets do not carry the coordinator's library
    indicator["name"] = "Véhicules réparés et remis en état";
    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    CHECK(import.outcome().conflictCount() == 0);
    import.apply();
    const Action after = *ActionRepository(*f.db).find(f.garage);
    CHECK(after.indicators.first().name == QStringLiteral("Véhicules réparés et remis en état"));
    CHECK(after.indicators.first().templateId == templateId);
}

TEST_CASE("A sheet that names an indicator template is refused at its path, nothing written",
          "[exchange][sheet][templates]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    Json& actions = sheet["group"]["actions"];
    std::size_t actionIndex = 0;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        if (actions[i]["uuid"] == uuidString(f.garageUuid))
            actionIndex = i;
    }
    actions[actionIndex]["indicators"][0]["template"] = uuidString(QUuid::createUuid());
    const QByteArray before = fileBytes(f.path);
    try {
        SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
        FAIL("accepted");
    } catch (const InputError& error) {
        CHECK(error.path() ==
              QStringLiteral("group.actions[%1].indicators[0].template").arg(static_cast<int>(actionIndex)));
        CHECK_FALSE(error.message().isEmpty());
    }
    CHECK(fileBytes(f.path) == before);
}

} // namespace pacte_test_exchange_indicatortemplate_exchange_test
