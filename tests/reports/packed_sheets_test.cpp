// The report's action sheets kept packed (packedsheets.h): every sheet read back as it was added,
// whatever the order it is read in, across the blocks they are packed in.
#include "reports/packedsheets.h"

#include <catch2/catch.hpp>

#include <QColor>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_packed_sheets_test {

using namespace pacte;

namespace {

// Sheet `n`: its own title and texts, every style, a status square's colour, a null and an empty
// string, line feeds, a character outside the BMP; a varying number of lines and indicators.
ActionSheet sheet(int n)
{
    ActionSheet sheet;
    sheet.title = QStringLiteral("Action n° %1 — « accès à l'emploi » \U0001F4C8").arg(n);
    sheet.lines.append({QStringLiteral("Groupe de travail"), {SheetRun(QStringLiteral("Groupe %1").arg(n % 7))}});
    sheet.lines.append({QStringLiteral("Statut"),
                        {SheetRun(QStringLiteral("\u25a0"), SheetStyle::Body, QColor(0x2e, 0x7d, 0x32)),
                         SheetRun(QStringLiteral(" ")), SheetRun(QStringLiteral("en cours"), SheetStyle::Strong)}});
    sheet.lines.append({QString(), {SheetRun(QString(), SheetStyle::Missing), SheetRun(QStringLiteral(""))}});
    for (int i = 0; i < n % 4; ++i)
        sheet.lines.append({QStringLiteral("Objectif %1").arg(i),
                            {SheetRun(QStringLiteral("ligne 1\nligne 2 (%1)").arg(n), SheetStyle::Body),
                             SheetRun(QStringLiteral("expérimentation"), SheetStyle::Tag),
                             SheetRun(QStringLiteral("31 décembre 2024"), SheetStyle::Small)}});
    if (n % 3 != 0) {
        sheet.indicatorHeaders = {QStringLiteral("Indicateur"), QStringLiteral("Cible")};
        sheet.indicatorWidths = {70, 30};
        for (int i = 0; i < n % 5; ++i)
            sheet.indicators.append({SheetCell({SheetRun(QStringLiteral("Indicateur %1.%2").arg(n).arg(i))}),
                                     SheetCell({SheetRun(QString::number(n * 10 + i))}, true)});
    }
    return sheet;
}

void checkSame(const SheetText& got, const SheetText& expected)
{
    REQUIRE(got.size() == expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        CHECK(got.at(i).text == expected.at(i).text);
        CHECK(got.at(i).text.isNull() == expected.at(i).text.isNull());
        CHECK(got.at(i).style == expected.at(i).style);
        CHECK(got.at(i).colour == expected.at(i).colour);
        CHECK(got.at(i).colour.isValid() == expected.at(i).colour.isValid());
    }
}

void checkSame(const ActionSheet& got, const ActionSheet& expected)
{
    CHECK(got.title == expected.title);
    REQUIRE(got.lines.size() == expected.lines.size());
    for (qsizetype i = 0; i < got.lines.size(); ++i) {
        CHECK(got.lines.at(i).first == expected.lines.at(i).first);
        CHECK(got.lines.at(i).first.isNull() == expected.lines.at(i).first.isNull());
        checkSame(got.lines.at(i).second, expected.lines.at(i).second);
    }
    CHECK(got.indicatorHeaders == expected.indicatorHeaders);
    CHECK(got.indicatorWidths == expected.indicatorWidths);
    REQUIRE(got.indicators.size() == expected.indicators.size());
    for (qsizetype r = 0; r < got.indicators.size(); ++r) {
        REQUIRE(got.indicators.at(r).size() == expected.indicators.at(r).size());
        for (qsizetype c = 0; c < got.indicators.at(r).size(); ++c) {
            CHECK(got.indicators.at(r).at(c).numeric == expected.indicators.at(r).at(c).numeric);
            checkSame(got.indicators.at(r).at(c).text, expected.indicators.at(r).at(c).text);
        }
    }
    CHECK(sheetHtml(got) == sheetHtml(expected));
}

} // namespace

TEST_CASE("packed action sheets read back as they were added, in any order", "[reports][sheets]")
{
    // Two full blocks and part of a third (the last, not packed yet).
    const int count = static_cast<int>(PackedSheets::BlockSize * 2 + 5);
    PackedSheets packed;
    CHECK(packed.isEmpty());
    for (int n = 0; n < count; ++n)
        packed.append(sheet(n));
    REQUIRE(packed.size() == count);
    CHECK_FALSE(packed.isEmpty());

    SECTION("in order")
    {
        for (int n = 0; n < count; ++n)
            checkSame(packed.at(n), sheet(n));
    }
    SECTION("backwards, and jumping between blocks")
    {
        for (int n = count - 1; n >= 0; --n)
            checkSame(packed.at(n), sheet(n));
        for (const int n : {0, count - 1, static_cast<int>(PackedSheets::BlockSize), 1, count - 2,
                            static_cast<int>(PackedSheets::BlockSize) - 1})
            checkSame(packed.at(n), sheet(n));
    }
    SECTION("a copy holds the same sheets, and more added to it leave the original as it was")
    {
        PackedSheets copy = packed;
        copy.append(sheet(1000));
        CHECK(copy.size() == count + 1);
        CHECK(packed.size() == count);
        checkSame(copy.at(count), sheet(1000));
        checkSame(copy.at(3), sheet(3));
        checkSame(packed.at(count - 1), sheet(count - 1));
    }
}

TEST_CASE("a list of sheets is packed as they are listed", "[reports][sheets]")
{
    const PackedSheets packed{sheet(1), sheet(2)};
    REQUIRE(packed.size() == 2);
    checkSame(packed.constFirst(), sheet(1));
    checkSame(packed.at(1), sheet(2));
}

} // namespace pacte_test_reports_packed_sheets_test
