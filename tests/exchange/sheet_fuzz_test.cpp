// Malformed and mutated sheets: a seeded mutation loop (byte-level and JSON-level) over the corpus and
// a real export. Whatever the input, the import either reads it or refuses it with a message; it never
// crashes, and the database file stays byte for byte the same. (clang's libFuzzer is not part of the
// Debian toolchain we build with; this loop runs in CTest on every build instead.)
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

using namespace pacte;
using namespace pacte::test;

namespace {

QByteArray mutateBytes(QByteArray bytes, QRandomGenerator& random)
{
    if (bytes.isEmpty())
        return QByteArrayLiteral("{");
    const auto at = [&] { return static_cast<qsizetype>(random.bounded(static_cast<quint32>(bytes.size()))); };
    switch (random.bounded(5)) {
    case 0:
        bytes[at()] = static_cast<char>(random.bounded(256));
        break;
    case 1:
        bytes.truncate(at());
        break;
    case 2: {
        const qsizetype from = at();
        bytes.remove(from, random.bounded(40));
        break;
    }
    case 3: {
        const qsizetype from = at();
        bytes.insert(at(), bytes.mid(from, random.bounded(60)));
        break;
    }
    default:
        bytes.insert(at(), "\"\\u0000\xff\xfe\":[[[{}]]],");
        break;
    }
    return bytes;
}

Json randomValue(QRandomGenerator& random)
{
    switch (random.bounded(11)) {
    case 0:
        return nullptr;
    case 1:
        return -1;
    case 2:
        return 1e300;
    case 3:
        return 123456789012345LL;
    case 4:
        return "2024-02-30";
    case 5:
        return "";
    case 6:
        return true;
    case 7:
        return Json::array({1, "x"});
    case 8:
        return Json::object({{"uuid", "00000000-0000-0000-0000-000000000000"}});
    case 9:
        return uuidString(QUuid::createUuidV5(QUuid(), QString::number(random.generate())));
    default:
        return "texte";
    }
}

// Replaces, removes or adds one value somewhere in the document.
void mutateJson(Json& node, QRandomGenerator& random, int depth = 0)
{
    const bool container = (node.is_object() || node.is_array()) && !node.empty();
    if (!container || (depth > 0 && random.bounded(4) == 0)) {
        node = randomValue(random);
        return;
    }
    auto it = node.begin();
    std::advance(it, random.bounded(static_cast<quint32>(node.size())));
    const quint32 choice = random.bounded(10);
    if (choice == 0) {
        node.erase(it);
    } else if (choice == 1 && node.is_object()) {
        node["champInconnu"] = randomValue(random);
    } else if (choice == 2 && node.is_array()) {
        node.push_back(*it); // a duplicate: same uuid twice
    } else {
        mutateJson(*it, random, depth + 1);
    }
}

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
        QByteArray mutated;
        if (i % 2 == 0) {
            mutated = mutateBytes(seed, random);
        } else {
            try {
                Json document = parseJson(seed);
                for (int n = random.bounded(1, 4); n > 0; --n)
                    mutateJson(document, random);
                mutated = dumpJson(document);
            } catch (const Json::exception&) {
                mutated = mutateBytes(seed, random);
            }
        }
        INFO("iteration " << i);
        tryImport(*f.db, mutated);
    }
    CHECK(fileBytes(f.path) == before);
}
