// What stays put at 1366×768: the undo history fits the window instead of widening it, and a form
// does not move under the mouse when its title wraps or a warning appears (issue #22).
#include "app/common/section.h"
#include "app/mainwindow.h"
#include "app/windowplacement.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_geometry_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Shown, QStringLiteral("PTI 2017-2021"), false};

} // namespace

TEST_CASE("Every section fits a 1366x768 window", "[gui][geometry]")
{
    DemoWindow demo(Demo);
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QApplication::processEvents();
        INFO(section->objectName().toStdString() << " " << demo.window.width() << "x" << demo.window.height()
                                                 << " needs " << demo.window.minimumSizeHint().width());
        CHECK(demo.window.width() <= 1366);
        CHECK(demo.window.height() <= 768);
    }
}

TEST_CASE("The undo history opens within a 1366-pixel window, wide enough to read", "[gui][geometry]")
{
    DemoWindow demo(Demo);
    showSection(demo.window, QStringLiteral("actionsSection")); // the tallest editor
    auto* dock = child<QDockWidget>(&demo.window, QStringLiteral("undoDock"));
    QApplication::processEvents();
    const QSize before = demo.window.size();
    dock->toggleViewAction()->trigger();
    QApplication::processEvents();
    REQUIRE(dock->isVisible());
    // It takes its room from the sections, never from the screen.
    CHECK(demo.window.size() == before);
    CHECK(dock->width() >= 600);
    CHECK(dock->height() >= 90);
    dock->toggleViewAction()->trigger();
}

TEST_CASE("A form keeps its place when its title wraps or a warning appears", "[gui][geometry]")
{
    DemoWindow demo(Demo);
    auto* groups = showSection(demo.window, QStringLiteral("groupsSection"));
    Database& db = demo.window.document()->database();
    const auto all = WorkingGroupRepository(db).ofEdition(demo.window.currentEdition());
    REQUIRE_FALSE(all.isEmpty());
    selectRow(groups, all.first().name);
    QTest::qWait(50); // the section lays out its list and editor once shown
    auto* territories = child<QListWidget>(groups, QStringLiteral("territoriesList"));
    const QPoint before = territories->mapTo(&demo.window, QPoint());
    auto* header = child<QLabel>(groups, QStringLiteral("headerLabel"));
    const int headerHeight = header->height();

    // A name long enough to wrap the title over two lines.
    typeInto(child<QLineEdit>(groups, QStringLiteral("nameEdit")),
             QStringLiteral("Mobilité, logement et accès aux droits des personnes éloignées de l'emploi "
                            "sur l'ensemble des territoires du département"));
    QApplication::processEvents();
    CHECK(header->height() == headerHeight);
    CHECK(territories->mapTo(&demo.window, QPoint()) == before);

    // No co-pilot: rule 1's warning appears, below the form.
    auto* coPilot = child<QComboBox>(groups, QStringLiteral("coPilotCombo"));
    coPilot->setCurrentIndex(0);
    emit coPilot->activated(0);
    QApplication::processEvents();
    auto* messages = child<QLabel>(groups, QStringLiteral("validationMessages"));
    CHECK(messages->isVisible());
    CHECK(territories->mapTo(&demo.window, QPoint()) == before);
}

TEST_CASE("List headers show their whole title at 1366 pixels", "[gui][geometry]")
{
    DemoWindow demo(Demo);
    for (const char* name : {"groupsSection", "actionsSection", "indicatorsSection", "meetingsSection",
                             "partnersSection", "evaluationSection"}) {
        auto* section = showSection(demo.window, QString::fromLatin1(name));
        QTest::qWait(50); // the columns share the width once the list is laid out
        for (auto* table : section->findChildren<QTableView*>()) {
            if (!table->isVisible())
                continue;
            const QHeaderView* header = table->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
                INFO(name << " " << title.toStdString());
                CHECK(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title) + 8);
            }
        }
    }
}

TEST_CASE("The first start opens maximised up to 1920x1080, at a comfortable size above", "[gui][geometry]")
{
    CHECK(firstPlacement(QRect(0, 0, 1366, 768)).maximized);
    CHECK(firstPlacement(QRect(0, 0, 1920, 1080)).maximized);
    CHECK(firstPlacement(QRect(0, 0, 1280, 1024)).maximized);
    const QRect large(0, 0, 2560, 1440);
    const FirstPlacement placement = firstPlacement(large);
    CHECK_FALSE(placement.maximized);
    CHECK(large.contains(placement.geometry));
    CHECK(placement.geometry.width() >= 1366);
    CHECK(placement.geometry.height() >= 900);
    CHECK(placement.geometry.center() == large.center());
}

} // namespace pacte_test_gui_geometry_test
