// The Couverture section (issue 18): the demo's PTI 2017-2021 as a grid of themes × territories, its
// cells read from the model, and the click-through to the working groups and actions.
#include "app/common/listsection.h"
#include "app/coverage/coveragemodel.h"
#include "app/coverage/coveragesection.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_coverage_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Exposed, QStringLiteral("PTI 2017-2021"), false};

CoverageSection* showCoverage(DemoWindow& w)
{
    auto* section = qobject_cast<CoverageSection*>(showSection(w.window, QStringLiteral("coverageSection")));
    REQUIRE(section != nullptr);
    REQUIRE(waitUntil([&] { return section->model()->rowCount() > 0; }));
    return section;
}

int cellsWithGroup(const CoverageModel& model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            count += model.cellAt(model.index(row, column))->groupIds.isEmpty() ? 0 : 1;
    }
    return count;
}

// The first cell of the grid with exactly `groups` working groups.
QModelIndex cellWithGroups(const CoverageModel& model, qsizetype groups)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.cellAt(model.index(row, column))->groupIds.size() == groups)
                return model.index(row, column);
        }
    }
    return {};
}

} // namespace

TEST_CASE("Coverage shows the demo's 12 themes by 6 territories, 18 cells with a group", "[gui][coverage]")
{
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    CoverageModel* model = section->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model->rowCount() == 12);   // themes, by axis
    CHECK(model->columnCount() == 6); // territories
    CHECK(cellsWithGroup(*model) == 18);
    CHECK(model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString() == QStringLiteral("Montpelliérain"));
    CHECK(model->headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("1 · ")));

    // A cell says its groups and actions; an empty one a dash; the tooltip names the group.
    const QModelIndex one = cellWithGroups(*model, 1);
    REQUIRE(one.isValid());
    const CoverageCell* cell = model->cellAt(one);
    CHECK(one.data().toString() == QStringLiteral("1 gr. · %1 act.").arg(cell->actionIds.size()));
    const auto group = WorkingGroupRepository(w.db()).find(cell->groupIds.constFirst());
    REQUIRE(group.has_value());
    CHECK(one.data(Qt::ToolTipRole).toString().contains(group->name.toHtmlEscaped()));
    CHECK(cellWithGroups(*model, 0).data().toString() == QStringLiteral("—"));

    // The lists: 54 themes without a group, no overlap, no duplicate, 5 partners.
    auto* tabs = child<QTabWidget>(section, QStringLiteral("coverageTabs"));
    CHECK(child<QTreeWidget>(section, QStringLiteral("coverageGapsList"))->topLevelItemCount() == 54);
    CHECK(child<QTreeWidget>(section, QStringLiteral("coverageOverlapsList"))->topLevelItemCount() == 0);
    CHECK(child<QTreeWidget>(section, QStringLiteral("coverageDuplicatesList"))->topLevelItemCount() == 0);
    CHECK(child<QTreeWidget>(section, QStringLiteral("coveragePartnersList"))->topLevelItemCount() == 5);
    CHECK(tabs->tabText(0) == QStringLiteral("Lacunes (54)"));
    // It says what it is.
    CHECK(
        child<QLabel>(section, QStringLiteral("coverageNotice"))->text().contains(QStringLiteral("pas des jugements")));
}

TEST_CASE("Coverage: Enter on a cell with one group opens the group in its editor", "[gui][coverage]")
{
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    CoverageModel* model = section->model();
    const QModelIndex one = cellWithGroups(*model, 1);
    REQUIRE(one.isValid());
    const auto group = WorkingGroupRepository(w.db()).find(model->cellAt(one)->groupIds.constFirst());
    REQUIRE(group.has_value());

    QTableView* grid = child<QTableView>(section, QStringLiteral("coverageGrid"));
    grid->setFocus();
    grid->setCurrentIndex(one);
    QTest::keyClick(grid, Qt::Key_Return);
    auto* groups = qobject_cast<ListSection*>(w.window.section(SectionId::Groups));
    REQUIRE(groups != nullptr);
    CHECK(groups->isVisible());
    CHECK(groups->selectedUuid() == group->uuid);
    CHECK(child<QLineEdit>(groups, QStringLiteral("nameEdit"))->text() == group->name);

    // Back to the coverage: a double click does the same.
    w.window.showSection(SectionId::Coverage);
    REQUIRE(section->isVisible());
    w.window.showSection(SectionId::Dashboard);
    w.window.showSection(SectionId::Coverage);
    // The view takes a double click on the item the first click pressed.
    const QPoint centre = grid->visualRect(one).center();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, centre);
    CHECK(groups->isVisible());
    CHECK(groups->selectedUuid() == group->uuid);
}

