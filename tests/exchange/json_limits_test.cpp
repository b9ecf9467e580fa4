// JSON that nlohmann's document cannot take safely is refused before it is built (issue 23): 100,000
// nested levels crashed the sheet import, sheet mode and the dump import (the stack overflowed),
// and a key given twice silently lost one of its values.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "exchange/jsonaccess.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_json_limits_test {

using namespace pacte;
using namespace pacte::test;

namespace {

constexpr int Deep = 100000;

// `levels` nested lists (or objects) around a 0.
QByteArray nested(int levels, bool objects)
{
    QByteArray bytes;
    bytes.reserve(levels * 8);
    for (int i = 0; i < levels; ++i)
        bytes += objects ? QByteArrayLiteral("{\"a\":") : QByteArrayLiteral("[");
    bytes += "0";
    for (int i = 0; i < levels; ++i)
        bytes += objects ? '}' : ']';
    return bytes;
}

// `document` with its "@deep@" value replaced by 100,000 nested levels: a real file otherwise, so
// that reading goes as far as that value (a header that fails first would hide the crash).
QByteArray withDeepValue(Json document, bool objects)
{
    return dumpJson(document).replace("\"@deep@\"", nested(Deep, objects));
}

} // namespace

TEST_CASE("A sheet nested 100,000 levels deep is refused, in sheet mode and at import", "[exchange][json]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    const QByteArray before = fileBytes(f.path);
    const bool objects = GENERATE(false, true);
    sheet["group"]["actions"][0]["title"] = "@deep@";
    const QByteArray deep = withDeepValue(sheet, objects);
    try {
        readSheet(deep);
        FAIL("read");
    } catch (const InputError& error) {
        INFO(error.message().toStdString().substr(0, 300));
        CHECK(error.path().startsWith(QStringLiteral("group.actions[0].title")));
        CHECK(error.path().size() < 100);
        CHECK(error.message().contains(QString::number(json::MaxDepth)));
    }
    CHECK_THROWS_AS(SheetImport(*f.db, deep, QStringLiteral("profonde.json")), InputError);
    CHECK_THROWS_AS(readSheetOrigin(deep), InputError);
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("A dump nested 100,000 levels deep is refused and nothing is written", "[exchange][json]")
{
    TempDir dir;
    auto demo = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    Json dump = parseJson(exportDump(*demo));
    dump["territories"][0]["name"] = "@deep@";
    const QByteArray deep = withDeepValue(dump, GENERATE(false, true));
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    auto db = createDatabase(path);
    const QByteArray before = fileBytes(path);
    try {
        importDump(*db, deep);
        FAIL("imported");
    } catch (const InputError& error) {
        CHECK(error.path().startsWith(QStringLiteral("territories[0].name")));
    }
    CHECK(TerritoryRepository(*db).count() == 0);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Nesting up to the limit is read, one level more is refused at its path", "[exchange][json]")
{
    CHECK_NOTHROW(json::parse(nested(json::MaxDepth, false)));
    const QByteArray over = "{\"liste\": " + nested(json::MaxDepth, false) + "}";
    try {
        json::parse(over);
        FAIL("parsed");
    } catch (const InputError& error) {
        // Where the nesting starts, not all of it.
        CHECK(error.path() == QStringLiteral("liste[0][0][0][0][0][0][0]…"));
    }
}

TEST_CASE("A key given twice is refused at its path, wherever it is", "[exchange][json]")
{
    const auto pathOf = [](const char* text) {
        try {
            json::parse(QByteArray(text));
        } catch (const InputError& error) {
            return error.path();
        }
        return QStringLiteral("(accepted)");
    };
    CHECK(pathOf(R"({"a": 1, "a": 2})") == QStringLiteral("a"));
    CHECK(pathOf(R"({"a": {"b": 1, "c": {}, "b": 2}})") == QStringLiteral("a.b"));
    CHECK(pathOf(R"({"l": [{"x": 1}, {"y": [1, 2], "y": 3}]})") == QStringLiteral("l[1].y"));
    // The same key in two objects is no duplicate.
    CHECK(pathOf(R"({"l": [{"x": 1}, {"x": 2}], "x": {"x": 3}})") == QStringLiteral("(accepted)"));
}

} // namespace pacte_test_exchange_json_limits_test
