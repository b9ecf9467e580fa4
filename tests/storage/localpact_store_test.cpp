// A territory's local pact of an edition in a real file: stored with its members, ranked priorities and
// their links, and yearly reviews, read back and logged; one per territory and edition; removed with its
// territory or edition, unlinked from a deleted group, action, axis or theme; carried by value in the
// frozen snapshot; and the migration of a version-12 file.
#include "common/testutil.h"
#include "storage/backups.h"
#include "storage/cascade.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/localpactstore.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_localpact_store_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int rowCount(Database& db, const QString& table)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("pactes-locaux.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    Edition edition;
    Territory thau{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
    Territory biterrois{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    Axis axis;
    WorkingGroup group;
    Action action;
    Partner caf;

    Scene()
    {
        edition.title = QStringLiteral("PTI 2022-2025");
        edition.startDate = QDate(2022, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        TerritoryRepository(*db).insert(thau);
        TerritoryRepository(*db).insert(biterrois);
        axis.editionId = edition.id;
        axis.number = 1;
        axis.title = QStringLiteral("Lever les freins");
        Theme mobility;
        mobility.name = QStringLiteral("Mobilité");
        axis.themes = {mobility};
        AxisRepository(*db).insert(axis);
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité");
        group.territoryIds = {thau.id};
        WorkingGroupRepository(*db).insert(group);
        action.groupId = group.id;
        action.title = QStringLiteral("Garage solidaire");
        ActionRepository(*db).insert(action);
        caf.name = QStringLiteral("CAF de l'Hérault");
        PartnerRepository(*db).insert(caf);
    }

    LocalPact pact() const
    {
        LocalPact p;
        p.editionId = edition.id;
        p.territoryId = thau.id;
        p.diagnosis = QStringLiteral("Un territoire littoral où l'emploi est saisonnier.");
        p.diagnosisSources = QStringLiteral("INSEE 2021, diagnostic partagé du comité local");
        LocalPriority mobility;
        mobility.title = QStringLiteral("Mobilité des publics éloignés");
        mobility.axisIds = {axis.id};
        mobility.themeIds = {axis.themes.constFirst().id};
        mobility.groupIds = {group.id};
        mobility.actionIds = {action.id};
        LocalPriority housing;
        housing.title = QStringLiteral("Logement des saisonniers");
        p.priorities = {mobility, housing};
        p.memberPartnerIds = {caf.id};
        LocalPactReview review;
        review.year = 2023;
        review.progress = QStringLiteral("Le garage a ouvert.");
        review.difficulties = QStringLiteral("Peu de bénévoles.");
        p.reviews = {review};
        return p;
    }
};

} // namespace

TEST_CASE("A local pact is stored with its children, read back and logged", "[storage][localpact]")
{
    Scene scene;
    LocalPact stored = scene.pact();
    LocalPactRepository(*scene.db).insert(stored);
    REQUIRE(stored.id != NoId);
    REQUIRE(stored.priorities.at(0).id != NoId);
    CHECK(stored.priorities.at(1).rank == 2);
    CHECK(rowCount(*scene.db, QStringLiteral("local_priority")) == 2);
    CHECK(rowCount(*scene.db, QStringLiteral("local_priority_action")) == 1);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact_review")) == 1);

    const auto found = findLocalPact(*scene.db, scene.edition.id, scene.thau.id);
    REQUIRE(found.has_value());
    CHECK(*found == stored);
    CHECK(loadEditionData(*scene.db, scene.edition.id).localPacts == QList<LocalPact>{stored});

    // Reordered: the ranks follow the list, the rows keep their ids.
    LocalPact changed = stored;
    std::swap(changed.priorities[0], changed.priorities[1]);
    LocalPactRepository(*scene.db).update(changed);
    const auto reread = *LocalPactRepository(*scene.db).find(stored.id);
    CHECK(reread.priorities.at(0).title == QStringLiteral("Logement des saisonniers"));
    CHECK(reread.priorities.at(0).rank == 1);
    CHECK(reread.priorities.at(1).id == stored.priorities.at(0).id);
    CHECK(reread.priorities.at(1).actionIds == QList<Id>{scene.action.id});

    const QList<ChangeEntry> history = ChangeLog(*scene.db).forEntity(stored.uuid);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.constFirst().entity == QStringLiteral("local_pact"));
    bool rankLogged = false;
    for (const auto& entry : history) {
        if (entry.field == QStringLiteral("priorities[Logement des saisonniers].rank") &&
            entry.newValue == QStringLiteral("1"))
            rankLogged = true;
    }
    CHECK(rankLogged);
}

