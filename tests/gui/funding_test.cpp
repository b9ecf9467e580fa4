// The « Financements » tab of the action editor (issue 20): a line added for a funder, its amounts typed
// by year, checked in the database (exact cents, unknown kept NULL), a bad amount refused with a message
// and nothing changed, undo and redo; the dashboard's totals and the partner's contributions.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_funding_test {

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
    }

    Database& db() { return window.document()->database(); }
    Action stored(const QUuid& uuid) { return ActionRepository(db()).findByUuid(uuid).value(); }
    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
};

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Types into a cell of the amounts table as a user does, then lets the queued commit run.
void typeCell(QTableWidget* table, int row, int column, const QString& text)
{
    const QModelIndex index = table->model()->index(row, column);
    REQUIRE(index.isValid());
    table->setCurrentIndex(index);
    table->edit(index);
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a funding line is added with its amounts by year, undone and redone", "[gui][funding]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    const Action before = f.stored(uuid);
    REQUIRE(before.fundings.isEmpty());
    auto* panel = child<QWidget>(f.section, QStringLiteral("fundingPanel"));
    // The tab's page holds the panel (in a scroll area): show it as a click on the tab does.
    QWidget* page = panel;
    while (page->parentWidget() && !qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget()))
        page = page->parentWidget();
    auto* tabs = qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget());
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(page);

    choose(child<QComboBox>(panel, QStringLiteral("fundingNewFunderCombo")), QStringLiteral("fund:fse_plus"));
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addFundingLineButton")), Qt::LeftButton);
    REQUIRE(f.stored(uuid).fundings.size() == 1);
    CHECK(f.stored(uuid).fundings.at(0).fund == Fund::EsfPlus);
    CHECK(child<QTableWidget>(panel, QStringLiteral("fundingLinesTable"))->rowCount() == 1);

    typeInto(child<QLineEdit>(panel, QStringLiteral("fundingSchemeEdit")), QStringLiteral("FSE+ — appel 2019"));
    CHECK(f.stored(uuid).fundings.at(0).scheme == QStringLiteral("FSE+ — appel 2019"));

    child<QSpinBox>(panel, QStringLiteral("fundingYearSpin"))->setValue(2019);
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addFundingYearButton")), Qt::LeftButton);
    REQUIRE(f.stored(uuid).fundings.at(0).amounts.size() == 1);
    const FundingAmount empty = f.stored(uuid).fundings.at(0).amounts.at(0);
    CHECK(empty.year == 2019);
    CHECK_FALSE(empty.planned.has_value()); // a new year is unknown, not zero

    auto* amounts = child<QTableWidget>(panel, QStringLiteral("fundingAmountsTable"));
    typeCell(amounts, 0, 1, QStringLiteral("12345,67"));
    typeCell(amounts, 0, 3, QStringLiteral("0"));
    FundingAmount typed = f.stored(uuid).fundings.at(0).amounts.at(0);
    CHECK(typed.planned == Cents(1234567));
    CHECK_FALSE(typed.committed.has_value());
    CHECK(typed.paid == Cents(0));
    CHECK(amounts->item(0, 1)->text().contains(QStringLiteral("345,67")));

    // A bad amount: refused with a message naming the year, nothing changed.
    typeCell(amounts, 0, 2, QStringLiteral("douze"));
    auto* message = child<QLabel>(panel, QStringLiteral("fundingMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("douze")));
    CHECK(message->text().contains(QStringLiteral("2019")));
    CHECK(f.stored(uuid).fundings.at(0).amounts.at(0) == typed);

    // Each change is one undo step: the paid amount, then the planned one, the year, the scheme, the line.
    f.undo();
    CHECK_FALSE(f.stored(uuid).fundings.at(0).amounts.at(0).paid.has_value());
    f.undo();
    CHECK(f.stored(uuid).fundings.at(0).amounts.at(0) == empty);
    f.undo();
    f.undo();
    f.undo();
    CHECK(f.stored(uuid) == before);
    CHECK(amounts->rowCount() == 0);
    for (int i = 0; i < 5; ++i)
        f.redo();
    CHECK(f.stored(uuid).fundings.at(0).amounts.at(0) == typed);
    CHECK(amounts->item(0, 1)->text().contains(QStringLiteral("345,67")));

    // The dashboard adds it up, the unknown committed amount counted apart.
    auto* dashboard = showSection(f.window, QStringLiteral("dashboardSection"));
    auto* totals = child<QLabel>(dashboard, QStringLiteral("fundingTotalsLabel"));
    waitUntil([totals] { return totals->text().contains(QStringLiteral("345,67")); });
    INFO(totals->text().toStdString());
    CHECK(totals->text().contains(QStringLiteral("345,67")));
    CHECK(totals->text().contains(QStringLiteral("1 montant inconnu")));

    // The breakdown follows the choice: by funder, then by year and by territory (Digi'Thau's group
    // covers one territory: no note that rows overlap).
    auto* breakdown = child<QComboBox>(dashboard, QStringLiteral("fundingBreakdownCombo"));
    auto* table = child<QTableWidget>(dashboard, QStringLiteral("fundingBreakdownTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("FSE+"));
    breakdown->setCurrentIndex(breakdown->findText(QStringLiteral("par année")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Année"));
    CHECK(table->item(0, 0)->text() == QStringLiteral("2019"));
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("345,67")));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("inconnu")));
    breakdown->setCurrentIndex(breakdown->findText(QStringLiteral("par territoire")));
    REQUIRE(table->rowCount() >= 1);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Territoire"));
    CHECK_FALSE(child<QLabel>(dashboard, QStringLiteral("fundingOverlapNote"))->isVisible());
}

TEST_CASE("a partner's screen lists the lines it funds, read-only", "[gui][funding]")
{
    Fixture f;
    const Partner caf = [&] {
        for (const auto& partner : PartnerRepository(f.db()).all()) {
            if (partner.category == PartnerCategory::Caf)
                return partner;
        }
        FAIL("no CAF in the demo");
        return Partner{};
    }();
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    Action action = f.stored(f.section->selectedUuid());
    FundingLine line;
    line.partnerId = caf.id;
    line.scheme = QStringLiteral("Convention 2018");
    line.amounts = {{2018, 500000, std::nullopt, std::nullopt}};
    action.fundings = {line};
    ActionRepository(f.db()).update(action);

    auto* partners = showSection(f.window, QStringLiteral("partnersSection"));
    selectRow(partners, caf.name);
    auto* table = child<QTableWidget>(partners, QStringLiteral("partnerContributionsTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == action.title);
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("5\u202f000,00")));
    CHECK(table->item(0, 5)->text() == QStringLiteral("inconnu"));
    CHECK(
        child<QLabel>(partners, QStringLiteral("partnerContributionsLabel"))->text().contains(QStringLiteral("2018")));
}

} // namespace pacte_test_gui_funding_test
