// A deletion and its undo (captureDeletion / restoreDeletion, what DeleteRecordCommand does) give
// back the database exactly, whatever the record holds: here the records that the later schema
// versions hang things on (a renewed edition, a carried action, a partner's former names, a CLE's
// territories).
#include "common/catchqt.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "storage/cascade.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_cascade_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Every row of every table but the change log, as text, in a stable order; the records' versions
// left out: an undo is a write, which moves them (a record's version never goes back).
QStringList contentOf(Database& db)
{
    QStringList tables;
    for (const auto& table : schema::tableShapes()) {
        if (table.name != QLatin1String("change_log"))
            tables << table.name;
    }
    tables.sort();
    QStringList rows;
    for (const QString& table : std::as_const(tables)) {
        SqlQuery query(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        query.exec();
        while (query.next()) {
            QStringList cells;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                if (record.fieldName(i) != QLatin1String("version"))
                    cells << record.fieldName(i) + QLatin1Char('=') +
                                 (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << table + QLatin1Char(' ') + cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

Id idOf(Database& db, const QString& table, const QString& condition)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE %2 LIMIT 1").arg(table, condition));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : NoId;
}

void deleteAndRestore(Database& db, Entity entity, Id id)
{
    REQUIRE(id != NoId);
    const QStringList before = contentOf(db);
    const DeletionImpact impact = captureDeletion(db, entity, id);
    SqlQuery(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entityCode(entity))).bind(id).exec();
    REQUIRE(contentOf(db) != before);
    restoreDeletion(db, impact);
    const QStringList after = contentOf(db);
    QStringList lost, added;
    for (const QString& row : before)
        if (!after.contains(row))
            lost << row;
    for (const QString& row : after)
        if (!before.contains(row))
            added << row;
    INFO("lost:\n"
         << lost.join(QLatin1Char('\n')).toStdString() << "\nadded:\n"
         << added.join(QLatin1Char('\n')).toStdString());
    CHECK(after == before);
}

} // namespace

TEST_CASE("Deleting a record and undoing it gives back the database exactly", "[storage][cascade]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cascade.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const Id renewed = renewEverything(*db, scene.source.id).edition.id;
    REQUIRE(findRenewal(*db, renewed).has_value());

    SECTION("the renewed edition, with what its renewal carried over")
    {
        deleteAndRestore(*db, Entity::Edition, renewed);
        CHECK(findRenewal(*db, renewed).has_value());
    }
    SECTION("the edition it renews (the renewal's source)")
    {
        deleteAndRestore(*db, Entity::Edition, scene.source.id);
    }
    SECTION("an action that a carried action continues")
    {
        deleteAndRestore(*db, Entity::Action,
                         idOf(*db, QStringLiteral("action"),
                              QStringLiteral("id IN (SELECT continues_id FROM action WHERE continues_id IS NOT "
                                             "NULL)")));
    }
    SECTION("a partner with its former names")
    {
        deleteAndRestore(
            *db, Entity::Partner,
            idOf(*db, QStringLiteral("partner"), QStringLiteral("id IN (SELECT partner_id FROM partner_name)")));
    }
}

} // namespace pacte_test_storage_cascade_test
