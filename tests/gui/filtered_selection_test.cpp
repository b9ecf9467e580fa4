// The editor shows only an item the list shows: a search or a filter that hides the selected item
// clears the editor, so that no one edits an action she can no longer see (issue #22).
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_filtered_selection_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A search that hides the selected action clears the editor", "[gui][selection]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    auto* section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("actionsSection")));
    REQUIRE(section);
    auto* detail = child<QStackedWidget>(section, QStringLiteral("actionsDetail"));
    auto* title = child<QLineEdit>(section, QStringLiteral("titleEdit"));

    selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    CHECK(detail->currentIndex() == 1);
    CHECK(title->text() == QStringLiteral("Réseau Digi'Thau"));

    auto* search = child<QLineEdit>(&window, QStringLiteral("quickSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("mon journal"));
    REQUIRE(section->proxy()->rowCount() == 1);
    CHECK(section->selectedUuid().isNull());
    CHECK(detail->currentIndex() == 0);
    CHECK_FALSE(title->isVisible());

    // Choosing the row shown edits that one.
    selectRow(section, QStringLiteral("Carnet de bord « Mon journal »"));
    CHECK(detail->currentIndex() == 1);
    CHECK(title->text() == QStringLiteral("Carnet de bord « Mon journal »"));

    // A facet filter that hides it does the same.
    search->clear();
    selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    auto* status = child<QComboBox>(section, QStringLiteral("actionStatusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("projet")));
    REQUIRE(section->proxy()->rowCount() == 4);
    CHECK(detail->currentIndex() == 0);
}

} // namespace pacte_test_gui_filtered_selection_test
