// Two writers on one server (team mode, issue 14): the record an update compares with what its editor
// read is locked until the write, so that a change committed in between is seen as a conflict rather
// than written over (PostgreSQL's READ COMMITTED would let the second write overwrite the first).
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include <QThread>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_server_lock {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("An update waits for a writer holding the record and then sees its change", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    auto holder = Database::open(url, QStringLiteral("claire"));
    const Territory read = TerritoryRepository(*holder).all().first();

    // Claire's transaction has changed the territory and not committed yet.
    holder->beginTransaction();
    SqlQuery(*holder, QStringLiteral("UPDATE territory SET name = ? WHERE id = ?"))
        .bind(QStringLiteral("Nom de Claire"))
        .bind(read.id)
        .exec();

    // Léa writes from what she read before: her update waits for Claire's to end.
    std::atomic<bool> finished = false;
    QString outcome;
    std::thread lea([&] {
        try {
            auto db = Database::open(url, QStringLiteral("lea"));
            Territory mine = read;
            mine.name = QStringLiteral("Nom de Léa");
            TerritoryRepository(*db).update(mine, &read);
            outcome = QStringLiteral("written");
        } catch (const ConflictError& conflict) {
            outcome = QStringLiteral("conflict: ") + conflict.message();
        } catch (const StorageError& error) {
            outcome = QStringLiteral("error: ") + error.message();
        }
        finished = true;
    });
    QThread::msleep(700);
    CHECK_FALSE(finished); // held by Claire's lock
    holder->commitTransaction();
    lea.join();

    INFO(outcome.toStdString());
    CHECK(outcome.startsWith(QStringLiteral("conflict: ")));
    CHECK(outcome.contains(QStringLiteral("Nom de Claire")));
    CHECK(TerritoryRepository(*holder).find(read.id)->name == QStringLiteral("Nom de Claire"));
}

} // namespace pacte_test_storage_server_lock
