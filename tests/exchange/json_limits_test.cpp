// JSON that nlohmann's document cannot take safely is refused before it is built (issue 23): 100,000
// nested levels crashed the sheet import, sheet mode and the dump import (the stack overflowed),
// and a key given twice silently lost one of its values.
#include "common/sheetfixture.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "exchange/jsonaccess.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

using namespace pacte;
using namespace pacte::test;

namespace {

// `prefix`, then `levels` nested lists (or objects), then `suffix`.
QByteArray nested(const QByteArray& prefix, int levels, bool objects, const QByteArray& suffix)
{
    QByteArray bytes = prefix;
    bytes.reserve(prefix.size() + levels * 8 + suffix.size());
    for (int i = 0; i < levels; ++i)
        bytes += objects ? QByteArrayLiteral("{\"a\":") : QByteArrayLiteral("[");
    bytes += "0";
    for (int i = 0; i < levels; ++i)
        bytes += objects ? '}' : ']';
    return bytes + suffix;
}

constexpr int Deep = 100000;

} // namespace

TEST_CASE("A sheet nested 100,000 levels deep is refused, in sheet mode and at import", "[exchange][json]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    exportSheet(*f.db, f.group);
    const QByteArray before = fileBytes(f.path);
    const bool objects = GENERATE(false, true);
    const QByteArray deep =
        nested(R"({"format": "pacte-sheet", "formatVersion": 1, "group": {"notes": )", Deep, objects, "}}");
    try {
        readSheet(deep);
        FAIL("read");
    } catch (const InputError& error) {
        INFO(error.message().toStdString().substr(0, 300));
        CHECK(error.path().startsWith(QStringLiteral("group.notes")));
        CHECK(error.message().contains(QString::number(json::MaxDepth)));
    }
    CHECK_THROWS_AS(SheetImport(*f.db, deep, QStringLiteral("profonde.json")), InputError);
    CHECK_THROWS_AS(readSheetOrigin(deep), InputError);
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("A dump nested 100,000 levels deep is refused and nothing is written", "[exchange][json]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    auto db = createDatabase(path);
    const QByteArray before = fileBytes(path);
    const QByteArray deep =
        nested(R"({"format": "pacte-dump", "formatVersion": 1, "territories": )", Deep, GENERATE(false, true), "}");
    CHECK_THROWS_AS(importDump(*db, deep), InputError);
    CHECK(TerritoryRepository(*db).count() == 0);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Nesting up to the limit is read, one level more is refused at its path", "[exchange][json]")
{
    const QByteArray fits = nested({}, json::MaxDepth, false, {});
    CHECK_NOTHROW(json::parse(fits));
    const QByteArray over = nested(R"({"liste": )", json::MaxDepth, false, "}");
    try {
        json::parse(over);
        FAIL("parsed");
    } catch (const InputError& error) {
        QString expected = QStringLiteral("liste");
        for (int i = 0; i < json::MaxDepth - 1; ++i)
            expected += QStringLiteral("[0]");
        CHECK(error.path() == expected);
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
