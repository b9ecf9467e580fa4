// Hidden test cases (tag [.grab]) that save PNG grabs of screens the Xvfb screenshots cannot reach,
// such as the action editor's indicators tab. Run: PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "app/reports/reportpreview.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/actionlist.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_grab_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("grab the action editor's indicators tab", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    {
        auto db = createDatabase(path, true);
        ActionRepository actions(*db);
        SqlQuery query(*db, QStringLiteral("SELECT id FROM action WHERE title = ?"));
        query.bindAll({QStringLiteral("Réseau Digi'Thau")}).exec();
        REQUIRE(query.next());
        const Id id = query.integer(0);
        Action action = actions.find(id).value();
        REQUIRE(!action.indicators.isEmpty());
        Indicator& indicator = action.indicators.last();
        indicator.target = 60;
        const double values[] = {12, 25, 31, 48, 55};
        for (int i = 0; i < 5; ++i)
            indicator.measurements.append({NoId, QUuid::createUuid(), QDate(2019 + i / 2, 1 + 6 * (i % 2), 15),
                                           values[i], std::nullopt,
                                           i == 4 ? QStringLiteral("Bilan annuel") : QString()});
        actions.update(action);
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    auto* section = showSection(window, QStringLiteral("actionsSection"));
    selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    auto* tabs = child<QTabWidget>(section, QStringLiteral("tabs"));
    tabs->setCurrentWidget(child<QWidget>(section, QStringLiteral("indicatorsTab")));
    auto* indicators = child<QTableView>(section, QStringLiteral("indicatorsTable"));
    indicators->setCurrentIndex(indicators->model()->index(indicators->model()->rowCount() - 1, 0));
    QApplication::processEvents();
    window.grab().save(out + QStringLiteral("/action-indicators.png"));
}

namespace {

// The COPIL report dialog, shown over the demo data.
struct ReportDialogOnDemo
{
    TempDir dir;
    MainWindow window;
    std::unique_ptr<ReportDialog> dialog;

    ReportDialogOnDemo()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        REQUIRE(window.openFile(path));
        dialog = std::make_unique<ReportDialog>(*window.document(), window.currentEdition(), &window);
        dialog->show();
    }
};

} // namespace

TEST_CASE("grab the COPIL report dialog", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    ReportDialogOnDemo demo;
    QApplication::processEvents();
    demo.dialog->grab().save(out + QStringLiteral("/report-dialog.png"));
}

TEST_CASE("grab the print preview of the demo report's action sheets", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    ReportDialogOnDemo demo;
    ReportDialog& dialog = *demo.dialog;
    auto* edition = child<QComboBox>(&dialog, QStringLiteral("reportEditionCombo"));
    edition->setCurrentIndex(edition->findText(QStringLiteral("PTI 2017-2021")));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (auto* widget : QApplication::topLevelWidgets()) {
            auto* preview = qobject_cast<ReportPreviewDialog*>(widget);
            if (!preview || !preview->isVisible() || !preview->isLaidOut())
                continue;
            preview->resize(1000, 760);
            auto* zoom = child<QComboBox>(preview, QStringLiteral("previewZoomCombo"));
            zoom->setCurrentIndex(1); // the whole page
            preview->showPage(8);     // action sheets
            QApplication::processEvents();
            preview->grab().save(out + QStringLiteral("/report-preview.png"));
            preview->reject();
        }
    });
    poll.start(100);
    dialog.showPreview();
}

} // namespace pacte_test_gui_grab_test
