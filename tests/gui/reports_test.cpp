// Rapports ▸ Rapport COPIL…: the dialog opens from the menu, takes a scope and sections, and writes
// the report; the print preview paints the same pages.
#include "app/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "app/reports/reportpreview.h"
#include "common/guitestutil.h"
#include "common/testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_reports_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("the COPIL report dialog opens from the Reports menu and writes a PDF of its scope", "[gui][reports]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();

    auto* action = child<QAction>(&window, QStringLiteral("copilReportAction"));
    action->trigger();
    auto* dialog = child<ReportDialog>(&window, QStringLiteral("reportDialog"));
    REQUIRE(dialog->isVisible());
    child<QPushButton>(dialog, QStringLiteral("reportPreviewButton"));
    child<QPushButton>(dialog, QStringLiteral("reportSaveButton"));

    auto* edition = child<QComboBox>(dialog, QStringLiteral("reportEditionCombo"));
    edition->setCurrentIndex(edition->findText(QStringLiteral("PTI 2017-2021")));
    auto* year = child<QComboBox>(dialog, QStringLiteral("reportYearCombo"));
    CHECK(year->count() == 1 + 5); // current data, then 2017 to 2021
    auto* territory = child<QComboBox>(dialog, QStringLiteral("reportTerritoryCombo"));
    territory->setCurrentIndex(territory->findText(QStringLiteral("Étang de Thau")));
    child<QCheckBox>(dialog, QStringLiteral("sheetsCheck"))->setChecked(false);
    child<QComboBox>(dialog, QStringLiteral("reportVersionCombo"))->setCurrentIndex(1);

    if (qEnvironmentVariableIsSet("PACTE_SCREENSHOT_DIR"))
        dialog->grab().save(
            QDir(qEnvironmentVariable("PACTE_SCREENSHOT_DIR")).filePath(QStringLiteral("reportdialog.png")));

    const ReportScope scope = dialog->scope();
    CHECK(scope.territoryId != NoId);
    CHECK_FALSE(scope.sections.actionSheets);
    CHECK(scope.copilVersion);

    const QString pdf = dir.path(QStringLiteral("thau.pdf"));
    CHECK(dialog->saveTo(pdf).isEmpty());
    REQUIRE(QFileInfo(pdf).size() > 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Mobilité des publics en insertion")));
    // The objectives of "Réseau Digi'Thau" are on its action sheet only, and the sheets are off.
    CHECK_FALSE(text.contains(QStringLiteral("Faciliter les échanges et le partage des savoirs")));
    // A Montpelliérain group is not among Étang de Thau's (the coverage section, further on, names the
    // themes without a group in the territory, and this group bears its theme's name). The section's
    // title comes first in the table of contents, then as its heading.
    const QString coverageTitle = QStringLiteral("Qui fait quoi, où");
    const QString groupsPart = text.left(text.indexOf(coverageTitle, text.indexOf(coverageTitle) + 1));
    CHECK(groupsPart.contains(QStringLiteral("Mobilité des publics en insertion")));
    CHECK_FALSE(groupsPart.contains(QStringLiteral("Illettrisme et illectronisme")));
    CHECK(text.contains(QStringLiteral("page 1 / ")));

    // The print preview shows the same pages, and offers to save.
    int previewPages = -1;
    bool canSave = false;
    bool firstDrawn = false;
    bool lastShown = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (auto* widget : QApplication::topLevelWidgets()) {
            auto* preview = qobject_cast<ReportPreviewDialog*>(widget);
            if (!preview || !preview->isVisible() || !preview->isLaidOut()) // laid out while it shows
                continue;
            previewPages = preview->pageCount();
            // The pages are drawn as they come into view: the first, and the last once shown.
            child<QComboBox>(preview, QStringLiteral("previewZoomCombo"))->setCurrentIndex(4); // 100 %
            const QImage first = preview->pageImage(0);
            int inked = 0;
            for (int y = 0; y < first.height(); y += 2)
                for (int x = 0; x < first.width(); x += 2)
                    inked += first.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            firstDrawn = inked > 500; // the cover's text
            preview->showPage(previewPages - 1);
            lastShown = child<QSpinBox>(preview, QStringLiteral("previewPageSpin"))->value() == previewPages;
            canSave = preview->findChild<QAction*>(QStringLiteral("reportPreviewSaveAction")) != nullptr;
            preview->reject();
        }
    });
    poll.start(100);
    dialog->showPreview();
    poll.stop();
    CHECK(canSave);
    CHECK(firstDrawn);
    CHECK(lastShown);
    const QString count = QString::number(previewPages);
    CHECK(text.contains(QStringLiteral("page 1 / %1").arg(count)));

    CHECK_FALSE(dialog->saveTo(dir.path(QStringLiteral("rapport.txt"))).isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("rapport.txt"))));
    dialog->close();
}

} // namespace pacte_test_gui_reports_test
