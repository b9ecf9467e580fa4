// A working group's yearly evaluation in a real file: stored and read back, one per group and year,
// in the change log, removed with its group (and put back by undoing that), frozen with its year, and
// the migration of a version-10 file.
#include "common/testutil.h"
#include "storage/backups.h"
#include "storage/cascade.h"
#include "storage/changelog.h"
#include "storage/evaluationstore.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_groupevaluation_store_test {

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
    QString path = dir.path(QStringLiteral("groupes.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    Edition edition;
    WorkingGroup group;

    Scene()
    {
        edition.title = QStringLiteral("PTI 2022-2025");
        edition.startDate = QDate(2022, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        Territory thau{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
        TerritoryRepository(*db).insert(thau);
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité");
        group.territoryIds = {thau.id};
        WorkingGroupRepository(*db).insert(group);
    }

    GroupEvaluation evaluation(int year) const
    {
        GroupEvaluation e;
        e.groupId = group.id;
        e.year = year;
        e.effects = QStringLiteral("Douze personnes ont repris un emploi grâce au prêt de véhicules.");
        e.coherence = QStringLiteral("Articulée avec le PDI.");
        e.partnershipQuality = PartnershipQuality::Satisfactory;
        e.partnershipComment = QStringLiteral("La CAF a rejoint le groupe.");
        e.difficulties = QStringLiteral("Peu de garages solidaires.");
        e.adjustments = QStringLiteral("Associer les EPCI.");
        return e;
    }
};

} // namespace

TEST_CASE("A group evaluation is stored, read back and logged", "[storage][groupevaluation]")
{
    Scene scene;
    GroupEvaluation stored = scene.evaluation(2023);
    GroupEvaluationRepository(*scene.db).insert(stored);
    REQUIRE(stored.id != NoId);
    REQUIRE_FALSE(stored.uuid.isNull());

    const auto found = findGroupEvaluation(*scene.db, scene.group.id, 2023);
    REQUIRE(found.has_value());
    CHECK(*found == stored);
    CHECK_FALSE(findGroupEvaluation(*scene.db, scene.group.id, 2024).has_value());
    CHECK(groupEvaluationsOfEdition(*scene.db, scene.edition.id) == QList<GroupEvaluation>{stored});

    GroupEvaluation changed = stored;
    changed.partnershipQuality = PartnershipQuality::VerySatisfactory;
    changed.difficulties.clear();
    GroupEvaluationRepository(*scene.db).update(changed);
    CHECK(*GroupEvaluationRepository(*scene.db).find(stored.id) == changed);

    const QList<ChangeEntry> history = ChangeLog(*scene.db).forEntity(stored.uuid);
    REQUIRE(history.size() >= 3);
    CHECK(history.constFirst().entity == QStringLiteral("group_evaluation"));
    bool qualityLogged = false;
    for (const auto& entry : history) {
        if (entry.field == QStringLiteral("partnershipQuality")) {
            CHECK(entry.oldValue == QStringLiteral("satisfaisante"));
            CHECK(entry.newValue == QStringLiteral("tres_satisfaisante"));
            qualityLogged = true;
        }
    }
    CHECK(qualityLogged);
}

TEST_CASE("One evaluation per group and year, and a group's deletion takes its evaluations along",
          "[storage][groupevaluation]")
{
    Scene scene;
    GroupEvaluation first = scene.evaluation(2023);
    GroupEvaluationRepository(*scene.db).insert(first);
    GroupEvaluation again = scene.evaluation(2023);
    CHECK_THROWS_AS(GroupEvaluationRepository(*scene.db).insert(again), ValidationError);
    GroupEvaluation invalid = scene.evaluation(1789);
    CHECK_THROWS_AS(GroupEvaluationRepository(*scene.db).insert(invalid), ValidationError);
    CHECK(rowCount(*scene.db, QStringLiteral("group_evaluation")) == 1);

    const DeletionImpact impact = captureDeletion(*scene.db, Entity::WorkingGroup, scene.group.id);
    CHECK(impact.deletedCounts().value(QStringLiteral("group_evaluation")) == 1);
    WorkingGroupRepository(*scene.db).remove(scene.group.id);
    CHECK(rowCount(*scene.db, QStringLiteral("group_evaluation")) == 0);
    restoreDeletion(*scene.db, impact);
    CHECK(findGroupEvaluation(*scene.db, scene.group.id, 2023) == first);
}

TEST_CASE("A group evaluation is frozen with the edition's evaluation of its year", "[storage][groupevaluation]")
{
    const FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    Scene scene;
    CHECK_FALSE(isGroupEvaluationFrozen(*scene.db, scene.group.id, 2023));
    freezeYear(*scene.db, scene.edition.id, 2023, EvaluationKind::Intermediate);
    CHECK(isYearFrozen(*scene.db, scene.edition.id, 2023));
    CHECK(isGroupEvaluationFrozen(*scene.db, scene.group.id, 2023));
    CHECK_FALSE(isGroupEvaluationFrozen(*scene.db, scene.group.id, 2024));
    CHECK_FALSE(isGroupEvaluationFrozen(*scene.db, 9999, 2023));
}

TEST_CASE("A version-10 file is migrated to version 11 with no group evaluation",
          "[storage][migration][groupevaluation][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v10.pacte"));
    Id groupId = NoId;
    {
        auto db = createDatabase(path, true);
        groupId = WorkingGroupRepository(*db).all().constFirst().id;
    }
    {
        const QString name = QStringLiteral("downgrade10");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropIndicatorTemplates(query);
            for (const char* statement : {"DROP TRIGGER group_evaluation_provenance", "DROP TABLE group_evaluation",
                                          "PRAGMA user_version = 10"}) {
                INFO(statement);
                REQUIRE(query.exec(QString::fromLatin1(statement)));
            }
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
    CHECK(rowCount(*db, QStringLiteral("group_evaluation")) == 0);
    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.constFirst().reason == QStringLiteral("migration"));
    CHECK(fileBytes(backups.constFirst().path) == before);

    GroupEvaluation entered;
    entered.groupId = groupId;
    entered.year = 2023;
    entered.partnershipQuality = PartnershipQuality::ToImprove;
    GroupEvaluationRepository(*db).insert(entered);
    CHECK(findGroupEvaluation(*db, groupId, 2023)->partnershipQuality == PartnershipQuality::ToImprove);
}

} // namespace pacte_test_storage_groupevaluation_store_test
