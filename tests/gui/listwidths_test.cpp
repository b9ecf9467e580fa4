// The lists fit beside their editor in a 1366×768 window on first show (no saved settings): no
// sideways scroll, every column at least readable.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_listwidths_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("every list fits beside its editor at 1366×768 without a sideways scroll", "[gui][lists]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    for (const QString& name :
         {QStringLiteral("partnersSection"), QStringLiteral("personsSection"), QStringLiteral("territoriesSection"),
          QStringLiteral("axesSection"), QStringLiteral("groupsSection"), QStringLiteral("actionsSection"),
          QStringLiteral("indicatorsSection"), QStringLiteral("meetingsSection")}) {
        INFO(name.toStdString());
        auto* section = qobject_cast<ListSection*>(showSection(window, name));
        REQUIRE(section != nullptr);
        QApplication::processEvents();
        QTableView* table = section->tableView();
        REQUIRE(table->model()->rowCount() > 0);
        CHECK(table->horizontalScrollBar()->maximum() == 0);
        const QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                CHECK(header->sectionSize(column) >= 40);
        }
    }
}

} // namespace pacte_test_gui_listwidths_test
