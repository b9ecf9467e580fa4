// Transaction scope guards, and the promise that the .pacte file alone holds every committed change.
#include "common/testutil.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>
#include <stdexcept>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_transaction_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Territory territory(const QString& name)
{
    return Territory{NoId, {}, name, {}, {}, {}};
}

QString pragma(Database& db, const QString& name)
{
    SqlQuery query(db, QStringLiteral("PRAGMA %1").arg(name));
    query.exec();
    return query.next() ? query.text(0) : QString();
}

} // namespace

TEST_CASE("An exception inside nested transactions rolls everything back", "[storage][transaction][file]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("nested.pacte")));
    TerritoryRepository territories(*db);
    Territory outer = territory(QStringLiteral("Montpelliérain"));
    Territory inner = territory(QStringLiteral("Biterrois"));

    try {
        Transaction first(*db);
        territories.insert(outer); // the repository's own guard joins the outer one
        {
            Transaction second(*db);
            territories.insert(inner);
            CHECK(territories.count() == 2); // visible inside the transaction
            throw std::runtime_error("failure in the inner unit of work");
        }
    } catch (const std::runtime_error&) {
    }
    CHECK_FALSE(db->inTransaction());
    CHECK(territories.count() == 0);
    CHECK(pragma(*db, QStringLiteral("user_version")) == QString::number(Database::SchemaVersion));

    // The connection is usable afterwards.
    Territory later = territory(QStringLiteral("Petite Camargue"));
    territories.insert(later);
    CHECK(territories.count() == 1);
}

TEST_CASE("An inner guard left without commit makes the outer commit fail and roll back", "[storage][transaction]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("inner.pacte")));
    TerritoryRepository territories(*db);
    {
        Transaction outer(*db);
        Territory kept = territory(QStringLiteral("Étang de Thau"));
        territories.insert(kept);
        {
            Transaction inner(*db);
            Territory dropped = territory(QStringLiteral("Biterrois"));
            territories.insert(dropped);
        } // no commit: this part failed
        CHECK_THROWS_AS(outer.commit(), StorageError);
    }
    CHECK_FALSE(db->inTransaction());
    CHECK(territories.count() == 0);
}

TEST_CASE("A committed transaction survives closing and reopening the file", "[storage][transaction][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("durable.pacte"));
    Territory saved = territory(QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"));
    Territory unsaved = territory(QStringLiteral("Haut-Languedoc"));
    {
        auto db = createDatabase(path);
        {
            Transaction transaction(*db);
            TerritoryRepository(*db).insert(saved);
            transaction.commit();
        }
        // Closed with a transaction still open (no guard outlives the database): it must not be committed.
        db->beginTransaction();
        TerritoryRepository(*db).insert(unsaved);
        db.reset();
    }
    auto reopened = Database::open(path, QStringLiteral("testeur"));
    CHECK_FALSE(reopened->isReadOnly());
    CHECK(TerritoryRepository(*reopened).find(saved.id) == saved);
    CHECK_FALSE(TerritoryRepository(*reopened).findByUuid(unsaved.uuid).has_value());
}

TEST_CASE("The .pacte file alone holds every committed change", "[storage][transaction][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("coordination.pacte"));
    auto db = createDatabase(path, true);
    CHECK(pragma(*db, QStringLiteral("journal_mode")).toLower() == QStringLiteral("delete"));
    CHECK(pragma(*db, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(pragma(*db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));

    Territory added = territory(QStringLiteral("Nouveau bassin"));
    {
        Transaction transaction(*db);
        TerritoryRepository(*db).insert(added);
        transaction.commit();
    }
    const auto demoGroups = WorkingGroupRepository(*db).count();

    // Copy only the .pacte file, as the coordinator does to her USB key, while Pacte still runs.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    REQUIRE(QDir().mkpath(dir.path(QStringLiteral("cle-usb"))));
    const QString copy = dir.path(QStringLiteral("cle-usb/coordination.pacte"));
    REQUIRE(QFile::copy(path, copy));
    CHECK(QDir(dir.path(QStringLiteral("cle-usb"))).entryList(QDir::Files | QDir::NoDotAndDotDot).size() == 1);

    auto fromCopy = Database::open(copy, QStringLiteral("autre"));
    CHECK(fromCopy->databaseUuid() == db->databaseUuid());
    CHECK(TerritoryRepository(*fromCopy).findByUuid(added.uuid) == added);
    CHECK(WorkingGroupRepository(*fromCopy).count() == demoGroups);
    CHECK(demoGroups == 17);
}

TEST_CASE("A read-only database refuses writes with a StorageError", "[storage][transaction][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("lecture.pacte"));
    createDatabase(path).reset();
    const QByteArray bytes = fileBytes(path);
    auto db = Database::open(path, QStringLiteral("lectrice"), Database::Access::ReadOnly);
    CHECK(db->isReadOnly());
    CHECK_FALSE(db->isLockedByOther());
    Territory attempt = territory(QStringLiteral("Biterrois"));
    try {
        TerritoryRepository(*db).insert(attempt);
        FAIL("a read-only database accepted a write");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QFileInfo(path).fileName()));
    }
    CHECK_THROWS_AS(TerritoryRepository(*db).remove(1), StorageError);
    db.reset();
    CHECK(fileBytes(path) == bytes);
}

} // namespace pacte_test_storage_transaction_test
