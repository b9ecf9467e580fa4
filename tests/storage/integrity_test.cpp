// A file with index rows missing (tests/data/files/index.pacte) passes SQLite's quick check: it is
// caught by the full integrity check, which runs when the file was not closed cleanly (issue 23).
#include "common/testutil.h"
#include "storage/databaselock.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_integrity_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString copyIndexFile(const TempDir& dir)
{
    const QString target = dir.path(QStringLiteral("index.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/index.pacte")), target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    return target;
}

// The lock of a writer that was killed: its process is gone.
void leaveStaleLock(const QString& path)
{
    QFile lock(DatabaseLock::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("999999\npacte\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

} // namespace

TEST_CASE("A cleanly closed file gets the quick check, which misses damaged indexes", "[storage][integrity]")
{
    TempDir dir;
    const QString path = copyIndexFile(dir);
    auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    CHECK_FALSE(db->wasCheckedInDepth());
    CHECK(db->integrityProblems(false).isEmpty());
    const QStringList problems = db->integrityProblems(true);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.constFirst().contains(QStringLiteral("person_partner")));
}

TEST_CASE("A file whose writer did not close it gets the full check and its damaged index is refused",
          "[storage][integrity]")
{
    TempDir dir;
    const QString path = copyIndexFile(dir);
    leaveStaleLock(path);
    const QByteArray before = fileBytes(path);
    try {
        Database::open(path, QStringLiteral("testeur"));
        FAIL("a file with a damaged index was opened after an unclean close");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("index.pacte")));
        CHECK(error.message().contains(QStringLiteral("endommagé")));
        CHECK(error.message().contains(QStringLiteral("Détail technique : ")));
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A sound file whose writer did not close it opens after the full check", "[storage][integrity][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sain.pacte"));
    createDatabase(path, true).reset();
    leaveStaleLock(path);
    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK(db->wasCheckedInDepth());
    CHECK_FALSE(db->isReadOnly());
    db.reset();
    // Closed cleanly this time: the quick check again.
    CHECK_FALSE(Database::open(path, QStringLiteral("testeur"))->wasCheckedInDepth());
}

} // namespace pacte_test_storage_integrity_test
