// Funding lines (issue 20) stored with their action in a real SQLite file: exact cents, unknown amounts
// kept NULL (never 0), the change log, what deleting the action or the funding partner does, the refusal
// of a year outside the edition, and the migration of a format-12 file.
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_funding_store_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QVariant scalarValue(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.value(0) : QVariant();
}

int count(Database& db, const QString& table)
{
    return scalarValue(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
}

struct Scene
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("financements.pacte")));
    Edition edition;
    Territory territory{NoId, {}, QStringLiteral("Lodévois"), {}, {}, {}};
    Partner caf;
    WorkingGroup group;
    Action action;

    Scene()
    {
        edition.title = QStringLiteral("PTI 2024-2025");
        edition.startDate = QDate(2024, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        TerritoryRepository(*db).insert(territory);
        caf.name = QStringLiteral("CAF de l'Hérault");
        caf.category = PartnerCategory::Caf;
        PartnerRepository(*db).insert(caf);
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité");
        group.territoryIds = {territory.id};
        WorkingGroupRepository(*db).insert(group);
        action.groupId = group.id;
        action.title = QStringLiteral("Plateforme mobilité");
        FundingLine esf;
        esf.fund = Fund::EsfPlus;
        esf.scheme = QStringLiteral("FSE+ — appel à projets 2024");
        esf.reference = QStringLiteral("202400123");
        esf.rate = 60;
        esf.amounts = {{2025, 5000050, std::nullopt, std::nullopt}, {2024, 1234567, 1000000, 0}};
        esf.notes = QStringLiteral("Convention signée en mars");
        FundingLine cafLine;
        cafLine.partnerId = caf.id;
        cafLine.amounts = {{2024, 2000000, 2000000, std::nullopt}};
        action.fundings = {esf, cafLine};
        ActionRepository(*db).insert(action);
    }
};

} // namespace

TEST_CASE("Funding lines are stored with their action in exact cents, unknown kept apart from zero",
          "[storage][funding]")
{
    Scene scene;
    CHECK(count(*scene.db, QStringLiteral("action_funding")) == 2);
    CHECK(count(*scene.db, QStringLiteral("action_funding_amount")) == 3);
    // Years in order; a paid amount of zero is 0, an unknown one NULL.
    CHECK(scalarValue(*scene.db, QStringLiteral("SELECT planned FROM action_funding_amount WHERE year = 2024 AND "
                                                "planned = 1234567"))
              .toLongLong() == 1234567);
    CHECK(scalarValue(*scene.db, QStringLiteral("SELECT COUNT(*) FROM action_funding_amount WHERE paid = 0")).toInt() ==
          1);
    CHECK(scalarValue(*scene.db, QStringLiteral("SELECT COUNT(*) FROM action_funding_amount WHERE paid IS NULL"))
              .toInt() == 2);
    CHECK(scalarValue(*scene.db, QStringLiteral("SELECT fund FROM action_funding WHERE position = 0")).toString() ==
          QStringLiteral("fse_plus"));

    const Action read = ActionRepository(*scene.db).find(scene.action.id).value();
    REQUIRE(read.fundings.size() == 2);
    CHECK(read.fundings.at(0).amounts.at(0).year == 2024); // sorted by year
    CHECK(read.fundings.at(0).amounts.at(0).paid == Cents(0));
    CHECK_FALSE(read.fundings.at(0).amounts.at(1).committed.has_value());
    CHECK(read.fundings.at(0).rate == 60.0);
    CHECK(read.fundings.at(1).partnerId == scene.caf.id);
    CHECK(read == scene.action);
}

TEST_CASE("Changing a funding line is logged field by field", "[storage][funding]")
{
    Scene scene;
    Action changed = scene.action;
    changed.fundings[0].amounts[1].committed = 4000000; // 2025
    changed.fundings.removeAt(1);
    ActionRepository(*scene.db).update(changed);
    CHECK(count(*scene.db, QStringLiteral("action_funding")) == 1);
    CHECK(count(*scene.db, QStringLiteral("action_funding_amount")) == 2);
    QStringList fields;
    QString amount2025;
    for (const auto& entry : ChangeLog(*scene.db).forEntity(scene.action.uuid)) {
        fields << entry.field;
        if (entry.field == QStringLiteral("fundings[1].amounts[2025]"))
            amount2025 = entry.oldValue + QStringLiteral(" -> ") + entry.newValue;
    }
    CHECK(amount2025 == QStringLiteral("50000.50 / ? / ? -> 50000.50 / 40000 / ?"));
    CHECK(fields.contains(QStringLiteral("fundings[2].funder")));
    CHECK(fields.contains(QStringLiteral("fundings")));
}

TEST_CASE("A funding year outside the edition is refused and nothing is written", "[storage][funding]")
{
    Scene scene;
    Action changed = scene.action;
    changed.title = QStringLiteral("Titre changé");
    changed.fundings[1].amounts.append({2027, 100, std::nullopt, std::nullopt});
    try {
        ActionRepository(*scene.db).update(changed);
        FAIL("a year outside the edition was accepted");
    } catch (const ValidationError& error) {
        CHECK(error.message().contains(QStringLiteral("2027")));
    }
    CHECK(ActionRepository(*scene.db).find(scene.action.id).value() == scene.action);
    CHECK(count(*scene.db, QStringLiteral("action_funding_amount")) == 3);
}

TEST_CASE("Deleting an action removes its funding lines, deleting the funding partner clears the funder",
          "[storage][funding]")
{
    Scene scene;
    SECTION("the partner")
    {
        PartnerRepository(*scene.db).remove(scene.caf.id);
        const Action read = ActionRepository(*scene.db).find(scene.action.id).value();
        REQUIRE(read.fundings.size() == 2);
        CHECK(read.fundings.at(1).partnerId == NoId);
        CHECK(read.fundings.at(1).amounts == scene.action.fundings.at(1).amounts); // the money stays
    }
    SECTION("the action")
    {
        ActionRepository(*scene.db).remove(scene.action.id);
        CHECK(count(*scene.db, QStringLiteral("action_funding")) == 0);
        CHECK(count(*scene.db, QStringLiteral("action_funding_amount")) == 0);
    }
}

TEST_CASE("A format-12 file is migrated to format 13 with empty funding tables", "[storage][funding][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v12.pacte"));
    Id actionId = NoId;
    {
        auto db = createDatabase(path, true);
        const Id edition2017 = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"))->id;
        for (const auto& action : ActionRepository(*db).all()) {
            if (actionId == NoId && WorkingGroupRepository(*db).find(action.groupId)->editionId == edition2017)
                actionId = action.id;
        }
        REQUIRE(actionId != NoId);
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
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalarValue(*db, QStringLiteral("PRAGMA user_version")).toInt() == Database::SchemaVersion);
    CHECK(count(*db, QStringLiteral("action_funding")) == 0);
    Action action = ActionRepository(*db).find(actionId).value();
    CHECK(action.fundings.isEmpty());
    FundingLine line;
    line.fund = Fund::State;
    line.amounts = {{2019, 100, std::nullopt, std::nullopt}};
    action.fundings = {line};
    ActionRepository(*db).update(action);
    CHECK(count(*db, QStringLiteral("action_funding_amount")) == 1);
}

} // namespace pacte_test_storage_funding_store_test
