// Hidden test cases (tag [.grab]) that save PNG grabs of the spreadsheet screens: the File menu with
// its exports, the save dialog of a list export. Run: PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_tables_grab_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("grab the File menu and the list export's dialog", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    showSection(window, QStringLiteral("actionsSection"));
    QMenu* file = window.menuBar()->actions().constFirst()->menu();
    REQUIRE(file != nullptr);
    file->popup(window.mapToGlobal(QPoint(0, 20)));
    QApplication::processEvents();
    CHECK(file->grab().save(QDir(out).filePath(QStringLiteral("file-menu.png"))));
    file->close();
    QTimer::singleShot(0, [out] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->resize(900, 520);
        QApplication::processEvents();
        CHECK(dialog->grab().save(QDir(out).filePath(QStringLiteral("export-list-dialog.png"))));
        dialog->reject();
    });
    child<QAction>(&window, QStringLiteral("exportListAction"))->trigger();
}

} // namespace pacte_test_gui_tables_grab_test
