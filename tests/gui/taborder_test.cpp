// The keyboard's path through every form (issue #17): from a section's list, Tab enters its editor
// and goes through the fields in reading order (top to bottom, left to right on a row), without
// being trapped, and Enter in the list opens the item's editor.
#include "app/common/listsection.h"
#include "app/common/section.h"
#include "app/common/shortcuts.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_taborder_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Active, QStringLiteral("PTI 2017-2021"), false};

QString describe(const QWidget* widget)
{
    return widget ? QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName()
                  : QStringLiteral("nothing");
}

// Where `widget` stands in the page it scrolls with (so that scrolling between two keys does not
// move it), as a rectangle of that page's coordinates.
const QWidget* pageOf(const QWidget* widget, const QWidget* editor)
{
    for (const QWidget* w = widget->parentWidget(); w && w != editor; w = w->parentWidget()) {
        if (auto* scroll =
                qobject_cast<const QScrollArea*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr);
            scroll && scroll->widget() == w)
            return w;
    }
    return editor;
}

QRect placeInPage(const QWidget* widget, const QWidget* editor)
{
    return QRect(widget->mapTo(pageOf(widget, editor), QPoint()), widget->size());
}

// Whether `next` comes after `previous` in reading order: lower down, or on the same row further right.
bool readsAfter(const QRect& previous, const QRect& next)
{
    const bool sameRow = next.top() < previous.bottom() && previous.top() < next.bottom();
    return sameRow ? next.left() >= previous.right() - 2 : next.top() >= previous.top();
}

} // namespace

TEST_CASE("Tab goes from the list into the editor and through its fields in reading order", "[gui][keyboard][taborder]")
{
    DemoWindow w(Demo);
    int forms = 0;
    int edits = 0;
    for (Section* section : w.window.sections()) {
        auto* list = qobject_cast<ListSection*>(section);
        if (!list)
            continue;
        INFO(section->objectName().toStdString());
        child<QWidget>(&w.window, QStringLiteral("sidebar"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), sectionShortcut(section->id())[0].key(),
                        sectionShortcut(section->id())[0].keyboardModifiers());
        QTest::qWait(30);
        QTableView* table = list->tableView();
        if (table->model()->rowCount() == 0)
            continue;
        table->setFocus(Qt::TabFocusReason);
        REQUIRE(table->hasFocus());
        auto* detail = section->findChild<QStackedWidget*>(section->objectName().chopped(7) + QStringLiteral("Detail"));
        REQUIRE(detail != nullptr);
        QWidget* editor = detail->currentWidget();
        // The first Tab from the list enters the editor.
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        INFO("after the list: " << describe(focus).toStdString());
        CHECK(editor->isAncestorOf(focus));
        if (!editor->isAncestorOf(focus))
            continue;
        // An edit completed from inside the first field, and undone from the next one.
        if (auto* line = qobject_cast<QLineEdit*>(focus); line && !line->isReadOnly()) {
            QUndoStack* stack = w.window.document()->undoStack();
            const int before = stack->index();
            const QString original = line->text();
            QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(line, QStringLiteral("Saisi au clavier"));
            QTest::keyClick(line, Qt::Key_Tab);
            CHECK(stack->index() == before + 1);
            QWidget* next = QApplication::focusWidget();
            REQUIRE(next != nullptr);
            CHECK(next != line);
            QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
            CHECK(stack->index() == before);
            CHECK(line->text() == original);
            // Escape: back to the list; Tab: into the editor again.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            REQUIRE(table->hasFocus());
            QTest::keyClick(table, Qt::Key_Tab);
            focus = QApplication::focusWidget();
            REQUIRE(focus == line);
            ++edits;
        }
        // Then every field in turn, in reading order, until the keyboard leaves the editor.
        QList<QWidget*> visited;
        QRect previous = placeInPage(focus, editor);
        const QTabWidget* tabs = editor->findChild<QTabWidget*>();
        for (int step = 0; step < 80 && editor->isAncestorOf(focus); ++step) {
            visited << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
            QWidget* next = QApplication::focusWidget();
            // A text with links keeps the keyboard while Tab goes from one link to the next, a date from
            // the day to the month and the year.
            for (int link = 0;
                 next == focus && (qobject_cast<QLabel*>(focus) || qobject_cast<QDateEdit*>(focus)) && link < 10;
                 ++link) {
                QTest::keyClick(focus, Qt::Key_Tab);
                next = QApplication::focusWidget();
            }
            INFO("from " << describe(focus).toStdString() << " to " << describe(next).toStdString());
            REQUIRE(next != focus); // no field keeps the keyboard
            if (!editor->isAncestorOf(next))
                break;
            // A tab page's fields come after its tab bar; the pages themselves are read in turn.
            const bool acrossTabs = tabs && (tabs->isAncestorOf(next) != tabs->isAncestorOf(focus) ||
                                             qobject_cast<QTabBar*>(next) || qobject_cast<QTabBar*>(focus));
            const QRect place = placeInPage(next, editor);
            // Leaving a scrolled form for the buttons below it is in order too.
            if (!acrossTabs && pageOf(next, editor) == pageOf(focus, editor)) {
                INFO(describe(focus).toStdString()
                     << " at " << previous.x() << "," << previous.y() << " then " << describe(next).toStdString()
                     << " at " << place.x() << "," << place.y());
                CHECK(readsAfter(previous, place));
            }
            REQUIRE_FALSE(visited.contains(next)); // no loop inside the editor
            previous = place;
            focus = next;
        }
        CHECK_FALSE(visited.isEmpty());
        ++forms;
    }
    CHECK(forms >= 8);
    CHECK(edits >= 5);
}

TEST_CASE("The territories, publics and members checklists tick with the space bar", "[gui][keyboard][taborder]")
{
    DemoWindow w(Demo);
    const QList<std::pair<QString, QString>> lists{
        {QStringLiteral("partnersSection"), QStringLiteral("territoriesList")},
        {QStringLiteral("actionsSection"), QStringLiteral("publicsList")},
        {QStringLiteral("groupsSection"), QStringLiteral("membersList")},
        {QStringLiteral("groupsSection"), QStringLiteral("territoriesList")}};
    for (const auto& [sectionName, listName] : lists) {
        INFO(sectionName.toStdString() << " " << listName.toStdString());
        auto* section = qobject_cast<ListSection*>(showSection(w.window, sectionName));
        REQUIRE(section != nullptr);
        QTest::qWait(30);
        // From the list, Enter opens the editor; the checklist is reached with Tab alone.
        section->tableView()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(section->tableView(), Qt::Key_Return);
        auto* list = child<QListWidget>(section, listName);
        for (int step = 0; step < 40 && QApplication::focusWidget() != list; ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == list);
        REQUIRE(list->count() > 0);
        QTest::keyClick(list, Qt::Key_Home);
        const Qt::CheckState before = list->currentItem()->checkState();
        QUndoStack* stack = w.window.document()->undoStack();
        const int edits = stack->index();
        QTest::keyClick(list, Qt::Key_Space);
        CHECK(list->currentItem()->checkState() != before);
        CHECK(stack->index() == edits + 1);
        // And Ctrl+Z from the list gives the tick back.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        CHECK(stack->index() == edits);
        CHECK(list->item(0)->checkState() == before);
    }
}

} // namespace pacte_test_gui_taborder_test
