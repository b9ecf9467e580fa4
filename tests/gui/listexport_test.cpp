// File ▸ Export the list… (Ctrl+E) and the lists' own menus write the list as it is shown: its filter,
// its sort, its visible columns in their order; read back with a strict CSV reader.
#include "app/common/listexport.h"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/csvtext.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "exchange/xlsxreader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_listexport_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Fixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    Fixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
        section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("actionsSection")));
        REQUIRE(section != nullptr);
        QApplication::processEvents();
    }
};

// Answers the save dialog the next time one opens: the file name and the format (its filter).
void answerSaveDialog(const QString& path, const QString& filter)
{
    QTimer::singleShot(0, [path, filter] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->nameFilters().contains(filter));
        dialog->selectNameFilter(filter);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept();
    });
}

QStringList shownHeaders(QTableView* table)
{
    QStringList headers;
    const QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headers << table->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return headers;
}

} // namespace

TEST_CASE("Ctrl+E exports the list as filtered, sorted and arranged", "[gui][export]")
{
    Fixture f;
    QTableView* table = f.section->tableView();
    // Only the actions "en cours", sorted by title descending, the group column moved last and the
    // territories hidden.
    auto* status = child<QComboBox>(f.section, QStringLiteral("actionStatusFilter"));
    const int inProgress = status->findData(static_cast<qint64>(ActionStatus::InProgress));
    REQUIRE(inProgress >= 0);
    status->setCurrentIndex(inProgress);
    table->sortByColumn(0, Qt::DescendingOrder);
    QHeaderView* header = table->horizontalHeader();
    header->moveSection(header->visualIndex(1), header->count() - 1);
    header->setSectionHidden(2, true);
    QApplication::processEvents();
    const int shown = f.section->proxy()->rowCount();
    REQUIRE(shown == 15); // Annexe 1: 15 actions "en cours"

    const QString path = f.dir.path(QStringLiteral("actions-en-cours.csv"));
    answerSaveDialog(path, translated("pacte::ListExport", "CSV, semicolon-separated (*.csv)"));
    QAction* action = child<QAction>(&f.window, QStringLiteral("exportListAction"));
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    action->trigger();

    const auto rows = parseCsv(fileBytes(path));
    REQUIRE(rows.size() == 1 + shown);
    CHECK(rows.constFirst() == shownHeaders(table));
    CHECK(rows.constFirst().constLast() == table->model()->headerData(1, Qt::Horizontal).toString());  // moved
    CHECK_FALSE(rows.constFirst().contains(table->model()->headerData(2, Qt::Horizontal).toString())); // hidden
    for (int row = 0; row < shown; ++row) {
        CHECK(rows.at(row + 1).constFirst() == f.section->proxy()->index(row, 0).data().toString());
        CHECK(rows.at(row + 1).at(rows.constFirst().indexOf(QStringLiteral("Statut"))) == QStringLiteral("en cours"));
    }
    QStringList titles;
    for (int row = 1; row < rows.size(); ++row)
        titles << rows.at(row).constFirst();
    CHECK(titles.constFirst().localeAwareCompare(titles.constLast()) >= 0); // descending
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("actions-en-cours.csv")));
}

TEST_CASE("The list's menu exports too, and dates and yes/no keep their type", "[gui][export]")
{
    Fixture f;
    auto* meetings = qobject_cast<ListSection*>(showSection(f.window, QStringLiteral("meetingsSection")));
    REQUIRE(meetings != nullptr);
    const QString path = f.dir.path(QStringLiteral("reunions.csv"));
    // The table's context menu, as a right click opens it; its item opens the save dialog.
    bool offered = false;
    QTimer::singleShot(0, [path, &offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        auto* item = menu ? menu->findChild<QAction*>(QStringLiteral("exportListMenuAction")) : nullptr;
        offered = item != nullptr;
        if (item) {
            answerSaveDialog(path, translated("pacte::ListExport", "CSV, comma-separated (*.csv)"));
            item->trigger();
        }
        if (menu)
            menu->close();
    });
    QTableView* table = meetings->tableView();
    emit table->customContextMenuRequested(table->viewport()->rect().center());
    QApplication::processEvents();
    REQUIRE(offered);
    const auto rows = parseCsv(fileBytes(path), QLatin1Char(','));
    REQUIRE(rows.size() == 2); // the one COPIL of the demo's 2017-2021 edition
    CHECK(rows.at(1).at(rows.constFirst().indexOf(QStringLiteral("Date"))) == QStringLiteral("2017-02-24"));

    // The actions' experimentation column: yes/no rather than a tick; the sheet's state stays a word.
    const TableData actions = tableFromView(*f.section->tableView(), QStringLiteral("Actions"));
    const auto exp = actions.headers.indexOf(translated("pacte::ActionsSection", "Exp."));
    const auto sheet = actions.headers.indexOf(translated("pacte::ActionsSection", "Sheet"));
    REQUIRE(exp >= 0);
    REQUIRE(sheet >= 0);
    for (const auto& row : actions.rows) {
        CHECK(row.at(exp).typeId() == QMetaType::Bool);
        CHECK(row.at(sheet).typeId() == QMetaType::QString);
    }
}

TEST_CASE("Exporting the list is offered in list sections only", "[gui][export]")
{
    Fixture f;
    QAction* action = child<QAction>(&f.window, QStringLiteral("exportListAction"));
    CHECK(action->isEnabled());
    showSection(f.window, QStringLiteral("dashboardSection"));
    CHECK_FALSE(action->isEnabled());
    showSection(f.window, QStringLiteral("partnersSection"));
    CHECK(action->isEnabled());
}

TEST_CASE("The list exports as a workbook, and the edition's workbook from the File menu", "[gui][export]")
{
    Fixture f;
    auto* meetings = qobject_cast<ListSection*>(showSection(f.window, QStringLiteral("meetingsSection")));
    REQUIRE(meetings != nullptr);
    const QString list = f.dir.path(QStringLiteral("reunions.xlsx"));
    answerSaveDialog(list, translated("pacte::ListExport", "Excel workbook (*.xlsx)"));
    child<QAction>(&f.window, QStringLiteral("exportListAction"))->trigger();
    const XlsxWorkbook listBook = readXlsx(fileBytes(list));
    REQUIRE(listBook.sheets.size() == 1);
    CHECK(listBook.sheets.constFirst().name == meetings->title());
    const auto& rows = listBook.sheets.constFirst().rows;
    REQUIRE(rows.size() == 2);
    QVariantList header;
    for (const QString& h : shownHeaders(meetings->tableView()))
        header << h;
    CHECK(rows.constFirst() == header);
    CHECK(rows.at(1).at(header.indexOf(QStringLiteral("Date"))) == QVariant(QDate(2017, 2, 24)));

    const QString edition = f.dir.path(QStringLiteral("pti-2017.xlsx"));
    answerSaveDialog(edition, translated("pacte::MainWindow", "Excel workbook (*.xlsx)"));
    QAction* workbook = child<QAction>(&f.window, QStringLiteral("exportWorkbookAction"));
    CHECK(workbook->isEnabled());
    workbook->trigger();
    const XlsxWorkbook book = readXlsx(fileBytes(edition));
    CHECK(book.sheets.size() == 14); // with the financing and local pacts (issue 20);
    const XlsxSheet* actions = book.sheet(QStringLiteral("Actions"));
    REQUIRE(actions != nullptr);
    CHECK(actions->rows.size() == 1 + 38); // the edition chosen in the window: PTI 2017-2021
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("pti-2017.xlsx")));
}

} // namespace pacte_test_gui_listexport_test
