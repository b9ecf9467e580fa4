// The print preview of a large report shows its first page at once, lays out the rest while it is
// open, then shows the pages laid out at once (issue 12); closing it stops the layout.
#include "app/reports/reportpreview.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "reports/reportdata.h"
#include "reports/reportpages.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_preview_layout_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The whole-département report of a generated database (`scale` × 100 actions).
struct GeneratedReport
{
    TempDir dir;
    Report report;

    explicit GeneratedReport(int scale)
    {
        const QString path = generateDatabase(dir, QStringLiteral("generated.pacte"), scale);
        auto db = Database::open(path, QStringLiteral("preview"), Database::Access::ReadOnly);
        const auto edition = latestEdition(*db);
        REQUIRE(edition);
        ReportScope scope;
        scope.editionId = edition->id;
        auto built = buildReport(loadReportData(*db, scope));
        REQUIRE(built);
        report = *built;
    }
};

int inked(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            count += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return count;
}

// Page `page` of `pages` as the preview draws it at `zoom`.
QImage drawn(const ReportPages& pages, int page, double zoom)
{
    QImage image((ReportPages::pageSize() * zoom).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    pages.paintPage(painter, page, zoom);
    return image;
}

void grab(QWidget& widget, const QString& name)
{
    if (qEnvironmentVariableIsSet("PACTE_GRAB_DIR"))
        widget.grab().save(QDir(qEnvironmentVariable("PACTE_GRAB_DIR")).filePath(name));
}

} // namespace

TEST_CASE("The print preview shows the first page before the report is laid out, then the whole",
          "[gui][report][preview]")
{
    const GeneratedReport generated(3);
    const ReportPages atOnce(generated.report);
    REQUIRE(atOnce.pageCount() > 60);

    ReportPages pages(generated.report, ReportPages::Deferred{});
    ReportPreviewDialog preview(pages, QStringLiteral("Aperçu"), {});
    preview.resize(1000, 760);
    preview.show();
    // The first page is there before the rest is laid out.
    REQUIRE(preview.pageCount() >= 1);
    REQUIRE_FALSE(preview.isLaidOut());
    CHECK(pages.partsLaidOut() < pages.partCount());
    // Fitted to the page width as the view shows once laid out (it was 10 % on the offscreen platform).
    const double pageWidth = ReportPages::pageSize().width();
    CHECK(preview.zoom() * pageWidth > child<QListView>(&preview, QStringLiteral("previewPages"))->width() * 0.7);
    CHECK(child<QSpinBox>(&preview, QStringLiteral("previewPageSpin"))->value() == 1);  // from the first page
    child<QComboBox>(&preview, QStringLiteral("previewZoomCombo"))->setCurrentIndex(4); // 100 %
    const QImage firstBefore = preview.pageImage(0);
    CHECK(inked(firstBefore) > 500);
    auto* view = child<QListView>(&preview, QStringLiteral("previewPages"));
    CHECK(view->model()->rowCount() == preview.pageCount());
    auto* print = child<QAction>(&preview, QStringLiteral("previewPrintAction"));
    CHECK_FALSE(print->isEnabled()); // printing waits for every page
    auto* status = child<QStatusBar>(&preview, QStringLiteral("previewStatusBar"));
    auto* progress = child<QLabel>(&preview, QStringLiteral("previewLayoutProgress"));
    CHECK_FALSE(status->isHidden());
    CHECK(progress->text().contains(QStringLiteral("/ %1").arg(QLocale().toString(pages.partCount()))));
    CHECK(child<QLabel>(&preview, QStringLiteral("previewPageCount"))->text().endsWith(QChar(0x2026)));
    grab(preview, QStringLiteral("preview-laying-out.png"));
    if (qEnvironmentVariableIsSet("PACTE_GRAB_DIR")) // its footer: "page 1 / …"
        firstBefore.save(QDir(qEnvironmentVariable("PACTE_GRAB_DIR")).filePath(QStringLiteral("preview-page1.png")));

    // Pages are added as they become known, then the whole is laid out.
    QSignalSpy laidOut(&preview, &ReportPreviewDialog::laidOut);
    int seen = preview.pageCount();
    bool grew = false;
    QElapsedTimer waited;
    waited.start();
    while (!preview.isLaidOut() && waited.elapsed() < 120000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        grew = grew || (preview.pageCount() > seen && !preview.isLaidOut());
        seen = preview.pageCount();
        REQUIRE(view->model()->rowCount() == preview.pageCount());
    }
    REQUIRE(preview.isLaidOut());
    CHECK(laidOut.count() == 1);
    CHECK(grew);
    grab(preview, QStringLiteral("preview-laid-out.png"));

    // Then it is the report laid out at once: its pages, its footers, its contents.
    REQUIRE(preview.pageCount() == atOnce.pageCount());
    CHECK(view->model()->rowCount() == atOnce.pageCount());
    for (int page = 0; page < atOnce.pageCount(); ++page) {
        INFO("page " << page + 1);
        const PageSlice& a = pages.pages().at(page);
        const PageSlice& b = atOnce.pages().at(page);
        CHECK((a.top == b.top && a.bottom == b.bottom && a.headerTop == b.headerTop &&
               a.headerBottom == b.headerBottom && a.cutInTable == b.cutInTable));
    }
    const double zoom = preview.zoom() * preview.devicePixelRatioF();
    for (const int page : {0, 1, atOnce.pageCount() - 1}) {
        INFO("page " << page + 1 << " drawn");
        CHECK(preview.pageImage(page) == drawn(atOnce, page, zoom));
    }
    CHECK(preview.pageImage(0) != firstBefore); // drawn again: "page 1 / N" in its footer
    CHECK(print->isEnabled());
    CHECK(status->isHidden());
    CHECK(child<QLabel>(&preview, QStringLiteral("previewPageCount"))
              ->text()
              .endsWith(QString::number(atOnce.pageCount())));
    preview.showPage(atOnce.pageCount() - 1);
    CHECK(preview.currentPage() == atOnce.pageCount() - 1);
}

TEST_CASE("Closing the print preview stops the layout of what is left", "[gui][report][preview]")
{
    const GeneratedReport generated(3);
    ReportPages pages(generated.report, ReportPages::Deferred{});
    ReportPreviewDialog preview(pages, QStringLiteral("Aperçu"), {});
    preview.show();
    QApplication::processEvents();
    preview.reject();
    const int laidOut = pages.partsLaidOut();
    REQUIRE_FALSE(pages.isComplete());
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(pages.partsLaidOut() == laidOut);
    CHECK_FALSE(pages.isComplete());
}

} // namespace pacte_test_gui_preview_layout_test
