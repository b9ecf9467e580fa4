// Schema version 4 (sheet exports and imports), the backups' configurable rotation, and restore.
#include "common/testutil.h"
#include "storage/backups.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/sheetexports.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_sheetexports_backups_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int scalar(Database& db, const QString& sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

} // namespace

TEST_CASE("A version-3 file gains the sheet tables after a backup", "[storage][migration][sheet]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.pacte"));
    {
        // A version-3 file: the version-1 fixture brought to version 3 by the steps of that time.
        REQUIRE(QFile::copy(testDataPath(QStringLiteral("fixtures/v1.pacte")), path));
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QString name = QStringLiteral("v3-maker");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            schema::migrate(raw, 1, 3);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray v3 = fileBytes(path);
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                     "('sheet_export', 'sheet_import')")) == 2);
    REQUIRE(Backups::list(path).size() == 1);
    CHECK(fileBytes(Backups::list(path).constFirst().path) == v3);

    SheetExportRecord record{NoId,
                             QUuid::createUuid(),
                             QUuid::createUuid(),
                             QStringLiteral("Mobilité"),
                             QDateTime::currentDateTimeUtc(),
                             QStringLiteral("coordinatrice"),
                             QByteArray("{}"),
                             {}};
    SheetExports(*db).recordExport(record);
    SheetExports(*db).recordImport(
        record.exportId, {QDateTime::currentDateTimeUtc(), QStringLiteral("c"), QStringLiteral("fiche.json"), 3});
    const auto found = SheetExports(*db).find(record.exportId);
    REQUIRE(found);
    CHECK(found->groupName == QStringLiteral("Mobilité"));
    CHECK(found->content == QByteArray("{}"));
    REQUIRE(found->imports.size() == 1);
    CHECK(found->imports.constFirst().changeCount == 3);
    CHECK_FALSE(SheetExports(*db).find(QUuid::createUuid()));
}

TEST_CASE("The number of backups kept is the database's own setting", "[storage][backup][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("suivi.pacte"));
    auto db = createDatabase(path);
    CHECK(Backups::keepCount(*db) == Backups::DefaultKeep);
    Backups::setKeepCount(*db, 2);
    CHECK(Backups::keepCount(*db) == 2);
    for (int i = 0; i < 4; ++i)
        Backups::copy(path, QStringLiteral("import"), Backups::keepCount(*db));
    CHECK(Backups::list(path).size() == 2);
    Backups::setKeepCount(*db, 0); // clamped
    CHECK(Backups::keepCount(*db) == Backups::MinKeep);
    Backups::setKeepCount(*db, 30);
    db.reset();
    CHECK(Database::open(path, QStringLiteral("c")) != nullptr);
    auto again = Database::open(path, QStringLiteral("c"), Database::Access::ReadOnly);
    CHECK(Backups::keepCount(*again) == 30);
}

TEST_CASE("Restoring a backup first backs the current file up", "[storage][backup][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("suivi.pacte"));
    createDatabase(path).reset();
    const QString backup = Backups::copy(path, QStringLiteral("import"));
    const QByteArray old = fileBytes(backup);
    {
        auto db = Database::open(path, QStringLiteral("c"));
        Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
        TerritoryRepository(*db).insert(territory);
    }
    const QByteArray current = fileBytes(path);
    REQUIRE(current != old);

    SECTION("restored")
    {
        const QString safety = Backups::restore(path, backup);
        CHECK(fileBytes(path) == old);
        CHECK(fileBytes(safety) == current);
        CHECK(Backups::list(path).constFirst().reason == QStringLiteral("restauration"));
        auto db = Database::open(path, QStringLiteral("c"));
        CHECK(TerritoryRepository(*db).count() == 0);
    }
    SECTION("refused while the file is open")
    {
        auto db = Database::open(path, QStringLiteral("c"));
        CHECK_THROWS_AS(Backups::restore(path, backup), StorageError);
        db.reset();
        CHECK(fileBytes(path) == current);
    }
    SECTION("refused when the backup is not a Pacte file")
    {
        const QString bogus = QDir(Backups::folderFor(path)).filePath(QStringLiteral("suivi-x.pacte"));
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("pas une base");
        file.close();
        CHECK_THROWS_AS(Backups::restore(path, bogus), StorageError);
        CHECK(fileBytes(path) == current);
    }
}

} // namespace pacte_test_storage_sheetexports_backups_test
