// A report written where writes fail (issue 23): every write is checked, the error names the cause,
// and nothing is left under the name. /dev/full fails every write; a full tmpfs (mounted when the
// tests run as root) is the real case.
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reporttestutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_write_failure_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Report demoReport(const TempDir& dir)
{
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    auto report = buildReport(loadReportData(*db, demoScope(*db)));
    REQUIRE(report.has_value());
    return *report;
}

} // namespace

TEST_CASE("A report written to a device that refuses every write fails", "[reports][files]")
{
    TempDir dir;
    const Report report = demoReport(dir);
    const auto format = GENERATE(ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Html);
    CAPTURE(static_cast<int>(format));
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly));
    bool cancelled = true;
    CHECK_FALSE(writeReport(report, full, format, {}, &cancelled));
    CHECK_FALSE(cancelled);
    // A device that takes everything succeeds: what failed was the writing.
    QFile null(QStringLiteral("/dev/null"));
    REQUIRE(null.open(QIODevice::WriteOnly));
    CHECK(writeReport(report, null, format));
}

TEST_CASE("A report on a full disk is an error in French, and no file is left", "[reports][files]")
{
    TempDir dir;
    const Report report = demoReport(dir);
    SmallFileSystem disk(256 * 1024);
    if (!disk.mounted())
        return;
    const auto format = GENERATE(ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Html);
    const QString name = format == ReportFormat::Pdf   ? QStringLiteral("rapport.pdf")
                         : format == ReportFormat::Odt ? QStringLiteral("rapport.odt")
                                                       : QStringLiteral("rapport.html");
    CAPTURE(name.toStdString());
    // A few kilobytes left: the report starts, then the disk fills up.
    {
        QFile ballast(disk.path(QStringLiteral("lest.bin")));
        REQUIRE(ballast.open(QIODevice::WriteOnly));
        REQUIRE(ballast.write(QByteArray(240 * 1024, 'x')) == 240 * 1024);
    }
    const QString error = writeReportFile(report, disk.path(name), format);
    INFO(error.toStdString());
    CHECK(error.contains(name));
    CHECK(error.contains(QStringLiteral("disque est plein")));
    CHECK_FALSE(QFileInfo::exists(disk.path(name)));
    CHECK(QDir(disk.path(QStringLiteral("."))).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("lest.bin")});
}

} // namespace pacte_test_reports_report_write_failure_test
