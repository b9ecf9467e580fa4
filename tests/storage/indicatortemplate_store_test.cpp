// Indicator templates ("indicateurs types", issue 18) in a real file: saved and read back with their
// theme's axis, an indicator's link to its template, a removed template unlinking its indicators (never
// deleting them), and the migration of a version-11 file.
#include "common/testutil.h"
#include "storage/backups.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_indicatortemplate_store_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int rowCount(Database& db, const QString& table)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

IndicatorTemplate accompanied()
{
    IndicatorTemplate t;
    t.name = QStringLiteral("Nombre de personnes accompagnées");
    t.kind = IndicatorKind::Output;
    t.unit = QStringLiteral("personnes");
    t.measurement = QStringLiteral("File active de l'année");
    t.suggestedTarget = 0.0; // a target of zero is kept as zero, not as "none"
    t.example = true;
    return t;
}

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("types.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    Axis axis;
    Action action;

    Scene()
    {
        Edition edition;
        edition.title = QStringLiteral("PTI 2022-2025");
        edition.startDate = QDate(2022, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        axis.editionId = edition.id;
        axis.number = 1;
        axis.title = QStringLiteral("Lever les freins");
        Theme theme;
        theme.name = QStringLiteral("Mobilité");
        theme.templates = {accompanied()};
        IndicatorTemplate rate;
        rate.name = QStringLiteral("Taux de sortie vers l'emploi");
        rate.kind = IndicatorKind::Outcome;
        rate.unit = QStringLiteral("%");
        theme.templates.append(rate);
        axis.themes = {theme};
        AxisRepository(*db).insert(axis);
        Territory territory;
        territory.name = QStringLiteral("Biterrois");
        TerritoryRepository(*db).insert(territory);
        WorkingGroup group;
        group.editionId = edition.id;
        group.territoryIds = {territory.id};
        group.name = QStringLiteral("Mobilité");
        group.axisId = axis.id;
        WorkingGroupRepository(*db).insert(group);
        action.groupId = group.id;
        action.title = QStringLiteral("Garage solidaire");
        action.themeId = axis.themes.first().id;
        Indicator linked;
        linked.name = QStringLiteral("Personnes accompagnées");
        linked.unit = QStringLiteral("personnes");
        linked.templateId = axis.themes.first().templates.first().id;
        Indicator free;
        free.name = QStringLiteral("Véhicules réparés");
        action.indicators = {linked, free};
        ActionRepository(*db).insert(action);
    }
};

} // namespace

TEST_CASE("Indicator templates are saved and read back with their theme's axis", "[storage][templates]")
{
    Scene scene;
    const auto stored = AxisRepository(*scene.db).find(scene.axis.id);
    REQUIRE(stored);
    REQUIRE(stored->themes.size() == 1);
    const auto& templates = stored->themes.first().templates;
    REQUIRE(templates.size() == 2);
    CHECK(templates.at(0).id != NoId);
    CHECK(templates.at(0).themeId == stored->themes.first().id);
    CHECK(templates.at(0).name == accompanied().name);
    CHECK(templates.at(0).measurement == accompanied().measurement);
    REQUIRE(templates.at(0).suggestedTarget);
    CHECK(*templates.at(0).suggestedTarget == 0.0);
    CHECK(templates.at(0).example);
    CHECK(templates.at(1).kind == IndicatorKind::Outcome);
    CHECK_FALSE(templates.at(1).suggestedTarget); // none suggested, not 0
    CHECK_FALSE(templates.at(1).example);
    CHECK(*stored == scene.axis);

    // Edited in place: the template keeps its id, so that the indicators keep their link.
    Axis edited = *stored;
    edited.themes.first().templates.first().unit = QStringLiteral("personnes distinctes");
    std::swap(edited.themes.first().templates[0], edited.themes.first().templates[1]);
    AxisRepository(*scene.db).update(edited);
    const auto again = AxisRepository(*scene.db).find(scene.axis.id);
    CHECK(again->themes.first().templates.at(1).id == templates.at(0).id);
    CHECK(again->themes.first().templates.at(1).unit == QStringLiteral("personnes distinctes"));
    CHECK(ActionRepository(*scene.db).find(scene.action.id)->indicators.first().templateId == templates.at(0).id);
}

TEST_CASE("An indicator's link to its template is saved", "[storage][templates]")
{
    Scene scene;
    const auto action = ActionRepository(*scene.db).find(scene.action.id);
    REQUIRE(action);
    REQUIRE(action->indicators.size() == 2);
    CHECK(action->indicators.at(0).templateId == scene.axis.themes.first().templates.first().id);
    CHECK(action->indicators.at(1).templateId == NoId);
    CHECK(*action == scene.action);
}