TEST_CASE("One local pact per territory and edition, and no priority without a title", "[storage][localpact]")
{
    Scene scene;
    LocalPact first = scene.pact();
    LocalPactRepository(*scene.db).insert(first);
    LocalPact again = scene.pact();
    CHECK_THROWS_AS(LocalPactRepository(*scene.db).insert(again), ValidationError);
    LocalPact untitled = scene.pact();
    untitled.territoryId = scene.biterrois.id;
    untitled.priorities[1].title = QStringLiteral("  ");
    CHECK_THROWS_AS(LocalPactRepository(*scene.db).insert(untitled), ValidationError);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact")) == 1);
}

TEST_CASE("Deleting a group, an action, an axis unlinks the priorities, a territory takes its pacts along",
          "[storage][localpact]")
{
    Scene scene;
    LocalPact stored = scene.pact();
    LocalPactRepository(*scene.db).insert(stored);

    ActionRepository(*scene.db).remove(scene.action.id);
    WorkingGroupRepository(*scene.db).remove(scene.group.id);
    auto pact = *findLocalPact(*scene.db, scene.edition.id, scene.thau.id);
    CHECK(pact.priorities.at(0).actionIds.isEmpty());
    CHECK(pact.priorities.at(0).groupIds.isEmpty());
    CHECK(pact.priorities.at(0).axisIds == QList<Id>{scene.axis.id});
    AxisRepository(*scene.db).remove(scene.axis.id);
    pact = *findLocalPact(*scene.db, scene.edition.id, scene.thau.id);
    CHECK(pact.priorities.at(0).axisIds.isEmpty());
    CHECK(pact.priorities.at(0).themeIds.isEmpty());
    CHECK(pact.priorities.size() == 2);

    const DeletionImpact impact = captureDeletion(*scene.db, Entity::Territory, scene.thau.id);
    CHECK(impact.deletedCounts().value(QStringLiteral("local_pact")) == 1);
    CHECK(impact.deletedCounts().value(QStringLiteral("local_priority")) == 2);
    CHECK(impact.deletedCounts().value(QStringLiteral("local_pact_review")) == 1);
    TerritoryRepository(*scene.db).remove(scene.thau.id);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("local_priority")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact_partner")) == 0);
    restoreDeletion(*scene.db, impact);
    CHECK(findLocalPact(*scene.db, scene.edition.id, scene.thau.id) == pact);

    EditionRepository(*scene.db).remove(scene.edition.id);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("local_pact_review")) == 0);
}

TEST_CASE("The frozen snapshot carries each territory's priorities and that year's review",
          "[storage][localpact][freeze]")
{
    const FixedClock clock(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC));
    Scene scene;
    LocalPact stored = scene.pact();
    LocalPactRepository(*scene.db).insert(stored);
    freezeYear(*scene.db, scene.edition.id, 2023, EvaluationKind::Intermediate);
    const auto frozen = frozenSnapshot(*scene.db, scene.edition.id, 2023);
    REQUIRE(frozen.has_value());
    REQUIRE(frozen->localPacts.size() == 1);
    const auto& state = frozen->localPacts.constFirst();
    CHECK(state.territory == QStringLiteral("Étang de Thau"));
    CHECK(state.priorities ==
          QStringList{QStringLiteral("Mobilité des publics éloignés"), QStringLiteral("Logement des saisonniers")});
    CHECK(state.reviewed);
    CHECK(state.progress == QStringLiteral("Le garage a ouvert."));

    // By value: what is changed or deleted afterwards does not reach it.
    TerritoryRepository(*scene.db).remove(scene.thau.id);
    const auto reread = frozenSnapshot(*scene.db, scene.edition.id, 2023);
    REQUIRE(reread.has_value());
    CHECK(reread->localPacts == frozen->localPacts);
}

TEST_CASE("A version-12 file is migrated to version 13 with no local pact", "[storage][migration][localpact][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v12.pacte"));
    {
        auto db = createDatabase(path, true);
    }
    {
        const QString name = QStringLiteral("downgrade12");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropFormat13(query);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 12")));
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
    CHECK(rowCount(*db, QStringLiteral("local_pact")) == 0);
    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(fileBytes(backups.constFirst().path) == before);

    LocalPact entered;
    entered.editionId = EditionRepository(*db).all().constFirst().id;
    entered.territoryId = TerritoryRepository(*db).all().constFirst().id;
    entered.diagnosis = QStringLiteral("Diagnostic partagé.");
    LocalPactRepository(*db).insert(entered);
    CHECK(findLocalPact(*db, entered.editionId, entered.territoryId)->diagnosis == entered.diagnosis);
}

} // namespace pacte_test_storage_localpact_store_test
