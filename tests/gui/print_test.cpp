// The report dialog's defaults and its print preview at 1366×768; printing one action sheet or one
// group's sheets from their editors (issue #22).
#include "app/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "app/reports/reportpreview.h"
#include "app/reports/sheetprint.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "reports/reportbuilder.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QToolBar>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_print_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The report's file name says the edition, the territory and the year", "[gui][report]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    REQUIRE(window.openFile(path));
    ReportDialog dialog(*window.document(), NoId);
    auto* edition = child<QComboBox>(&dialog, QStringLiteral("reportEditionCombo"));
    edition->setCurrentIndex(edition->findText(QStringLiteral("PTI 2017-2021")));
    auto* territory = child<QComboBox>(&dialog, QStringLiteral("reportTerritoryCombo"));
    territory->setCurrentIndex(territory->findText(QStringLiteral("Étang de Thau")));
    auto* year = child<QComboBox>(&dialog, QStringLiteral("reportYearCombo"));
    year->setCurrentIndex(year->findData(2019));
    CHECK(dialog.defaultFileName() == translated("pacte::ReportDialog", "COPIL report") +
                                          QStringLiteral(" - PTI 2017-2021 - Étang de Thau - 2019.pdf"));
    territory->setCurrentIndex(0);
    CHECK(dialog.defaultFileName().contains(QStringLiteral(" - Hérault - 2019.pdf")));
}

TEST_CASE("The print preview fits the screen with its save action in view", "[gui][report]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    ReportDialog dialog(*window.document(), NoId, &window);
    dialog.show();
    QRect geometry;
    QRect available;
    bool saveShown = false;
    bool seen = false;
    // The report is read and built (with a progress dialog) before the preview shows: wait for it.
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* preview = qobject_cast<ReportPreviewDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        seen = true;
        geometry = preview->frameGeometry();
        available = preview->screen()->availableGeometry();
        auto* save = preview->findChild<QAction*>(QStringLiteral("reportPreviewSaveAction"));
        auto* toolbar = preview->findChild<QToolBar*>();
        saveShown = save && toolbar && toolbar->widgetForAction(save) && toolbar->widgetForAction(save)->isVisible();
        preview->reject();
    });
    watch.start();
    dialog.showPreview();
    watch.stop();
    REQUIRE(seen);
    CHECK(geometry.width() <= available.width());
    CHECK(geometry.height() <= available.height());
    CHECK(saveShown);
}

TEST_CASE("One action sheet, or one group's sheets, print from their editors", "[gui][report][print]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    Database& db = window.document()->database();
    const Action digithau =
        recordsWhere<Action>(db, QStringLiteral("title = ?"), {QStringLiteral("Réseau Digi'Thau")}).first();
    const auto one = buildSheetsReport(nullptr, db, sheetsScope(window.currentEdition(), NoId, digithau.id));
    REQUIRE(one);
    REQUIRE(one->sheets.size() == 1);
    CHECK(one->fullHtml().contains(QStringLiteral("Digi")));
    const auto group = buildSheetsReport(nullptr, db, sheetsScope(window.currentEdition(), digithau.groupId, NoId));
    REQUIRE(group);
    CHECK(group->sheets.size() == ActionRepository(db).ofGroup(digithau.groupId).size());
    CHECK(group->sheets.size() > 1);

    // The action editor's "Print…" opens the preview, with its "Save as PDF…" in view.
    auto* actions = showSection(window, QStringLiteral("actionsSection"));
    selectRow(actions, digithau.title);
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* preview = qobject_cast<ReportPreviewDialog*>(QApplication::activeModalWidget())) {
            shown = preview->objectName();
            preview->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(actions, QStringLiteral("printButton")), Qt::LeftButton);
    CHECK(shown == QStringLiteral("sheetPreviewDialog"));

    auto* groups = showSection(window, QStringLiteral("groupsSection"));
    shown.clear();
    selectRow(groups, WorkingGroupRepository(db).find(digithau.groupId)->name);
    QTimer::singleShot(0, [&shown] {
        if (auto* preview = qobject_cast<ReportPreviewDialog*>(QApplication::activeModalWidget())) {
            shown = preview->objectName();
            preview->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(groups, QStringLiteral("printButton")), Qt::LeftButton);
    CHECK(shown == QStringLiteral("sheetPreviewDialog"));
}

} // namespace pacte_test_gui_print_test
