// Mutated full dumps (issue 13): a seeded mutation loop (byte- and JSON-level) over the dump corpus of
// tests/data/dumps and the demo's dump. Whatever the input, restoring it either makes a whole database
// or is refused with a message; it never crashes, and a refusal leaves nothing in the folder.
#include "common/mutations.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_fuzz_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("Mutated dumps never crash the restoration nor leave a half-made file", "[exchange][dump][fuzz]")
{
    TempDir dir;
    QList<QByteArray> seeds;
    for (const QString& folder : {QStringLiteral("dumps/good"), QStringLiteral("dumps/bad")}) {
        const QDir corpus(testDataPath(folder));
        for (const auto& name : corpus.entryList({QStringLiteral("*.json")}, QDir::Files))
            seeds.append(fileBytes(corpus.filePath(name)));
    }
    REQUIRE(seeds.size() > 20);
    {
        auto demo = createDemoDatabase(dir.path(QStringLiteral("demo.pacte")), QStringLiteral("testeur"));
        seeds.append(exportDump(*demo));
    }
    const QString folder = dir.path(QStringLiteral("restauration"));
    REQUIRE(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("restaure.pacte"));

    QRandomGenerator random(20261213); // seeded: a failure can be replayed
    constexpr int Iterations = 400;
    int restored = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Iterations; ++i) {
        // The demo's dump (the last seed) one time in eight: it is the slow one to restore.
        const qsizetype pick = i % 8 == 0
                                   ? seeds.size() - 1
                                   : static_cast<qsizetype>(random.bounded(static_cast<quint32>(seeds.size() - 1)));
        const QByteArray input = mutated(seeds.at(pick), random, i);
        INFO("iteration " << i << ", seed " << pick);
        try {
            Database::create(target, QStringLiteral("testeur"), [&input](Database& db) { importDump(db, input); });
            ++restored;
            // A restored file opens as any other, and its dump reads back.
            auto db = Database::open(target, QStringLiteral("testeur"), Database::Access::ReadOnly);
            CHECK(db->integrityProblems(true).isEmpty());
            CHECK_FALSE(exportDump(*db).isEmpty());
        } catch (const InputError& error) {
            CHECK_FALSE(error.message().isEmpty());
        } catch (const StorageError& error) {
            CHECK_FALSE(error.message().isEmpty());
        }
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        CHECK((left.isEmpty() || left == QStringList{QStringLiteral("restaure.pacte")}));
        QFile::remove(target);
    }
    WARN(Iterations << " mutated dumps, " << restored << " restored, in " << timer.elapsed() << " ms");
    CHECK(restored > 0);
}

} // namespace pacte_test_exchange_dump_fuzz_test
