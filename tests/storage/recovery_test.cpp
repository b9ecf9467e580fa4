// A change interrupted by a killed writer (a hot journal beside the file) is undone by the next opening,
// read-only ones included; where it cannot be (read-only media), a French message says why and what to
// do, and nothing changes (issue 13).
#include "common/testutil.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_recovery_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// A database of two territories, and its copy left in the middle of a change that added 400.
struct Interrupted
{
    explicit Interrupted(const QString& folder)
        : original(QDir(folder).filePath(QStringLiteral("origine.pacte")))
        , path(QDir(folder).filePath(QStringLiteral("interrompu.pacte")))
    {
        auto db = createDatabase(original);
        for (const QString& name : {QStringLiteral("Biterrois"), QStringLiteral("Montpelliérais")}) {
            Territory territory{NoId, {}, name, {}, {}, {}};
            TerritoryRepository(*db).insert(territory);
        }
        db.reset();
        leaveInterruptedChange(original, path);
        // The file itself holds half of the change: read as it is, it would be wrong.
        REQUIRE(fileBytes(path) != fileBytes(original));
    }

    QString journal() const { return path + QStringLiteral("-journal"); }

    QString original;
    QString path;
};

QStringList territoryNames(Database& db)
{
    QStringList names;
    for (const auto& territory : TerritoryRepository(db).all())
        names << territory.name;
    names.sort();
    return names;
}

const QStringList Before{QStringLiteral("Biterrois"), QStringLiteral("Montpelliérais")};

} // namespace

TEST_CASE("A read-only opening undoes a change left half-made by a killed writer", "[storage][recovery][file]")
{
    TempDir dir;
    const Interrupted file(dir.path(QStringLiteral(".")));
    auto db = Database::open(file.path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    CHECK(territoryNames(*db) == Before);
    CHECK(db->wasCheckedInDepth());
    CHECK(db->integrityProblems(true).isEmpty());
    CHECK_FALSE(QFileInfo::exists(file.journal()));
    // The lock taken to undo the change was given back.
    CHECK_FALSE(QFileInfo::exists(file.path + QStringLiteral(".lock")));
}

TEST_CASE("A writing opening undoes a change left half-made by a killed writer", "[storage][recovery][file]")
{
    TempDir dir;
    const Interrupted file(dir.path(QStringLiteral(".")));
    auto db = Database::open(file.path, QStringLiteral("testeur"));
    CHECK_FALSE(db->isReadOnly());
    CHECK(territoryNames(*db) == Before);
    CHECK_FALSE(QFileInfo::exists(file.journal()));
}

TEST_CASE("A half-made change on read-only media is refused in French, the files untouched",
          "[storage][recovery][file]")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const Interrupted file(disk.path(QStringLiteral(".")));
    QFile::remove(file.original);
    const QByteArray bytes = fileBytes(file.path);
    const QByteArray journal = fileBytes(file.journal());
    disk.setReadOnly(true);
    for (const auto access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        try {
            Database::open(file.path, QStringLiteral("testeur"), access);
            FAIL("opened");
        } catch (const StorageError& error) {
            INFO(error.message().toStdString());
            CHECK(error.message().startsWith(
                QStringLiteral("Le fichier interrompu.pacte ne peut pas être ouvert : une modification y a été "
                               "interrompue (son journal interrompu.pacte-journal est à côté de lui)")));
            CHECK(error.message().contains(QStringLiteral("le disque ou le partage est en lecture seule")));
            CHECK(error.message().contains(QStringLiteral("Copiez interrompu.pacte avec interrompu.pacte-journal")));
            CHECK_FALSE(error.message().contains(QStringLiteral("il est endommagé")));
        }
    }
    CHECK(fileBytes(file.path) == bytes);
    CHECK(fileBytes(file.journal()) == journal);
    disk.setReadOnly(false);
}

} // namespace pacte_test_storage_recovery_test
