// The provenance table (schema 10): one row per record not simply entered, removed with its record,
// and an existing file of version 8 gains the table with every record entered.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_provenance_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("Provenance is stored per record and a default one leaves no row", "[storage][provenance]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("provenance.pacte")));
    Territory thau;
    thau.name = QStringLiteral("Étang de Thau");
    TerritoryRepository(*db).insert(thau);
    ProvenanceStore store(*db);
    CHECK(store.recordExists(QStringLiteral("territory"), thau.uuid));
    CHECK_FALSE(store.recordExists(QStringLiteral("action"), thau.uuid));
    CHECK_FALSE(store.recordExists(QStringLiteral("territory; DROP TABLE territory"), thau.uuid));

    const Provenance quoted{ProvenanceKind::Quoted, QStringLiteral("Annexe 2"), QStringLiteral("Carte des PTL.")};
    store.put({QStringLiteral("territory"), thau.uuid, quoted});
    CHECK(store.get(thau.uuid) == quoted);
    CHECK(store.all() == QList<ProvenanceRecord>{{QStringLiteral("territory"), thau.uuid, quoted}});
    CHECK(store.ofEntity(QStringLiteral("territory")).value(thau.uuid) == quoted);

    store.put({QStringLiteral("territory"), thau.uuid, Provenance{}});
    CHECK(store.all().isEmpty());

    // Removed with its record, by the schema's trigger.
    store.put({QStringLiteral("territory"), thau.uuid, quoted});
    TerritoryRepository(*db).remove(thau.id);
    CHECK(store.all().isEmpty());
}

TEST_CASE("A file of version 9 gains the provenance table, every record entered",
          "[storage][provenance][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.pacte"));
    Territory thau;
    {
        auto db = createDatabase(path);
        thau.name = QStringLiteral("Étang de Thau");
        TerritoryRepository(*db).insert(thau);
    }
    {
        const QString name = QStringLiteral("downgrade-provenance");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropIndicatorTemplates(query);                                      // format 12
            REQUIRE(query.exec(QStringLiteral("DROP TABLE group_evaluation"))); // format 11
            REQUIRE(query.exec(QStringLiteral("DROP TABLE provenance")));
            REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
            QStringList triggers;
            while (query.next())
                triggers << query.value(0).toString();
            CHECK(triggers.size() == 15);
            for (const auto& trigger : triggers)
                REQUIRE(query.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 9")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    ProvenanceStore store(*db);
    CHECK(store.all().isEmpty());
    CHECK(store.get(thau.uuid).isDefault());
    store.put({QStringLiteral("territory"), thau.uuid, {ProvenanceKind::Deduced, {}, QStringLiteral("Déduit.")}});
    CHECK(store.get(thau.uuid).kind == ProvenanceKind::Deduced);
}

} // namespace pacte_test_storage_provenance_test