TEST_CASE("Removing a template unlinks its indicators and keeps them", "[storage][templates]")
{
    Scene scene;
    Axis after = scene.axis;
    after.themes.first().templates.removeFirst();
    AxisRepository(*scene.db).update(after);
    CHECK(rowCount(*scene.db, QStringLiteral("indicator_template")) == 1);
    const auto action = ActionRepository(*scene.db).find(scene.action.id);
    REQUIRE(action->indicators.size() == 2);
    CHECK(action->indicators.at(0).name == QStringLiteral("Personnes accompagnées"));
    CHECK(action->indicators.at(0).templateId == NoId);

    // A copy of the action loaded before still names the template: saving it drops the stale link.
    Action stale = scene.action;
    stale.title = QStringLiteral("Garage solidaire et auto-école");
    ActionRepository(*scene.db).update(stale);
    CHECK(ActionRepository(*scene.db).find(scene.action.id)->indicators.at(0).templateId == NoId);
}

TEST_CASE("Removing a theme removes its templates and unlinks their indicators", "[storage][templates]")
{
    Scene scene;
    Axis after = scene.axis;
    after.themes.clear();
    AxisRepository(*scene.db).update(after);
    CHECK(rowCount(*scene.db, QStringLiteral("indicator_template")) == 0);
    const auto action = ActionRepository(*scene.db).find(scene.action.id);
    REQUIRE(action->indicators.size() == 2);
    CHECK(action->indicators.at(0).templateId == NoId);
}

TEST_CASE("A version-11 file is migrated to version 12 with all its records kept",
          "[storage][migration][templates][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v11.pacte"));
    QList<Axis> axesBefore;
    QList<Action> actionsBefore;
    QMap<QString, int> countsBefore;
    const QStringList tables{QStringLiteral("edition"), QStringLiteral("axis"),       QStringLiteral("theme"),
                             QStringLiteral("partner"), QStringLiteral("person"),     QStringLiteral("working_group"),
                             QStringLiteral("action"),  QStringLiteral("indicator"),  QStringLiteral("measurement"),
                             QStringLiteral("meeting"), QStringLiteral("provenance"), QStringLiteral("change_log")};
    {
        auto db = createDatabase(path, true);
        // A measurement too, so that the rebuilt indicator table is seen to keep its children.
        Action action;
        for (const auto& candidate : ActionRepository(*db).all()) {
            if (!candidate.indicators.isEmpty() && action.id == NoId)
                action = candidate;
        }
        REQUIRE(action.id != NoId);
        action.indicators.first().measurements.append(
            {NoId, QUuid::createUuid(), QDate(2019, 12, 31), 7.0, std::nullopt, QStringLiteral("bilan")});
        ActionRepository(*db).update(action);
        axesBefore = AxisRepository(*db).all();
        actionsBefore = ActionRepository(*db).all();
        for (const auto& table : tables)
            countsBefore.insert(table, rowCount(*db, table));
    }
    // The demo holds templates; a version-11 file has none, and no link.
    for (auto& axis : axesBefore) {
        for (auto& theme : axis.themes)
            theme.templates.clear();
    }
    for (auto& action : actionsBefore) {
        for (auto& indicator : action.indicators)
            indicator.templateId = NoId;
    }
    {
        const QString name = QStringLiteral("downgrade11");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropIndicatorTemplates(query);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 11")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    SqlQuery version(*db, QStringLiteral("PRAGMA user_version"));
    version.exec();
    REQUIRE(version.next());
    CHECK(version.integer(0) == Database::SchemaVersion);
    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(fileBytes(backups.constFirst().path) == before);
    CHECK(rowCount(*db, QStringLiteral("indicator_template")) == 0);
    for (const auto& table : tables) {
        INFO(table.toStdString());
        // The migration itself is logged.
        CHECK(rowCount(*db, table) == countsBefore.value(table) + (table == QLatin1String("change_log") ? 1 : 0));
    }
    CHECK(AxisRepository(*db).all() == axesBefore);
    CHECK(ActionRepository(*db).all() == actionsBefore);

    // Templates work in the migrated file.
    Axis axis = AxisRepository(*db).all().constFirst();
    REQUIRE_FALSE(axis.themes.isEmpty());
    axis.themes.first().templates = {accompanied()};
    AxisRepository(*db).update(axis);
    CHECK(AxisRepository(*db).find(axis.id)->themes.first().templates.size() == 1);
}

} // namespace pacte_test_storage_indicatortemplate_store_test
