// Opening a version-1 file (tests/data/fixtures/v1.pacte, built from v1.sql) migrates it to the current
// schema after a backup copy, in one transaction, and logs the migration.
#include "common/testutil.h"
#include "domain/rules.h"
#include "storage/backups.h"
#include "storage/changelog.h"
#include "storage/databaselock.h"
#include "storage/fileinspector.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_migration_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QUuid fixtureDatabaseUuid(QStringLiteral("0b7c1f2e-5a43-4d1e-9c7a-3f1d2e4b5a60"));
const QUuid fixtureActionUuid(QStringLiteral("f6a7b8c9-4d5e-4f6a-9b1c-3d4e5f6a7b8c"));

QString copyFixture(const TempDir& dir)
{
    const QString target = dir.path(QStringLiteral("ancien.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("fixtures/v1.pacte")), target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    return target;
}

int scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("The version-1 fixture is a version-1 Pacte file", "[storage][migration]")
{
    const auto inspection =
        inspectDatabaseFile(testDataPath(QStringLiteral("fixtures/v1.pacte")), Database::SchemaVersion);
    CHECK(inspection.acceptable);
    CHECK(inspection.userVersion == 1);
    REQUIRE(Database::SchemaVersion >= 2);
}

TEST_CASE("A version-1 file is migrated after a byte-identical backup", "[storage][migration]")
{
    TempDir dir;
    const QString path = copyFixture(dir);
    const QByteArray original = fileBytes(testDataPath(QStringLiteral("fixtures/v1.pacte")));

    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK_FALSE(db->isReadOnly());
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")) == static_cast<int>(PacteApplicationId));
    CHECK(db->databaseUuid() == fixtureDatabaseUuid);
    CHECK(db->changeSource() == ChangeSource::Editor); // back to normal once migrated

    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("migration"));
    CHECK(backups.first().createdAt.isValid());
    CHECK(QFileInfo(backups.first().path) == QFileInfo(db->migrationBackupPath()));
    CHECK(fileBytes(backups.first().path) == original);
    CHECK(QFileInfo(backups.first().path).absolutePath() == QFileInfo(Backups::folderFor(path)).absoluteFilePath());

    SECTION("the rows are readable through the repositories")
    {
        const auto editions = EditionRepository(*db).all();
        REQUIRE(editions.size() == 1);
        CHECK(editions.first().title == QStringLiteral("PTI 2017-2021"));
        CHECK(editions.first().endDate == QDate(2021, 12, 31));
        const auto territories = TerritoryRepository(*db).all();
        REQUIRE(territories.size() == 1);
        CHECK(territories.first().name == QStringLiteral("Étang de Thau"));
        const auto partner = PartnerRepository(*db).find(1);
        REQUIRE(partner.has_value());
        CHECK(partner->acronym == QStringLiteral("CD"));
        CHECK(partner->category == PartnerCategory::Departement);
        CHECK(partner->territoryIds == QList<Id>{1});
        const auto group = WorkingGroupRepository(*db).find(1);
        REQUIRE(group.has_value());
        CHECK(group->name == QStringLiteral("Mobilité des publics en insertion"));
        CHECK(group->pilotPartnerId == 1);
        CHECK(group->territoryIds == QList<Id>{1});
        const auto action = ActionRepository(*db).findByUuid(fixtureActionUuid);
        REQUIRE(action.has_value());
        CHECK(action->title == QStringLiteral("Réseau Digi'Thau"));
        CHECK(action->status == ActionStatus::Running);
        CHECK(action->experimentation);
        CHECK(action->startDate == QDate(2019, 3, 1));
        CHECK_FALSE(action->endDate.isValid());
    }
    SECTION("the change log keeps the old rows and records the migration")
    {
        const auto history = ChangeLog(*db).forEntity(fixtureActionUuid);
        REQUIRE(history.size() == 1);
        CHECK(history.first().userName == QStringLiteral("coordinatrice"));
        CHECK(history.first().source == QStringLiteral("editor")); // the new column's default
        CHECK(scalar(*db,
                     QStringLiteral("SELECT COUNT(*) FROM change_log WHERE operation = 'migration' AND source = "
                                    "'migration' AND old_value = '1' AND new_value = ?"),
                     {QString::number(Database::SchemaVersion)}) == 1);
        const auto recent = ChangeLog(*db).recent(1);
        REQUIRE(recent.size() == 1);
        CHECK(recent.first().operation == QStringLiteral("migration"));
        CHECK(recent.first().userName == QStringLiteral("coordinatrice"));
    }
    SECTION("the version-2 tables exist and accept writes")
    {
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                         "'evaluation'")) == 1);
        // Version 3: assessments per axis and frozen snapshots.
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                         "('evaluation_snapshot', 'evaluation_axis_assessment')")) == 2);
        Evaluation evaluation{NoId, {}, 1, 2021, EvaluationKind::Final, QDate(2022, 5, 19), {}, {}, {}, {}};
        EvaluationRepository(*db).insert(evaluation);
        CHECK(EvaluationRepository(*db).find(evaluation.id) == evaluation);
        CHECK(ChangeLog(*db).forEntity(evaluation.uuid).first().source == QStringLiteral("editor"));
    }
    SECTION("version 5: an action continues none, and no edition was made by a renewal")
    {
        CHECK(ActionRepository(*db).findByUuid(fixtureActionUuid)->continuesId == NoId);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM action WHERE continues_id IS NOT NULL")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM renewal")) == 0);
        Action next = *ActionRepository(*db).findByUuid(fixtureActionUuid);
        const Id earlier = next.id;
        next.id = NoId;
        next.uuid = QUuid();
        next.continuesId = earlier;
        ActionRepository(*db).insert(next);
        CHECK(ActionRepository(*db).find(next.id)->continuesId == earlier);
        // Deleting the earlier action leaves the later one, without its link.
        ActionRepository(*db).remove(earlier);
        CHECK(ActionRepository(*db).find(next.id)->continuesId == NoId);
    }
    SECTION("version 6: an edition declares no figure until the coordinator records one")
    {
        auto edition = EditionRepository(*db).all().constFirst();
        CHECK_FALSE(edition.declaredSignatories);
        edition.declaredSignatories = DeclaredCount{31, QStringLiteral("Signé par 31 partenaires."), {}};
        EditionRepository(*db).update(edition);
        CHECK(EditionRepository(*db).find(edition.id) == edition);
    }
    SECTION("reopening does not migrate again")
    {
        db.reset();
        auto again = Database::open(path, QStringLiteral("coordinatrice"));
        CHECK(Backups::list(path).size() == 1);
        CHECK(scalar(*again, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE operation = 'migration'")) == 1);
    }
}

TEST_CASE("A version-5 file is migrated to version 6, its records kept", "[storage][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v5.pacte"));
    Edition edition;
    {
        auto db = createDatabase(path);
        edition.title = QStringLiteral("PTI 2022-2025");
        edition.startDate = QDate(2022, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
    }
    // Back to the version-5 format: what version 6 added taken out again.
    {
        const QString name = QStringLiteral("downgrade");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropProvenance(query);
            for (const char* statement :
                 {"ALTER TABLE edition DROP COLUMN declared_signatories",
                  "ALTER TABLE edition DROP COLUMN declared_signatories_quote",
                  "ALTER TABLE edition DROP COLUMN declared_signatories_source", "DROP TABLE partner_name",
                  "DROP TABLE meeting_territory", "ALTER TABLE meeting DROP COLUMN pti_presented",
                  "DROP TABLE edition_rule", "ALTER TABLE evaluation DROP COLUMN as_of", "PRAGMA user_version = 5"}) {
                INFO(statement);
                REQUIRE(query.exec(QString::fromLatin1(statement)));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(inspectDatabaseFile(path, Database::SchemaVersion).userVersion == 5);

    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    CHECK(Backups::list(path).size() == 1);
    // Version 7 gives the edition the rules as Pacte applied them to every edition until then.
    edition.rules = rules::defaultSettings();
    CHECK(EditionRepository(*db).find(edition.id) == edition);
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT COUNT(*) FROM change_log WHERE operation = 'migration' AND old_value = '5'")) == 1);
}

TEST_CASE("A version-6 file is migrated to version 7: each edition keeps the rules it was checked by",
          "[storage][migration][rules][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v6.pacte"));
    QList<Edition> editions;
    {
        auto db = createDatabase(path);
        for (const auto& [title, start, end] :
             {std::tuple{"PTI 2017-2021", 2017, 2021}, std::tuple{"PTI 2022-2025", 2022, 2025}}) {
            Edition edition;
            edition.title = QString::fromLatin1(title);
            edition.startDate = QDate(start, 1, 1);
            edition.endDate = QDate(end, 12, 31);
            EditionRepository(*db).insert(edition);
            editions.append(edition);
        }
    }
    {
        const QString name = QStringLiteral("downgrade6");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropProvenance(query);
            REQUIRE(query.exec(QStringLiteral("DROP TABLE edition_rule")));
            REQUIRE(query.exec(QStringLiteral("ALTER TABLE evaluation DROP COLUMN as_of")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 6")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(inspectDatabaseFile(path, Database::SchemaVersion).userVersion == 6);

    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM edition_rule")) == 2 * rules::allRuleIds().size());
    for (const auto& edition : editions) {
        const auto found = EditionRepository(*db).find(edition.id);
        REQUIRE(found.has_value());
        // Nothing changes silently: every rule on, with the severity it had, for every edition.
        CHECK(found->rules == rules::defaultSettings());
    }
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT COUNT(*) FROM change_log WHERE operation = 'migration' AND old_value = '6'")) == 1);
}

TEST_CASE("A version-1 file that cannot be written is refused and left unchanged", "[storage][migration]")
{
    TempDir dir;
    const QString path = copyFixture(dir);
    const QByteArray original = fileBytes(path);

    SECTION("opened read-only")
    {
        try {
            Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
            FAIL("a version-1 file was opened read-only");
        } catch (const StorageError& error) {
            CHECK(error.message().contains(QStringLiteral("ancien.pacte")));
        }
    }
    SECTION("held by another instance")
    {
        DatabaseLock other(QFileInfo(path).absoluteFilePath());
        REQUIRE(other.tryLock(QStringLiteral("collègue")) == DatabaseLock::Outcome::Locked);
        CHECK_THROWS_AS(Database::open(path, QStringLiteral("testeur")), StorageError);
        other.unlock();
    }
    CHECK(fileBytes(path) == original);
    CHECK(Backups::list(path).isEmpty());
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("ancien.pacte")});
}

TEST_CASE("A version-8 file is migrated to version 9: measurements keep their values, which may then be unknown",
          "[storage][migration][unknown][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.pacte"));
    {
        // The demo has indicators but no measurement: three values, a zero among them.
        auto db = createDatabase(path, true);
        int added = 0;
        for (Action action : ActionRepository(*db).all()) {
            if (action.indicators.isEmpty() || added > 0)
                continue;
            for (double value : {12.5, 0.0, -3.0})
                action.indicators.first().measurements.append(
                    {NoId, QUuid::createUuid(), QDate(2020 + added++, 12, 31), value, std::nullopt, {}});
            ActionRepository(*db).update(action);
        }
        REQUIRE(added == 3);
    }
    // Back to the version-8 format: the measurement's value NOT NULL again.
    QList<QVariantList> rowsBefore;
    {
        const QString name = QStringLiteral("downgrade8");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropProvenance(query);
            for (const char* statement :
                 {"CREATE TABLE measurement_v8 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, indicator_id "
                  "INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE, measured_on TEXT NOT NULL, value REAL "
                  "NOT NULL, target REAL, comment TEXT NOT NULL DEFAULT '')",
                  "INSERT INTO measurement_v8 SELECT * FROM measurement", "DROP TABLE measurement",
                  "ALTER TABLE measurement_v8 RENAME TO measurement",
                  "CREATE INDEX measurement_indicator ON measurement(indicator_id)", "PRAGMA user_version = 8"}) {
                INFO(statement);
                REQUIRE(query.exec(QString::fromLatin1(statement)));
            }
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM measurement ORDER BY id")));
            while (query.next()) {
                QVariantList row;
                for (int c = 0; c < 7; ++c)
                    row << query.value(c);
                rowsBefore << row;
            }
            // Version 8 refuses an unknown value.
            CHECK_FALSE(query.exec(QStringLiteral("UPDATE measurement SET value = NULL")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(rowsBefore.size() == 3);
    CHECK(rowsBefore.at(1).at(4).toDouble() == 0.0);
    REQUIRE(inspectDatabaseFile(path, Database::SchemaVersion).userVersion == 8);

    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    QList<QVariantList> rowsAfter;
    SqlQuery query(*db, QStringLiteral("SELECT * FROM measurement ORDER BY id"));
    query.exec();
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < 7; ++c)
            row << query.value(c);
        rowsAfter << row;
    }
    CHECK(rowsAfter == rowsBefore);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM measurement WHERE value IS NULL")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'measurement_indicator'")) == 1);

    // A value stored as unknown is NULL, read back unknown; a zero stays a zero.
    const QUuid actionUuid = QUuid::fromString([&] {
        SqlQuery first(*db, QStringLiteral("SELECT a.uuid FROM action a JOIN indicator i ON i.action_id = a.id "
                                           "JOIN measurement m ON m.indicator_id = i.id ORDER BY a.id LIMIT 1"));
        first.exec();
        REQUIRE(first.next());
        return first.text(0);
    }());
    Action action = ActionRepository(*db).findByUuid(actionUuid).value();
    Indicator* measured = nullptr;
    for (auto& indicator : action.indicators) {
        if (!measured && indicator.measurements.size() >= 1)
            measured = &indicator;
    }
    REQUIRE(measured != nullptr);
    measured->measurements.first().value = std::nullopt;
    const QUuid zero = QUuid::createUuid();
    measured->measurements.append({NoId, zero, QDate(2030, 1, 1), 0.0, std::nullopt, {}});
    ActionRepository(*db).update(action);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM measurement WHERE value IS NULL")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM measurement WHERE uuid = ? AND value = 0"),
                 {dbUuid(zero)}) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM measurement WHERE uuid = ? AND value IS NULL"),
                 {dbUuid(measured->measurements.first().uuid)}) == 1);
    const Action read = ActionRepository(*db).findByUuid(actionUuid).value();
    CHECK(read == action);
}

} // namespace pacte_test_storage_migration_test
