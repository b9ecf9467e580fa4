// A report's action sheets measured on two threads (sheetmeasurer.h): each sheet measured once, by
// one thread or the other, every extent the one of its own sheet.
#include "reports/sheetmeasurer.h"

#include <atomic>
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QThread>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_sheet_measurer_test {

using namespace pacte;

namespace {

PackedSheets numberedSheets(int count)
{
    PackedSheets sheets;
    for (int n = 0; n < count; ++n) {
        ActionSheet sheet;
        sheet.title = QString::number(n);
        sheets.append(sheet);
    }
    return sheets;
}

// A sheet's "height" is its number read from its title: an extent for the wrong sheet shows.
SheetExtent extentOf(const ActionSheet& sheet, int index, unsigned long micros = 200)
{
    QThread::usleep(micros); // long enough for both threads to take some
    return {index, sheet.title.toDouble(), {}};
}

} // namespace

TEST_CASE("sheets measured on two threads are each measured once, as they would be on one", "[reports][sheets]")
{
    constexpr int Count = 1000;
    const PackedSheets sheets = numberedSheets(Count);
    std::atomic<int> byWorker{0};
    int here = 0;
    {
        SheetMeasurer measurer(sheets, [&byWorker] {
            return [&byWorker](const ActionSheet& sheet, int index) {
                ++byWorker;
                return extentOf(sheet, index);
            };
        });
        // Once the worker has taken a sheet (from the last one back), the caller starts from the first:
        // the worker would need 200 ms to reach it first.
        QElapsedTimer waited;
        waited.start();
        while (byWorker.load() == 0 && waited.elapsed() < 10000)
            QThread::usleep(100);
        for (int index = 0; index < Count; ++index) {
            const SheetExtent extent = measurer.extent(index, [&] {
                ++here;
                return extentOf(sheets.at(index), index);
            });
            CHECK(extent.index == index);
            CHECK(extent.height == index);
        }
    }
    CHECK(here + byWorker.load() == Count);
    CHECK(here > 0);
    CHECK(byWorker.load() > 0);
}

TEST_CASE("the measurer stops its worker when the layout stops early", "[reports][sheets]")
{
    // Five seconds of work for the worker alone.
    const PackedSheets sheets = numberedSheets(5000);
    std::atomic<int> byWorker{0};
    {
        SheetMeasurer measurer(sheets, [&byWorker] {
            return [&byWorker](const ActionSheet& sheet, int index) {
                ++byWorker;
                return extentOf(sheet, index, 1000);
            };
        });
        CHECK(measurer.extent(0, [&] { return extentOf(sheets.at(0), 0); }).height == 0);
        // Cancelled here: the destructor stops the worker after the sheet it is at.
    }
    CHECK(byWorker.load() < 4999);
}

TEST_CASE("a worker that fails leaves its sheets to the caller", "[reports][sheets]")
{
    const PackedSheets sheets = numberedSheets(100);
    SheetMeasurer measurer(sheets, []() -> SheetMeasurer::Measure {
        return [](const ActionSheet&, int) -> SheetExtent { throw std::runtime_error("no fonts"); };
    });
    for (int index = 99; index >= 0; --index)
        CHECK(measurer.extent(index, [&] { return extentOf(sheets.at(index), index); }).height == index);
}

} // namespace pacte_test_reports_sheet_measurer_test
