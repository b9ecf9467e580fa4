// Malformed and mutated sheets: a seeded mutation loop (byte-level and JSON-level) over the corpus and
// a real export. Whatever the input, the import either reads it or refuses it with a message; it never
// crashes, and the database file stays byte for byte the same. (clang's libFuzzer is not part of the
// Debian toolchain we build with; this loop runs in CTest on every build instead.)
#include "common/mutations.h"
#include "common/sheetcorpus.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRandomGenerator>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_fuzz_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Runs the import's checks on `bytes`: either an outcome or a refusal, nothing else.
void tryImport(Database& db, const QByteArray& bytes)
{
    try {
        SheetImport import(db, bytes, QStringLiteral("fuzz.json"));
        (void)import.outcome().conflictCount();
    } catch (const InputError& error) {
        REQUIRE_FALSE(error.message().isEmpty());
    } catch (const StorageError& error) {
        REQUIRE_FALSE(error.message().isEmpty());
    }
    try {
        (void)readSheet(bytes);
    } catch (const InputError&) {
    }
}

} // namespace

TEST_CASE("Mutated sheets never crash the import nor change the database", "[exchange][sheet][fuzz]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const ExportedSheet exported = exportSheet(*f.db, f.group);
    QList<QByteArray> seeds{exported.bytes};
    const QDir bad(testDataPath(QStringLiteral("sheets/bad")));
    for (const auto& name : bad.entryList(QDir::Files))
        seeds.append(corpusSheet(f, exported.exportId, QStringLiteral("bad/") + name));
    seeds.append(corpusSheet(f, exported.exportId, QStringLiteral("good/valid.json")));
    const QByteArray before = fileBytes(f.path);

    QRandomGenerator random(20261128); // seeded: a failure can be replayed
    constexpr int Iterations = 1500;
    for (int i = 0; i < Iterations; ++i) {
        const QByteArray& seed = seeds.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(seeds.size()))));
        INFO("iteration " << i);
        tryImport(*f.db, mutated(seed, random, i));
    }
    CHECK(fileBytes(f.path) == before);
}

} // namespace pacte_test_exchange_sheet_fuzz_test
