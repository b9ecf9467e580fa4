// The single-writer lock against what the reliability audit found (issue 23): an empty lock file
// left by a kill, another name of the same file (symbolic or hard link), and a lock that cannot be
// written (a full disk) told apart from a lock held by someone.
#include "common/testutil.h"
#include "storage/databaselock.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_lock_identity_test {

using namespace pacte;
using namespace pacte::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("An empty or unreadable lock file is stale and taken over", "[storage][lock][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("vide.pacte"));
    createDatabase(path).reset();
    // A process killed between creating its lock file and writing it leaves it empty; a damaged
    // one holds anything.
    const QByteArray contents = GENERATE(QByteArray(), QByteArray("\n\n"), QByteArray("n'importe quoi"));
    writeFile(DatabaseLock::lockPath(path), contents);

    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK_FALSE(db->isReadOnly());
    CHECK_FALSE(db->isLockedByOther());
    Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    CHECK_NOTHROW(TerritoryRepository(*db).insert(territory));
    // The lock is ours now: another instance sees who holds it.
    auto other = Database::open(path, QStringLiteral("collègue"));
    CHECK(other->isLockedByOther());
    CHECK(other->lockHolder().userName == QStringLiteral("testeur"));
}

TEST_CASE("A symbolic or a hard link to a held file does not bypass its lock", "[storage][lock][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("original.pacte"));
    auto holder = createDatabase(path); // held by "testeur"
    const QString link = dir.path(QStringLiteral("autre-nom.pacte"));
    const bool symbolic = GENERATE(true, false);
    CAPTURE(symbolic);
    if (symbolic)
        REQUIRE(QFile::link(path, link));
    else
        REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0);

    auto second = Database::open(link, QStringLiteral("collègue"));
    CHECK(second->isReadOnly());
    CHECK(second->isLockedByOther());
    CHECK_FALSE(second->readOnlyReason().isEmpty());
    if (symbolic)
        CHECK(second->lockHolder().userName == QStringLiteral("testeur"));
    else
        CHECK(second->lockHolder().underAnotherName);
    Territory attempt{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
    CHECK_THROWS_AS(TerritoryRepository(*second).insert(attempt), StorageError);
    second.reset();

    // Once the holder has closed it, the other name opens for writing.
    holder.reset();
    auto third = Database::open(link, QStringLiteral("collègue"));
    CHECK_FALSE(third->isReadOnly());
    // ...and then holds the original name as well.
    CHECK(Database::open(path, QStringLiteral("testeur"))->isLockedByOther());
}

TEST_CASE("A lock that cannot be written on a full disk is not taken for another instance", "[storage][lock][file]")
{
    SmallFileSystem disk;
    if (!disk.mounted())
        return;
    const QString path = disk.path(QStringLiteral("plein.pacte"));
    createDatabase(path).reset();
    const QByteArray before = fileBytes(path);
    disk.fill();

    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK(db->isReadOnly());
    CHECK_FALSE(db->isLockedByOther());
    INFO(db->readOnlyReason().toStdString());
    CHECK(db->readOnlyReason().contains(QStringLiteral("disque est plein")));
    db.reset();
    CHECK(fileBytes(path) == before);

    // Creating a file there says the same, and leaves nothing.
    try {
        Database::create(disk.path(QStringLiteral("nouveau.pacte")), QStringLiteral("testeur"));
        FAIL("created on a full disk");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("nouveau.pacte")));
        CHECK(error.message().contains(QStringLiteral("disque est plein")));
        CHECK_FALSE(error.message().contains(QStringLiteral("autre instance")));
    }
    CHECK_FALSE(QFileInfo::exists(disk.path(QStringLiteral("nouveau.pacte"))));
}

TEST_CASE("A read-only file system is said in French", "[storage][lock][file]")
{
    SmallFileSystem disk;
    if (!disk.mounted())
        return;
    const QString path = disk.path(QStringLiteral("lecture.pacte"));
    createDatabase(path).reset();
    disk.setReadOnly(true);
    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK(db->isReadOnly());
    INFO(db->readOnlyReason().toStdString());
    CHECK(db->readOnlyReason().contains(QStringLiteral("lecture seule")));
    CHECK_FALSE(db->readOnlyReason().contains(QStringLiteral("Read-only")));
    db.reset();
    disk.setReadOnly(false);
}

} // namespace pacte_test_storage_lock_identity_test
