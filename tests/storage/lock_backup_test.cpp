// One writer per file (a QLockFile beside it, stale locks taken over), creating over an existing
// file refused, and the automatic backups keeping only the newest copies.
#include "common/testutil.h"
#include "storage/backups.h"
#include "storage/databaselock.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSysInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_lock_backup_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A second open while the file is held is read-only and names the holder", "[storage][lock][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("partage.pacte"));
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);
    FixedClock clock(now);
    auto first = createDatabase(path); // held by "testeur"
    CHECK_FALSE(first->isReadOnly());
    CHECK(QFileInfo::exists(DatabaseLock::lockPath(QFileInfo(path).absoluteFilePath())));

    auto second = Database::open(path, QStringLiteral("collègue"));
    CHECK(second->isReadOnly());
    CHECK(second->isLockedByOther());
    const LockHolder& holder = second->lockHolder();
    CHECK(holder.userName == QStringLiteral("testeur"));
    CHECK(holder.hostName == QSysInfo::machineHostName());
    CHECK(holder.pid == QCoreApplication::applicationPid());
    REQUIRE(holder.since.isValid());
    CHECK(holder.since == now);

    // The reader sees what the writer commits, but cannot write.
    Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    TerritoryRepository(*first).insert(territory);
    CHECK(TerritoryRepository(*second).find(territory.id) == territory);
    Territory attempt{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
    CHECK_THROWS_AS(TerritoryRepository(*second).insert(attempt), StorageError);
    territory.notes = QStringLiteral("modifié par la lectrice");
    CHECK_THROWS_AS(TerritoryRepository(*second).update(territory), StorageError);
    CHECK_THROWS_AS(TerritoryRepository(*second).remove(territory.id), StorageError);

    // Closing the reader leaves the writer's lock in place.
    second.reset();
    CHECK(Database::open(path, QStringLiteral("collègue"))->isLockedByOther());

    // Once the writer has closed it, the file opens for writing again.
    first.reset();
    CHECK_FALSE(QFileInfo::exists(DatabaseLock::lockPath(QFileInfo(path).absoluteFilePath())));
    auto third = Database::open(path, QStringLiteral("collègue"));
    CHECK_FALSE(third->isReadOnly());
    CHECK_FALSE(third->isLockedByOther());
    Territory allowed{NoId, {}, QStringLiteral("Petite Camargue"), {}, {}, {}};
    CHECK_NOTHROW(TerritoryRepository(*third).insert(allowed));
    CHECK(Database::open(path, QStringLiteral("testeur"))->lockHolder().userName == QStringLiteral("collègue"));
}

TEST_CASE("A stale lock left by a process that is gone is taken over", "[storage][lock][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.pacte"));
    createDatabase(path).reset();
    const QString lockPath = DatabaseLock::lockPath(QFileInfo(path).absoluteFilePath());
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("999999\npacte\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    {
        QFile owner(lockPath + QStringLiteral(".owner"));
        REQUIRE(owner.open(QIODevice::WriteOnly));
        owner.write(R"({"user":"disparue","host":"ailleurs","pid":999999,"since":"2024-01-01T00:00:00Z"})");
    }

    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK_FALSE(db->isReadOnly());
    CHECK_FALSE(db->isLockedByOther());
    Territory territory{NoId, {}, QStringLiteral("Montpelliérain"), {}, {}, {}};
    CHECK_NOTHROW(TerritoryRepository(*db).insert(territory));
    // Another instance now sees the new holder, not the crashed one.
    auto other = Database::open(path, QStringLiteral("collègue"));
    CHECK(other->isLockedByOther());
    CHECK(other->lockHolder().userName == QStringLiteral("testeur"));
}

TEST_CASE("Database::create refuses an existing path and leaves it unchanged", "[storage][lock][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("existant.pacte"));

    SECTION("an existing database")
    {
        createDatabase(path, true).reset();
    }
    SECTION("any other file")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("notes de réunion");
    }
    const QByteArray before = fileBytes(path);
    try {
        Database::create(path, QStringLiteral("testeur"));
        FAIL("an existing file was overwritten");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("existant.pacte")));
    }
    CHECK(fileBytes(path) == before);
    CHECK(QDir(dir.path(QStringLiteral("."))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("existant.pacte")});
}

TEST_CASE("Database::create makes a new file with its own identity", "[storage][lock]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sous-dossier/nouveau.pacte"));
    auto db = Database::create(path, QStringLiteral("testeur"));
    CHECK(QFileInfo::exists(path));
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("nouveau.pacte"), QStringLiteral("nouveau.pacte.lock"),
                      QStringLiteral("nouveau.pacte.lock.owner")});
    CHECK_FALSE(db->databaseUuid().isNull());
    CHECK(db->userName() == QStringLiteral("testeur"));
    auto other = Database::create(dir.path(QStringLiteral("autre.pacte")), QStringLiteral("testeur"));
    CHECK(other->databaseUuid() != db->databaseUuid());
}

TEST_CASE("Backups::copy keeps only the newest copies", "[storage][backup][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("suivi.pacte"));
    createDatabase(path).reset();

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        // Make each copy differ, to tell them apart.
        auto db = Database::open(path, QStringLiteral("testeur"));
        Territory territory{NoId, {}, QStringLiteral("Territoire %1").arg(i), {}, {}, {}};
        TerritoryRepository(*db).insert(territory);
        db.reset();
        made.append(Backups::copy(path, QStringLiteral("import"), 3));
        CHECK(fileBytes(made.last()) == fileBytes(path));
    }
    CHECK(QSet<QString>(made.cbegin(), made.cend()).size() == 5);

    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 3);
    CHECK(QFileInfo(backups.at(0).path) == QFileInfo(made.at(4))); // newest first
    CHECK(QFileInfo(backups.at(1).path) == QFileInfo(made.at(3)));
    CHECK(QFileInfo(backups.at(2).path) == QFileInfo(made.at(2)));
    for (const auto& backup : backups) {
        CHECK(backup.reason == QStringLiteral("import"));
        CHECK(backup.createdAt.isValid());
    }
    CHECK(backups.at(0).createdAt >= backups.at(2).createdAt);
    CHECK_FALSE(QFileInfo::exists(made.at(0)));
    CHECK_FALSE(QFileInfo::exists(made.at(1)));
    CHECK(QDir(Backups::folderFor(path)).entryList(QDir::Files).size() == 3);
}

TEST_CASE("Two backups in quick succession do not collide", "[storage][backup][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("rapide.pacte"));
    createDatabase(path).reset();
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made.append(Backups::copy(path, QStringLiteral("restauration")));
    CHECK(QSet<QString>(made.cbegin(), made.cend()).size() == 5);
    CHECK(Backups::list(path).size() == 5);
    for (const auto& backup : Backups::list(path))
        CHECK(backup.reason == QStringLiteral("restauration"));
}

} // namespace pacte_test_storage_lock_backup_test
