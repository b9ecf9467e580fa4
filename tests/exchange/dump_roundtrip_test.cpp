// exportDump() and importDump() are inverse: export -> import -> export gives the same document, and
// every value of a source file (the demo, tests/data/dumps/good/full.json) survives the trip.
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/jsonaccess.h"
#include "storage/repository.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <QDateTime>
#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_roundtrip_test {

using namespace pacte;
using namespace pacte::test;
using Json = nlohmann::ordered_json;

namespace {

Json parseDump(const QByteArray& bytes)
{
    return Json::parse(bytes.constBegin(), bytes.constEnd());
}

QByteArray demoSource()
{
    QFile file(QStringLiteral(":/demo/herault.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray goodDump(const char* name)
{
    const QByteArray bytes = fileBytes(testDataPath(QStringLiteral("dumps/good/") + QString::fromLatin1(name)));
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

// Every value of `source` is in `exported`: objects key by key, lists of records matched by uuid,
// lists of references as sets (only positioned lists keep their order), numbers by value.
// Keys absent from the source (defaults) are not looked at. Returns the paths that differ.
void collectDifferences(const Json& source, const Json& exported, const std::string& path,
                        std::vector<std::string>& differences)
{
    if (source.is_null()) {
        if (!exported.is_null() && !(exported.is_array() && exported.empty()))
            differences.push_back(path + " (null in the source, " + exported.dump() + " exported)");
        return;
    }
    if (source.is_object()) {
        if (!exported.is_object()) {
            differences.push_back(path + " (not an object)");
            return;
        }
        for (const auto& item : source.items()) {
            const auto it = exported.find(item.key());
            if (it == exported.end())
                differences.push_back(path + "." + item.key() + " (missing)");
            else
                collectDifferences(item.value(), *it, path + "." + item.key(), differences);
        }
        return;
    }
    if (source.is_array()) {
        if (!exported.is_array() || exported.size() != source.size()) {
            differences.push_back(path + " (list size " + std::to_string(source.size()) + " vs " +
                                  (exported.is_array() ? std::to_string(exported.size()) : "none") + ")");
            return;
        }
        for (std::size_t i = 0; i < source.size(); ++i) {
            const Json& item = source.at(i);
            const std::string itemPath = path + "[" + std::to_string(i) + "]";
            if (item.is_object() && item.contains("uuid")) {
                const auto match = std::find_if(exported.begin(), exported.end(), [&](const Json& candidate) {
                    return candidate.is_object() && candidate.value("uuid", std::string()) == item.at("uuid");
                });
                if (match == exported.end())
                    differences.push_back(itemPath + " (uuid " + item.at("uuid").dump() + " not exported)");
                else
                    collectDifferences(item, *match, itemPath, differences);
            } else if (item.is_string()) {
                if (std::find(exported.begin(), exported.end(), item) == exported.end())
                    differences.push_back(itemPath + " (" + item.dump() + " not exported)");
            } else {
                collectDifferences(item, exported.at(i), itemPath, differences);
            }
        }
        return;
    }
    if (source.is_number()) {
        if (!exported.is_number() || source.get<double>() != exported.get<double>())
            differences.push_back(path + " (" + source.dump() + " vs " + exported.dump() + ")");
        return;
    }
    if (source != exported)
        differences.push_back(path + " (" + source.dump() + " vs " + exported.dump() + ")");
}

std::vector<std::string> differences(const Json& source, const Json& exported)
{
    std::vector<std::string> result;
    collectDifferences(source, exported, "$", result);
    return result;
}

} // namespace

TEST_CASE("export then import into a new database then export again gives the same document", "[exchange][dump]")
{
    const char* source = GENERATE("demo", "full.json");
    CAPTURE(source);
    TempDir dir;
    auto first = createDatabase(dir.path(QStringLiteral("premier.pacte")));
    importDump(*first, std::string(source) == "demo" ? demoSource() : goodDump(source));
    const QByteArray firstBytes = exportDump(*first);

    auto second = createDatabase(dir.path(QStringLiteral("second.pacte")));
    importDump(*second, firstBytes);
    const QByteArray secondBytes = exportDump(*second);

    Json a = parseDump(firstBytes);
    Json b = parseDump(secondBytes);
    REQUIRE(a.contains("exportedAt"));
    REQUIRE(b.contains("exportedAt"));
    const QDateTime exportedAt =
        QDateTime::fromString(QString::fromStdString(a.at("exportedAt").get<std::string>()), Qt::ISODate);
    CHECK(exportedAt.isValid());
    CHECK(std::abs(exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    a.erase("exportedAt");
    b.erase("exportedAt");
    CHECK(a.at("format") == "pacte-dump");
    CHECK(a.at("formatVersion") == DumpFormatVersion);
    CHECK(a.at("editions").size() == 2);
    // Compared as a whole, but reported as a JSON patch rather than two whole documents.
    const bool same = a == b;
    if (!same)
        UNSCOPED_INFO("second export differs from the first by " << Json::diff(a, b).dump().substr(0, 3000));
    CHECK(same);
}

TEST_CASE("every value of the source file is in the export", "[exchange][dump]")
{
    const char* source = GENERATE("demo", "full.json");
    CAPTURE(source);
    const QByteArray bytes = std::string(source) == "demo" ? demoSource() : goodDump(source);
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    importDump(*db, bytes);
    Json original = parseDump(bytes);
    original.erase("exportedAt");
    original.erase("formatVersion"); // a format 1 source is written again in the current format
    const auto diff = differences(original, parseDump(exportDump(*db)));
    for (const auto& line : diff)
        UNSCOPED_INFO(line);
    CHECK(diff.empty());
}

TEST_CASE("the export is ordered and complete", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    importDump(*db, goodDump("full.json"));
    const Json dump = parseDump(exportDump(*db));
    // The file lists PTI 2022-2025 before its predecessor; the export lists editions by start date.
    REQUIRE(dump.at("editions").size() == 2);
    CHECK(dump.at("editions").at(0).at("title") == "PTI 2017-2021");
    CHECK(dump.at("editions").at(1).at("title") == "PTI 2022-2025");
    CHECK(dump.at("editions").at(1).at("predecessor") == dump.at("editions").at(0).at("uuid"));
    // Every field is written, absent values as null.
    const Json& signature = dump.at("editions").at(1).at("signatures").at(2);
    CHECK(signature.at("status") == "en_attente");
    CHECK(signature.at("date").is_null());
    CHECK(signature.at("deliberation").is_null());
    const Json& indicator = dump.at("editions").at(1).at("actions").at(0).at("indicators").at(1);
    CHECK(indicator.at("baseline").is_null());
    CHECK(indicator.at("measurements") == Json::array());
    // The group's territories keep the file's order.
    const Json& group = dump.at("editions").at(1).at("groups").at(0);
    CHECK(group.at("territories") ==
          Json::array({"10000000-0000-4000-8000-000000000002", "10000000-0000-4000-8000-000000000001"}));
}

TEST_CASE("an empty database exports an empty dump that imports again", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("vide.pacte")));
    const QByteArray bytes = exportDump(*db);
    const Json dump = parseDump(bytes);
    CHECK(dump.at("format") == "pacte-dump");
    CHECK(dump.at("territories").empty());
    CHECK(dump.at("editions").empty());
    auto other = createDatabase(dir.path(QStringLiteral("autre.pacte")));
    importDump(*other, bytes);
    CHECK(EditionRepository(*other).count() == 0);
}

TEST_CASE("an unknown measured value is written as null and restored unknown, not zero", "[exchange][dump][unknown]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("source.pacte")));
    importDump(*db, goodDump("full.json"));
    // full.json is a format-1 dump: it restores unchanged, its values numbers.
    Action action = ActionRepository(*db).all().constFirst();
    REQUIRE(action.indicators.constFirst().measurements.size() == 2);
    CHECK(action.indicators.constFirst().measurements.at(0).value == 14.0);
    CHECK(action.indicators.constFirst().measurements.at(1).value == 17.5);
    action.indicators.first().measurements.first().value = std::nullopt;
    ActionRepository(*db).update(action);

    const QByteArray bytes = exportDump(*db);
    const Json dump = parseDump(bytes);
    CHECK(dump.at("formatVersion") == DumpFormatVersion);
    const Json* written = nullptr;
    for (const auto& edition : dump.at("editions"))
        for (const auto& a : edition.at("actions"))
            if (a.at("uuid") == action.uuid.toString(QUuid::WithoutBraces).toStdString())
                written = &a.at("indicators").at(0).at("measurements");
    REQUIRE(written != nullptr);
    REQUIRE(written->at(0).contains("value"));
    CHECK(written->at(0).at("value").is_null());
    CHECK(written->at(1).at("value") == 17.5);

    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, bytes);
    const Action restored = ActionRepository(*copy).findByUuid(action.uuid).value();
    CHECK_FALSE(restored.indicators.constFirst().measurements.at(0).value.has_value());
    CHECK(restored.indicators.constFirst().measurements.at(1).value == 17.5);
}

TEST_CASE("a format-6 dump restores its measured values unchanged", "[exchange][dump][unknown]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("source.pacte")));
    importDump(*db, goodDump("full.json"));
    Json dump = parseDump(exportDump(*db));
    dump["formatVersion"] = 6;
    const std::string text = dump.dump();
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, QByteArray::fromStdString(text));
    int measured = 0;
    for (const auto& action : ActionRepository(*db).all()) {
        const Action restored = ActionRepository(*copy).findByUuid(action.uuid).value();
        REQUIRE(restored.indicators.size() == action.indicators.size());
        for (int i = 0; i < action.indicators.size(); ++i) {
            const auto& before = action.indicators.at(i).measurements;
            const auto& after = restored.indicators.at(i).measurements;
            REQUIRE(after.size() == before.size());
            for (int m = 0; m < before.size(); ++m) {
                CHECK(after.at(m).uuid == before.at(m).uuid);
                CHECK(after.at(m).value.has_value());
                CHECK(after.at(m).value == before.at(m).value);
                ++measured;
            }
        }
    }
    CHECK(measured == 2);
}

} // namespace pacte_test_exchange_dump_roundtrip_test