TEST_CASE("Coverage: a partner's group in the partner view opens in its editor", "[gui][coverage]")
{
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    auto* partners = child<QTreeWidget>(section, QStringLiteral("coveragePartnersList"));
    REQUIRE(partners->topLevelItemCount() > 0);
    QTreeWidgetItem* place = partners->topLevelItem(0)->child(0);
    REQUIRE(place != nullptr);
    const QString name = place->text(0);
    emit partners->itemActivated(place, 0);
    auto* groups = qobject_cast<ListSection*>(w.window.section(SectionId::Groups));
    CHECK(groups->isVisible());
    CHECK(child<QLineEdit>(groups, QStringLiteral("nameEdit"))->text() == name);
}

TEST_CASE("Coverage: Enter on a gap shows its cell in the grid, and the lists follow the filters", "[gui][coverage]")
{
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    auto* gaps = child<QTreeWidget>(section, QStringLiteral("coverageGapsList"));
    QTreeWidgetItem* last = gaps->topLevelItem(gaps->topLevelItemCount() - 1);
    const QString territory = last->text(0);
    const QString theme = last->text(1);
    emit gaps->itemActivated(last, 0);
    QTableView* grid = child<QTableView>(section, QStringLiteral("coverageGrid"));
    const QModelIndex current = grid->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data().toString() == QStringLiteral("—"));
    CHECK(section->model()->headerData(current.column(), Qt::Horizontal, Qt::ToolTipRole).toString() == territory);
    CHECK(section->model()->headerData(current.row(), Qt::Vertical).toString().endsWith(theme));
    CHECK(grid->hasFocus());

    // The lists follow the filters: on one territory, only its gaps.
    auto* territories = child<QComboBox>(section, QStringLiteral("coverageTerritoryFilter"));
    territories->setCurrentIndex(1);
    emit territories->activated(1);
    CHECK(section->model()->columnCount() == 1);
    REQUIRE(gaps->topLevelItemCount() > 0);
    for (int i = 0; i < gaps->topLevelItemCount(); ++i)
        CHECK(gaps->topLevelItem(i)->text(0) == territories->currentText());
}

TEST_CASE("Coverage: the axis filter keeps its themes, and a change is computed when shown", "[gui][coverage]")
{
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    auto* axis = child<QComboBox>(section, QStringLiteral("coverageAxisFilter"));
    REQUIRE(axis->count() > 1);
    axis->setCurrentIndex(1);
    emit axis->activated(1);
    const int themes = section->model()->rowCount();
    CHECK(themes > 0);
    CHECK(themes < 12);
    CHECK(section->model()->columnCount() == 6);

    // Hidden, an edit only marks it out of date: nothing is read until it is shown again.
    w.window.showSection(SectionId::Dashboard);
    const int loads = section->loadCount();
    const auto group = WorkingGroupRepository(w.db()).ofEdition(w.window.currentEdition()).constFirst();
    auto renamed = group;
    renamed.name = QStringLiteral("Groupe renommé");
    REQUIRE(edit::update(*w.window.document(), group, renamed).ok());
    QTest::qWait(20);
    CHECK(section->loadCount() == loads);
    w.window.showSection(SectionId::Coverage);
    REQUIRE(waitUntil([&] { return section->loadCount() == loads + 1; }));
    CHECK(section->model()->rowCount() == themes); // the filter stays
}

// Hidden: a grab of the partner view, which the Xvfb screenshot (gaps tab) does not show.
// Run: PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"
TEST_CASE("grab the coverage's partner view", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    DemoWindow w(Demo);
    CoverageSection* section = showCoverage(w);
    auto* tabs = child<QTabWidget>(section, QStringLiteral("coverageTabs"));
    tabs->setCurrentIndex(3);
    auto* partners = child<QTreeWidget>(section, QStringLiteral("coveragePartnersList"));
    partners->topLevelItem(1)->setExpanded(true);
    QTest::qWait(50);
    CHECK(w.window.grab().save(out + QStringLiteral("/coverage-partners.png")));
}

} // namespace pacte_test_gui_coverage_test
