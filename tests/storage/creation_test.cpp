// A database is built whole under a temporary name and renamed last (issue 23): a filling that fails
// leaves nothing under the name, and what a killed creation left behind does not stop the next one.
#include "common/testutil.h"
#include "storage/databaselock.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_creation_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("The file is filled before it takes its name", "[storage][creation]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("neuf.pacte"));
    bool sawName = true;
    auto db = Database::create(path, QStringLiteral("testeur"), [&](Database& filling) {
        sawName = QFileInfo::exists(path);
        Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
        TerritoryRepository(filling).insert(territory);
    });
    CHECK_FALSE(sawName);
    CHECK(db->path() == QFileInfo(path).absoluteFilePath());
    CHECK(TerritoryRepository(*db).count() == 1);
    CHECK_FALSE(db->isReadOnly());
    db.reset();
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("neuf.pacte")});
}

TEST_CASE("A filling that fails leaves nothing under the name", "[storage][creation]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("rate.pacte"));
    CHECK_THROWS_AS(Database::create(path, QStringLiteral("testeur"),
                                     [](Database& filling) {
                                         Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
                                         TerritoryRepository(filling).insert(territory);
                                         throw StorageError(QStringLiteral("refusé"));
                                     }),
                    StorageError);
    CHECK(folderEntries(dir.path(QStringLiteral("."))).isEmpty());
}

TEST_CASE("What a killed creation left behind does not stop the next one", "[storage][creation]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("reprise.pacte"));
    // A creation killed while it filled the file: its half-made file, a hot journal, its lock.
    const QString leftover = dir.path(QStringLiteral(".reprise.pacte.Ab12Cd.pacte-tmp"));
    writeFile(leftover, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x'));
    writeFile(leftover + QStringLiteral("-journal"), QByteArray(512, 'j'));
    writeFile(DatabaseLock::lockPath(path), "999999\npacte-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");

    auto db = Database::create(path, QStringLiteral("testeur"));
    CHECK(TerritoryRepository(*db).count() == 0);
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK_FALSE(QFileInfo::exists(leftover + QStringLiteral("-journal")));
    db.reset();
    CHECK_NOTHROW(Database::open(path, QStringLiteral("testeur")));
}

} // namespace pacte_test_storage_creation_test
