// The report laid out a slice at a time (what the print preview does, issue 12): the pages known on
// the way are those of the layout at once, and the whole, once complete, is the same in every part,
// page, footer and contents' page number.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reporthtml.h"
#include "reports/reportpages.h"
#include "reporttestutil.h"
#include "storage/editionloader.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QTextDocument>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_incremental_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Report builtReport(Database& db, const ReportScope& scope)
{
    auto report = buildReport(loadReportData(db, scope));
    REQUIRE(report.has_value());
    return *report;
}

bool samePage(const PageSlice& a, const PageSlice& b)
{
    return a.top == b.top && a.bottom == b.bottom && a.headerTop == b.headerTop && a.headerBottom == b.headerBottom &&
           a.cutInTable == b.cutInTable;
}

QImage pageImage(const ReportPages& pages, int page)
{
    QImage image((ReportPages::pageSize() * 0.75).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    pages.paintPage(painter, page, 0.75);
    return image;
}

// The report laid out in slices, now complete, is the one laid out at once.
void checkSameAsAtOnce(const ReportPages& slices, const ReportPages& atOnce)
{
    REQUIRE(slices.isComplete());
    REQUIRE(slices.parts().size() == atOnce.parts().size());
    for (qsizetype i = 0; i < atOnce.parts().size(); ++i) {
        const ReportPart& a = slices.parts().at(i);
        const ReportPart& b = atOnce.parts().at(i);
        INFO("part " << i);
        CHECK(a.top == b.top);
        CHECK(a.height() == b.height());
        CHECK(a.sheet.has_value() == b.sheet.has_value());
        if (a.sheet && b.sheet)
            CHECK(a.sheet->index == b.sheet->index);
        if (a.document && b.document)
            CHECK(a.document->toPlainText() == b.document->toPlainText()); // the contents' numbers too
    }
    REQUIRE(slices.pageCount() == atOnce.pageCount());
    for (int page = 0; page < atOnce.pageCount(); ++page) {
        INFO("page " << page + 1);
        CHECK(samePage(slices.pages().at(page), atOnce.pages().at(page)));
    }
    CHECK(slices.headingPositions() == atOnce.headingPositions());
    // Drawn alike: the footers' "page N / M", the contents, the first and last pages.
    for (const int page : {0, 1, 2, atOnce.pageCount() - 1}) {
        if (page < 0 || page >= atOnce.pageCount())
            continue;
        INFO("page " << page + 1 << " drawn");
        CHECK(pageImage(slices, page) == pageImage(atOnce, page));
    }
}

// Lays `report` out one part at a time: each time, the pages known are the first pages of the
// layout at once. Returns how many pages were known while half the parts were left.
int checkSliceBySlice(const Report& report, const ReportPages& atOnce)
{
    ReportPages slices(report, ReportPages::Deferred{});
    CHECK_FALSE(slices.isComplete());
    CHECK(slices.pageCount() == 0);
    int knownAtHalf = -1;
    int known = 0;
    while (!slices.layOutMore(0)) {
        INFO(slices.partsLaidOut() << " parts of " << slices.partCount());
        REQUIRE(slices.pageCount() >= known); // pages are only added
        REQUIRE(slices.pageCount() <= atOnce.pageCount());
        for (int page = known; page < slices.pageCount(); ++page) {
            INFO("page " << page + 1);
            REQUIRE(samePage(slices.pages().at(page), atOnce.pages().at(page)));
        }
        known = slices.pageCount();
        if (knownAtHalf < 0 && slices.partsLaidOut() * 2 >= slices.partCount())
            knownAtHalf = known;
    }
    checkSameAsAtOnce(slices, atOnce);
    return knownAtHalf;
}

} // namespace

TEST_CASE("the demo report laid out a part at a time: the same pages, known on the way", "[reports][pages]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Report report = builtReport(*db, demoScope(*db));
    const ReportPages atOnce(report);
    REQUIRE(atOnce.pageCount() > 5);
    CHECK(checkSliceBySlice(report, atOnce) > 0);
}

TEST_CASE("a generated report laid out in timed slices: the same pages, footers and contents", "[reports][pages]")
{
    TempDir dir;
    const QString path = generateDatabase(dir, QStringLiteral("generated.pacte"), 2);
    auto db = Database::open(path, QStringLiteral("incremental"), Database::Access::ReadOnly);
    const auto edition = latestEdition(*db);
    REQUIRE(edition);
    ReportScope scope;
    scope.editionId = edition->id;
    const Report report = builtReport(*db, scope);
    REQUIRE(report.sheets.size() >= 100);
    // A long section is read in one slice and laid out in the next: some are long enough.
    const QStringList htmlParts = report.html.split(QLatin1String(PartMark), Qt::SkipEmptyParts);
    CHECK(std::any_of(htmlParts.cbegin(), htmlParts.cend(),
                      [](const QString& html) { return html.size() > ReportPages::LongPart; }));
    const ReportPages atOnce(report);
    REQUIRE(atOnce.pageCount() > 40);

    // Part by part: the pages known on the way are the first pages of the whole.
    CHECK(checkSliceBySlice(report, atOnce) > 10);

    // In slices of a few milliseconds: while incomplete, the footers and contents wait for the page
    // count (the page drawn differs), and the report cannot be printed; then all is as at once.
    ReportPages slices(report, ReportPages::Deferred{});
    while (slices.pageCount() < 3 && !slices.layOutMore(5)) {
    }
    REQUIRE_FALSE(slices.isComplete());
    CHECK(pageImage(slices, 1) != pageImage(atOnce, 1));
    while (!slices.layOutMore(5)) {
    }
    checkSameAsAtOnce(slices, atOnce);
}

} // namespace pacte_test_reports_report_incremental_test
